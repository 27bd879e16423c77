/*
 * STAND-IN, NOT FreeRTOS: just enough of a scheduler to run one task in
 * the execution context a FreeRTOS task has on Cortex-M (thread mode,
 * CONTROL.SPSEL = 1 so the task runs on PSP, privileged unless the port is
 * the MPU one). With -DSTANDIN_UNPRIVILEGED=1 the task also drops
 * privilege (CONTROL.nPRIV = 1), like an unprivileged FreeRTOS-MPU task.
 */
#include "task.h"

#ifndef STANDIN_UNPRIVILEGED
#define STANDIN_UNPRIVILEGED 0
#endif

#define STANDIN_STACK_WORDS 256u
/* CONTROL bits (ARMv7-M ARM B1.4.4): SPSEL selects PSP, nPRIV unprivileged. */
#define CONTROL_SPSEL 0x2u
#define CONTROL_NPRIV 0x1u

struct standin_task {
    TaskFunction_t code;
    void *parameters;
};

static struct standin_task the_task;
/* Full-descending stack, 8-byte aligned as AAPCS wants at a call. */
static uint64_t task_stack[STANDIN_STACK_WORDS / 2u];

BaseType_t xTaskCreate(TaskFunction_t code, const char *name, uint16_t stack_depth,
                       void *parameters, UBaseType_t priority, TaskHandle_t *created)
{
    (void)name;
    (void)priority;
    if (the_task.code != 0 || stack_depth > STANDIN_STACK_WORDS)
        return pdFAIL;
    the_task.code = code;
    the_task.parameters = parameters;
    if (created != 0)
        *created = &the_task;
    return pdPASS;
}

/* Switch this thread onto the task stack, then call the task. Naked: after
 * the switch the old stack must not be touched. */
__attribute__((naked, noreturn)) static void start_on_psp(uint32_t psp, uint32_t control,
                                                         TaskFunction_t code, void *parameters)
{
    (void)psp;
    (void)control;
    (void)code;
    (void)parameters;
    __asm__ volatile(
        "msr psp, r0\n\t"
        "msr control, r1\n\t"
        "isb\n\t"
        "mov r0, r3\n\t"
        "blx r2\n\t"
        "1: b 1b\n\t");
}

void vTaskStartScheduler(void)
{
    uint32_t control = CONTROL_SPSEL | (STANDIN_UNPRIVILEGED ? CONTROL_NPRIV : 0u);

    start_on_psp((uint32_t)(uintptr_t)&task_stack[STANDIN_STACK_WORDS / 2u], control,
                 the_task.code, the_task.parameters);
}

void vTaskDelay(TickType_t ticks)
{
    /* About 1 ms per tick at the 16 MHz reset clock, a few cycles a turn. */
    volatile uint32_t spin = ticks * 4000u;

    while (spin != 0u)
        spin--;
}

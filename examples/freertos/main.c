/*
 * FreeRTOS example: a task enters the ROM bootloader when the console
 * receives "sysboot:enter-bootloader".
 *
 * Why the reset path from a task is the right one: sysboot_enter() only
 * writes its record and requests a system reset. The reset puts the core
 * back in privileged thread mode on MSP with the scheduler, SysTick, NVIC,
 * clocks and caches all in reset state, and sysboot_early() branches from
 * there. Nothing of the RTOS (PSP, PendSV, BASEPRI, the tick) has to be
 * undone by hand (docs/failure-modes.md: interrupts left running, calls
 * from an unprivileged task, the clock tree left configured).
 *
 * The task must be privileged (every task of the standard Cortex-M ports
 * is): the reset request and the direct jump write SCB/NVIC registers that
 * unprivileged code cannot reach, so from an unprivileged FreeRTOS-MPU
 * task sysboot_enter() and sysboot_jump_now() return SYSBOOT_ERR_CONTEXT
 * and change nothing. Build with -DSTANDIN_UNPRIVILEGED=1 to see it.
 *
 * This file uses only the public FreeRTOS API; here it links against the
 * stand-in in rtos-standin/ (FreeRTOS is not packaged in Debian).
 */
#include "FreeRTOS.h"
#include "task.h"

#include "board.h"
#include "sysboot.h"

static sysboot_magic console_magic;

/* Console receive interrupt: a flag only. With real FreeRTOS this ISR must
 * not call sysboot_enter() either; a task notification would also do. */
void board_console_rx(uint8_t byte)
{
    if (sysboot_magic_feed(&console_magic, byte))
        sysboot_request_from_isr();
}

static void report(const char *what, sysboot_status status)
{
    board_console_write(what);
    board_console_write(sysboot_status_str(status));
    board_console_write("\r\n");
}

static void bootloader_task(void *parameters)
{
    (void)parameters;
    board_console_write("sysboot FreeRTOS example: task running\r\n");
    for (;;) {
        if (sysboot_request_pending()) {
            /* The reset path: returns only if refused. */
            report("sysboot_enter: ", sysboot_enter());
            /* The direct path refuses the same way from an unprivileged
             * task; from a privileged one it would hand over here. */
#if defined(STANDIN_UNPRIVILEGED) && STANDIN_UNPRIVILEGED
            report("sysboot_jump_now: ", sysboot_jump_now());
#endif
            for (;;)
                vTaskDelay(pdMS_TO_TICKS(1000));
        }
        vTaskDelay(pdMS_TO_TICKS(10));
    }
}

int main(void)
{
    sysboot_magic_init(&console_magic, SYSBOOT_MAGIC_LINE);
    board_init();
    if (xTaskCreate(bootloader_task, "sysboot", 256, 0, 1, 0) != pdPASS) {
        board_console_write("xTaskCreate failed\r\n");
        for (;;) {
        }
    }
    vTaskStartScheduler();
    return 0;
}

/* STAND-IN, NOT FreeRTOS: see FreeRTOS.h in this directory. */
#ifndef SYSBOOT_STANDIN_TASK_H
#define SYSBOOT_STANDIN_TASK_H

#include "FreeRTOS.h"

typedef void (*TaskFunction_t)(void *);
typedef struct standin_task *TaskHandle_t;

/* Registers the one task the stand-in runs; stack_depth is in words. */
BaseType_t xTaskCreate(TaskFunction_t code, const char *name, uint16_t stack_depth,
                       void *parameters, UBaseType_t priority, TaskHandle_t *created);
/* Starts the task the way a FreeRTOS Cortex-M port does: thread mode, on
 * the process stack (PSP), privileged. Never returns. */
void vTaskStartScheduler(void);
/* Busy-waits; the stand-in has no tick interrupt. */
void vTaskDelay(TickType_t ticks);

#endif /* SYSBOOT_STANDIN_TASK_H */

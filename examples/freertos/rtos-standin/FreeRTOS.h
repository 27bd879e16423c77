/*
 * STAND-IN, NOT FreeRTOS. FreeRTOS is not packaged in Debian, so this
 * example builds against a tiny stand-in of the three calls it uses
 * (xTaskCreate, vTaskStartScheduler, vTaskDelay), written for sysboot.
 * The names and argument order follow the public FreeRTOS API so the
 * example's main.c compiles unchanged against the real kernel: drop this
 * directory from the include path and add FreeRTOS's include/, portable/
 * and your FreeRTOSConfig.h instead (docs/integration/freertos-threadx.md).
 */
#ifndef SYSBOOT_STANDIN_FREERTOS_H
#define SYSBOOT_STANDIN_FREERTOS_H

#include <stdint.h>

typedef long BaseType_t;
typedef unsigned long UBaseType_t;
typedef uint32_t TickType_t;

#define pdPASS ((BaseType_t)1)
#define pdFAIL ((BaseType_t)0)

/* The stand-in's tick: 1 ms. */
#define configTICK_RATE_HZ 1000u
#define pdMS_TO_TICKS(ms) ((TickType_t)(((uint32_t)(ms) * configTICK_RATE_HZ) / 1000u))

#endif /* SYSBOOT_STANDIN_FREERTOS_H */

/* The bench's test application: pieces shared by its files. */
#ifndef BENCH_APP_H
#define BENCH_APP_H

#include <stdint.h>

#define REG32(a) (*(volatile uint32_t *)(uintptr_t)(a))

/* The IRQ line the QEMU "real ISR" scenario pends (any line works). */
#define APP_TEST_IRQ 3

__attribute__((noreturn)) void app_main(void);
void SVC_Handler(void);
void Test_IRQHandler(void);

/* Leave the core in the state the scenario names (dirty.c). */
void dirty_for(uint32_t scenario);
/* Leave USB and watchdogs running as the scenario names (live_peripherals.c). */
void peripherals_for(uint32_t scenario);

/* What a refusal must leave as it was (snapshot.c). */
typedef struct {
    uint32_t iser0, syst_ctrl, icsr, vtor, ccr, cpacr, mpu_ctrl, control, primask;
} app_snapshot;
void snapshot_take(app_snapshot *s);
int snapshot_same(const app_snapshot *a, const app_snapshot *b);

/* Ask for the ROM along the scenario's path; returns only on refusal. */
uint32_t app_request_rom(void);
/* Report a status and end the run: passed = the app saw what it should. */
__attribute__((noreturn)) void app_finish(uint32_t status, int passed);

#endif

/*
 * The IWDG and WWDG of the board's SYSBOOT_WATCHDOG row, counting in guest
 * instructions at the line's max clock (SYSBOOT_MAX_CLOCK, 1 instruction =
 * 1 cycle), and the option bit that starts the IWDG at every reset.
 *
 * IWDG: KR 0x5555 unlocks PR/RLR/WINR, 0xCCCC starts, 0xAAAA reloads (a
 * reload while the counter is above WINR resets); the counter ticks every
 * 4 << PR cycles of a 32 kHz LSI. SR shows ONF where the row has it.
 * WWDG: CR.WDGA starts it, T[6:0] falls one step every 4096 cycles (the
 * fastest any line ticks: WDGTB and the APB prescaler are taken as 1); T6
 * clearing resets, and so does a CR write while T is above CFR.W.
 * A watchdog reset is a system reset with a watchdog reset flag, never the
 * software one, and it is reported as the run's failure: no scenario wants one.
 * A system reset stops both, unless the option says "hardware IWDG".
 */
#ifndef BENCH_WATCHDOG_MODEL_H
#define BENCH_WATCHDOG_MODEL_H

#include "board.h"

#include <stdint.h>

/* Facts for `bench-uc --boards`: iwdg, wwdg (the row names the block),
 * iwdgonf (IWDG_SR.ONF shows a running IWDG), hwiwdgopt (the row says where
 * the hardware-IWDG option lives). */
void watchdog_model_print_facts(const bench_board *b);

/* Option bytes (software watchdogs unless bench_m.hw_iwdg), bench_ctl bases. */
void watchdog_model_power_on(void);
void watchdog_model_system_reset(void);
/* 1 (once) if the reset being performed is the watchdog's. */
int watchdog_model_took_reset(void);
int watchdog_model_read(uint32_t addr, uint32_t *value);
int watchdog_model_write(uint32_t addr, uint32_t value);
/* The per-instruction expiry check (installed once per run). */
void watchdog_model_install(void);
/* Watchdog resets so far, and the first one's reason. */
unsigned watchdog_model_resets(const char **why);

#endif

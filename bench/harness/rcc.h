/*
 * The RCC, flash-interface ACR and PWR registers as the clock reset sees
 * them, for the board's SYSBOOT_RCC layout, with the silicon's behaviour
 * from clock_facts.h: ready flags follow their enables (a stuck reset
 * oscillator never gets ready), SWS follows SW, an ICACHE (where the row
 * names one) invalidates at once, PWR writes are lost while the PWR clock
 * is off, L1 takes FLASH_ACR.LATENCY only with ACC64 set. Everything else
 * in the blocks is a plain register (soc.h); the rules the silicon
 * enforces on them are clock_rules.h's.
 */
#ifndef BENCH_RCC_H
#define BENCH_RCC_H

#include "board.h"

#include <stdint.h>

enum { RCC_START_RESET = 0,   /* the chip's reset values */
       RCC_START_DIRTY = 1,   /* --clocks: every checked field away from reset, SYSCLK on a PLL */
       RCC_START_APP = 2 };   /* --app-clocks: the layout's realistic application configuration */

/* 1 if the board's RCC layout is modelled (clock_facts.c). */
int rcc_modelled(void);
/* 1 if board b's RCC is modelled (a SYSBOOT_RCC row that is not NONE). */
int rcc_board_modelled(const bench_board *b);
/* Reset values, then the start the scenario asks. */
void rcc_power_on(int start);
/* A system reset: the clock tree back to reset, other bits kept. */
void rcc_system_reset(void);
/* The stack pointer the application configuration moves to, 0: none. */
uint32_t rcc_start_stack(void);
/* Register access with side effects; 0 if `addr` is a plain register. */
int rcc_read(uint32_t addr, uint32_t stored, uint32_t *value);
int rcc_write(uint32_t addr, uint32_t value, uint32_t *stored);
/* ROM entry: the clock tree is at its reset state (clock_rules.h). */
int rcc_at_reset(char *why, unsigned size);

#endif

/*
 * The direct path's clock reset (src/clock.c): internal declarations, shared
 * with the host unit tests.
 */
#ifndef SYSBOOT_CLOCK_H
#define SYSBOOT_CLOCK_H

#include "sysboot.h"

/* Register layouts: data/stm32.def SYSBOOT_RCC layout tokens. */
enum {
    SYSBOOT_CLOCK_LAYOUT_NONE = 0,
    SYSBOOT_CLOCK_LAYOUT_F1,
    SYSBOOT_CLOCK_LAYOUT_F4,
    SYSBOOT_CLOCK_LAYOUT_L4,
    SYSBOOT_CLOCK_LAYOUT_G0,
    SYSBOOT_CLOCK_LAYOUT_H7,
    SYSBOOT_CLOCK_LAYOUT_G4,
    SYSBOOT_CLOCK_LAYOUT_WB,
    SYSBOOT_CLOCK_LAYOUT_WL,
    SYSBOOT_CLOCK_LAYOUT_U0,
    SYSBOOT_CLOCK_LAYOUT_L0,
    SYSBOOT_CLOCK_LAYOUT_L1,
    SYSBOOT_CLOCK_LAYOUT_U5,
    SYSBOOT_CLOCK_LAYOUT_L5,
    SYSBOOT_CLOCK_LAYOUT_WBA
};

/* The register blocks a step addresses (sysboot_clock_site.base). */
enum {
    SYSBOOT_CLOCK_RCC = 0,
    SYSBOOT_CLOCK_FLASH = 1,
    SYSBOOT_CLOCK_ICACHE = 2,
    SYSBOOT_CLOCK_BLOCKS = 3
};

/* One step: write (reg & ~mask) | value, or wait until (reg & mask) == value. */
typedef struct {
    uint32_t mask;
    uint32_t value;
    uint16_t offset;   /* from the block's base */
    uint8_t block;     /* SYSBOOT_CLOCK_RCC ... */
    uint8_t wait;      /* 0: write, 1: wait */
} sysboot_clock_step;

/* A profile's clock reset: its layout's steps and where the blocks are. */
typedef struct {
    const sysboot_clock_step *tree;     /* oscillator, switch, PLLs, flash */
    const sysboot_clock_step *enables;  /* peripheral clock enables */
    uint32_t base[SYSBOOT_CLOCK_BLOCKS]; /* 0: the block's steps are skipped */
    uint8_t tree_steps;
    uint8_t enable_steps;
    uint8_t layout;                     /* SYSBOOT_CLOCK_LAYOUT_* */
} sysboot_clock_site;

/* Iterations of one wait: HSI/MSI start in under 10 us and a PLL unlocks
 * or the SYSCLK switch completes in a few cycles of the slower clock, on
 * every line; at 550 MHz and at least 3 cycles an iteration this bound is
 * over 1 ms, and at 100 kHz under 10 s. */
#define SYSBOOT_CLOCK_WAIT_LOOPS 200000u

/* The profile's row; layout NONE (and no steps) where there is no reset. */
const sysboot_clock_site *sysboot_clock_site_of(const sysboot_device *d);

/* Reset source clock, switch, prescalers, PLLs, HSE, kernel muxes, flash wait
 * states. SYSBOOT_ERR_CLOCK if a wait ran out: the steps after it not done. */
sysboot_status sysboot_clock_reset_tree(const sysboot_device *d);

/* Peripheral clock enables to reset values (memories' enables kept); on a
 * line without USB DFU a register holding a USB clock enable is left whole. */
void sysboot_clock_reset_enables(const sysboot_device *d);

#endif /* SYSBOOT_CLOCK_H */

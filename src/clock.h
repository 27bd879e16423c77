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
    SYSBOOT_CLOCK_LAYOUT_WBA,
    SYSBOOT_CLOCK_LAYOUT_H5,
    SYSBOOT_CLOCK_LAYOUT_H503,
    SYSBOOT_CLOCK_LAYOUT_U3,
    SYSBOOT_CLOCK_LAYOUT_C5,
    SYSBOOT_CLOCK_LAYOUT_H7RS,
    SYSBOOT_CLOCK_LAYOUT_C0,
    SYSBOOT_CLOCK_LAYOUT_F7,
    SYSBOOT_CLOCK_LAYOUT_H7AB
};

/* The register blocks a step addresses (sysboot_clock_site.base). */
enum {
    SYSBOOT_CLOCK_RCC = 0,
    SYSBOOT_CLOCK_FLASH = 1,
    SYSBOOT_CLOCK_ICACHE = 2,
    SYSBOOT_CLOCK_PWR = 3,     /* the voltage range (PWR_CR1.VOS ...) */
    SYSBOOT_CLOCK_BLOCKS = 4
};

/* One step, 6 bytes: `word` (low half first) is the step's bits (SET,
 * CLEAR, waits) or the whole register's value (LOAD); a FIELD step's value
 * is the next entry's word. `op` packs the block, the kind and the flags.
 * Halves, not a uint32_t, so that no padding doubles the tables. */
typedef struct {
    uint16_t word[2];
    uint8_t offset4;   /* register offset from the block's base, in words */
    uint8_t op;        /* SYSBOOT_CLOCK_OP_* | block */
} sysboot_clock_step;

#define SYSBOOT_CLOCK_OP_BLOCK 0x03u  /* SYSBOOT_CLOCK_RCC ... */
#define SYSBOOT_CLOCK_OP_WAIT  0x04u  /* wait until the bits read so; else write them */
#define SYSBOOT_CLOCK_OP_ZERO  0x08u  /* the value is 0 (CLEAR, WAIT_CLEAR) */
#define SYSBOOT_CLOCK_OP_WHOLE 0x10u  /* the mask is every bit (LOAD) */
#define SYSBOOT_CLOCK_OP_FIELD 0x20u  /* the value is the next entry's word */
/* FIELD | ZERO: the field raised to the value, never lowered (wait states
 * whose maximum differs between the lines of a layout). */
#define SYSBOOT_CLOCK_OP_RAISE (SYSBOOT_CLOCK_OP_FIELD | SYSBOOT_CLOCK_OP_ZERO)
/* Could stop or change a clock that a memory or device left running needs
 * (a PLL, HSE, HSI48, CSI, an MSI range, a kernel clock mux), or lower the
 * wait states such a kept clock needs: skipped while the library's code
 * runs from an external memory, and with SYSBOOT_OPT_KEEP_USB. */
#define SYSBOOT_CLOCK_OP_KEEP 0x40u
/* Holds a USB clock enable on a line of the layout (data/stm32.def
 * SYSBOOT_USB clk_reg): left whole on a line without USB DFU. */
#define SYSBOOT_CLOCK_OP_USB 0x80u

/* The window of the external memory interfaces (FMC, QSPI, OCTOSPI, XSPI)
 * in the Armv7-M/v8-M memory map: External RAM and External device. */
#define SYSBOOT_CLOCK_XMEM_FIRST 0x60000000u
#define SYSBOOT_CLOCK_XMEM_LAST  0xDFFFFFFFu

/* The two parts of a clock reset (sysboot_clock_site.steps). */
enum {
    SYSBOOT_CLOCK_TREE = 0,     /* oscillator, switch, PLLs, muxes, flash */
    SYSBOOT_CLOCK_ENABLES = 1   /* peripheral clock enables */
};

/* A profile's clock reset: its layout's steps and where the blocks are. */
typedef struct {
    const sysboot_clock_step *steps[2];  /* SYSBOOT_CLOCK_TREE, _ENABLES */
    uint32_t base[SYSBOOT_CLOCK_BLOCKS]; /* 0: the layout has no step for it */
    uint8_t count[2];
    uint8_t layout;                      /* SYSBOOT_CLOCK_LAYOUT_* */
} sysboot_clock_site;

/* Iterations of one wait: HSI/MSI start in under 10 us and a PLL unlocks
 * or the SYSCLK switch completes in a few cycles of the slower clock, on
 * every line; at 550 MHz and at least 3 cycles an iteration this bound is
 * over 1 ms, and at 100 kHz under 10 s. */
#define SYSBOOT_CLOCK_WAIT_LOOPS 200000u

/* The profile's row; layout NONE (and no steps) where there is no reset. */
const sysboot_clock_site *sysboot_clock_site_of(const sysboot_device *d);

/* One part of the clock reset of d's profile:
 *   SYSBOOT_CLOCK_TREE: flash wait states raised, voltage range, reset
 *     oscillator, switch, dividers and prescalers, PLLs, HSE, kernel muxes,
 *     wait states to reset last; SYSBOOT_ERR_CLOCK if a wait ran out, the
 *     steps after it not done.
 *   SYSBOOT_CLOCK_ENABLES: peripheral clock enables to reset values
 *     (memories' enables kept); on a line without USB DFU a register
 *     holding a USB clock enable is left whole.
 * With the library's code in an external memory, or SYSBOOT_OPT_KEEP_USB
 * in options, what could stop the clock such a memory or USB device runs
 * on is left (SYSBOOT_CLOCK_OP_KEEP; with code in external memory every
 * enable too). */
sysboot_status sysboot_clock_reset(const sysboot_device *d, unsigned part, uint32_t options);

#endif /* SYSBOOT_CLOCK_H */

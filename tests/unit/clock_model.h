/* How each RCC layout's hardware answers (ready flags follow their enables,
 * SWS follows SW), written from the reference manuals independently of the
 * library's step tables, for fake_board() and the clock tests. */
#ifndef SYSBOOT_TEST_CLOCK_MODEL_H
#define SYSBOOT_TEST_CLOCK_MODEL_H
#include "sysboot.h"

typedef struct {
    uint16_t offset;
    uint32_t keep;       /* memory/flash/debug enables the reset must keep */
} clock_model_enable;

/* A field the reset must bring to `end` (its reset value, or the value it
 * must keep), written after the reset oscillator is on (after_pll_off 0),
 * only once the PLLs are off (1), or with the write that turns the reset
 * oscillator on or later (2: MSI's PLL mode). */
typedef struct {
    uint16_t offset;
    uint32_t mask;
    uint32_t dirty;      /* the application's value */
    uint32_t end;
    uint8_t after_pll_off;
} clock_model_field;

typedef struct {
    uint8_t layout;        /* SYSBOOT_CLOCK_LAYOUT_* */
    uint32_t rcc;          /* RCC base */
    uint32_t flash_acr;    /* FLASH_ACR, 0: wait states left alone */
    uint32_t latency_mask;
    uint32_t osc_on, osc_rdy;        /* in CR (offset 0) */
    uint16_t cfgr;                   /* the register holding SW/SWS */
    uint32_t sw_mask, sws_mask, sw_pll;  /* SW field, SWS field, SW value of the PLL */
    uint32_t pll_on, pll_rdy;        /* every PLL of the layout, in CR */
    uint32_t hse_on, hse_rdy;
    uint16_t prescaler_reg;          /* a register holding the AHB prescaler */
    uint32_t prescaler_dirty;        /* a non-reset value of it */
    uint16_t pllcfgr;                /* PLL configuration register, 0: none reset */
    uint32_t pllcfgr_reset;
    clock_model_enable enables[10];
    unsigned enable_count;
    uint32_t sw_reset;               /* SW value of the reset clock (G4: 1) */
    uint32_t other_on, other_rdy;    /* oscillators off at reset besides HSE (HSI of MSI lines) */
    uint32_t hse_companion;          /* cleared once HSE is off; 0: HSEBYP (bit 18) */
    clock_model_field fields[24];
    unsigned field_count;
    uint32_t icache;                 /* ICACHE block (CR @0, SR @4), 0: none */
    uint32_t cr_fixed;               /* CR bits that always read 1 here (HSIDIVF) */
    uint32_t latency_end;            /* FLASH ACR & latency_mask at the end: its reset value */
    uint8_t latency_kept;            /* 1: the latency only raised, never lowered */
    uint32_t latency_first;          /* raised to at least this (the line's maximum) before
                                        any RCC or PWR write, 0: none (the flash counts SYSCLK) */
    /* The voltage range the reset puts back (0 pwr: left, the reset range the lowest) */
    uint32_t pwr;                    /* PWR base */
    uint16_t vos_reg;                /* PWR offset of the VOS field */
    uint32_t vos_mask, vos_reset, vos_dirty;
    uint16_t vos_flag_reg;           /* PWR offset of the busy flag */
    uint32_t vos_flag;               /* VOSF: set while the range changes */
    uint16_t pwren_reg;              /* RCC offset of the PWR clock enable, 0: always clocked */
    uint32_t pwren;
    uint8_t vos_late;                /* 1: put back once the clock is down (the reset range is
                                        a middle one); 0: first (raised to the highest) */
    uint32_t acr_kept;               /* FLASH ACR bits the reset may leave set (L1 ACC64) */
    uint32_t latency_top;            /* the most wait states an application may leave, where
                                        above latency_first (0: latency_first) */
} clock_model;

/* The model of d's layout, NULL for profiles without a clock reset. */
const clock_model *clock_model_of(const sysboot_device *d);
/* Install the fake's follow rules for d (called by fake_board). */
void clock_model_install(const sysboot_device *d);
/* The application at full speed: PLL and HSE on and ready, SYSCLK from the
 * PLL, the reset oscillator off, a prescaler set, wait states up, every
 * peripheral clock on. */
void clock_model_dirty(const clock_model *m);
/* The wait states of the application at full speed: the line's maximum
 * (latency_top, else latency_first; 2 on F0/F1/F3, whose model raises
 * nothing). */
uint32_t clock_model_app_latency(const clock_model *m);
/* Is addr in m's RCC block (the first 0x400 bytes)? */
int clock_model_in_rcc(const clock_model *m, uint32_t addr);
/* ICACHE registers (RM0438/RM0456/RM0481: CR.EN bit 0, SR.BUSYF bit 0). */
#define CLOCK_MODEL_ICACHE_CR(m) ((m)->icache + 0x00u)
#define CLOCK_MODEL_ICACHE_SR(m) ((m)->icache + 0x04u)
/* SWS of the reset clock, in place. */
uint32_t clock_model_sws_reset(const clock_model *m);
/* The HSE companion bit (HSEBYP, or WL's HSEBYPPWR). */
uint32_t clock_model_hse_companion(const clock_model *m);

#endif

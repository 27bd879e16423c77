/*
 * Live peripherals at the hand-over (docs/failure-modes.md): the USB
 * device blocks and watchdogs of data/stm32.def as the firmware keeps them,
 * and the routines that detach USB and hold the disconnect with the
 * watchdogs fed.
 */
#ifndef SYSBOOT_PERIPHERALS_H
#define SYSBOOT_PERIPHERALS_H

#include "line.h"

/* Is the USB detach part of this build? Not on a line whose ROM has no USB
 * DFU (known at compile time when the build names its line), nor with
 * -DSYSBOOT_NO_USB_DETACH (the application's USB is not the ROM's, or it
 * detaches it itself): then neither it nor the hold is linked. */
#if defined(SYSBOOT_NO_USB_DETACH)
#define SYSBOOT_USB_DETACH_BUILT(d) 0
#else
#define SYSBOOT_USB_DETACH_BUILT(d) ((sysboot_row(d)->interfaces & SYSBOOT_IF_USB_DFU) != 0u)
#endif

/* ---- USB (usb.c) -------------------------------------------------------- */

enum {
    SYSBOOT_USB_OTG = 1,   /* Synopsys OTG core */
    SYSBOOT_USB_FS = 2     /* USB FS device / DRD block */
};

/* Register offsets inside a block: the same on every line of a kind
 * (CMSIS USB_OTG_GlobalTypeDef, USB_TypeDef / USB_DRD_TypeDef). */
#define SYSBOOT_OTG_GRSTCTL   0x010u
#define SYSBOOT_OTG_GCCFG     0x038u
#define SYSBOOT_OTG_DCTL      0x804u
#define SYSBOOT_OTG_PCGCCTL   0xE00u
#define SYSBOOT_OTG_CSRST     (1u << 0)
#define SYSBOOT_OTG_AHBIDL    (1u << 31)
#define SYSBOOT_OTG_SDIS      (1u << 1)
#define SYSBOOT_FS_CNTR       0x040u
#define SYSBOOT_FS_FRES       (1u << 0)   /* USBRST on the DRD block */
#define SYSBOOT_FS_PDWN       (1u << 1)

/* Polls of GRSTCTL before the core reset is given up on: a few PHY clocks
 * are enough; a core without its PHY clock never finishes, and the clock
 * gate that follows stops it anyway. */
#define SYSBOOT_OTG_RESET_POLLS 10000u

/* One SYSBOOT_USB row. */
typedef struct {
    uint8_t profile;
    uint8_t kind;           /* SYSBOOT_USB_* */
    uint32_t base;
    uint32_t clock_reg;
    uint32_t clock_mask;
    uint32_t pullup_reg;    /* FS: internal D+ pull-up; 0 = none */
    uint32_t pullup_mask;
    uint32_t phy_mask;      /* OTG: GCCFG bits that keep the transceiver on */
    uint32_t sticky_reg;    /* enables that survive a system reset; 0 = none */
    uint32_t sticky_mask;
} sysboot_usb_block;

/* Every USB row of the build, in file order. */
const sysboot_usb_block *sysboot_usb_blocks(unsigned *count);

/* Detach every clocked USB block of d and drive the configured D+ line,
 * then hold the disconnect (sysboot_hold_ms). Callers ask only for a line
 * whose ROM has USB DFU (SYSBOOT_USB_DETACH_BUILT). Returns what it
 * detached (blocks + D+ line). */
unsigned sysboot_usb_detach_device(const sysboot_device *d);

/* The hold sysboot_usb_configure() asked for, or SYSBOOT_USB_DETACH_MS. */
uint32_t sysboot_usb_hold_ms(void);

/* ---- Watchdogs (watchdog.c) --------------------------------------------- */

#define SYSBOOT_IWDG_KR       0x00u
#define SYSBOOT_IWDG_RLR      0x08u
#define SYSBOOT_IWDG_SR       0x0Cu
#define SYSBOOT_IWDG_WINR     0x10u
#define SYSBOOT_IWDG_REFRESH  0xAAAAu
#define SYSBOOT_IWDG_COUNTER  0xFFFu
#define SYSBOOT_WWDG_CR       0x00u
#define SYSBOOT_WWDG_CFR      0x04u
#define SYSBOOT_WWDG_WDGA     (1u << 7)
#define SYSBOOT_WWDG_COUNTER  0x7Fu

/* One SYSBOOT_WATCHDOG row. */
typedef struct {
    uint32_t iwdg_base;
    uint32_t iwdg_window;   /* 1: IWDG_WINR exists */
    uint32_t iwdg_on_mask;  /* IWDG_SR.ONF; 0 = not readable */
    sysboot_field hw_iwdg;
    uint32_t wwdg_base;
    sysboot_field hw_wwdg;
} sysboot_watchdog;

const sysboot_watchdog *sysboot_watchdog_of(const sysboot_device *d);

/* Refresh what may be running, and only where a refresh cannot itself
 * reset: the IWDG unless its window is set, the WWDG only inside its
 * window. */
void sysboot_watchdog_service(const sysboot_device *d);

/* ---- The hold (hold.c) -------------------------------------------------- */

/* Busy-wait iterations between two watchdog services: far less than the
 * 4096 bus cycles of one WWDG tick even at several cycles per iteration,
 * so the WWDG window cannot slip past unseen. */
#define SYSBOOT_HOLD_STEP 256u

uint32_t sysboot_max_clock_of(const sysboot_device *d);

/* Wait at least `ms` milliseconds at any core clock, without SysTick or
 * interrupts, servicing the watchdogs every SYSBOOT_HOLD_STEP iterations. */
void sysboot_hold_ms(const sysboot_device *d, uint32_t ms);

#endif /* SYSBOOT_PERIPHERALS_H */

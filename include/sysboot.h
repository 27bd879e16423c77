/*
 * sysboot: enter the STM32 ROM system bootloader (AN2606) from a running
 * application, on every STM32 line, with one call.
 *
 * This header is the whole public API. Freestanding C99: no HAL, no CMSIS
 * device header, no heap. Every public name starts with sysboot_/SYSBOOT_.
 *
 * Two ways in:
 *   - the reset path (recommended): sysboot_enter() records a request and
 *     resets the chip; sysboot_early(), called first thing in Reset_Handler,
 *     branches to the ROM from clean reset state;
 *   - the direct path: sysboot_jump_now() quiesces the core and branches
 *     without a reset, for applications that cannot hook their startup.
 * Either one lands in the ROM or returns a status and changes nothing.
 */
#ifndef SYSBOOT_H
#define SYSBOOT_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define SYSBOOT_VERSION "0.1.0"

/* ---- Status ------------------------------------------------------------ */

typedef enum {
    SYSBOOT_OK = 0,
    SYSBOOT_ERR_UNKNOWN_DEVICE,   /* DEV_ID not in the database */
    SYSBOOT_ERR_NO_BOOTLOADER,    /* vector table at the bootloader address fails validation */
    SYSBOOT_ERR_EMPTY_CHECK,      /* ROM would return to flash; no documented route enabled */
    SYSBOOT_ERR_TRUSTZONE,        /* TrustZone enabled (TZEN=1) */
    SYSBOOT_ERR_READ_PROTECTED,   /* RDP level 2: system memory boot disabled */
    SYSBOOT_ERR_WRONG_CORE,       /* called from the second core of a dual-core part */
    SYSBOOT_ERR_CONTEXT,          /* called from handler mode or unprivileged thread */
    SYSBOOT_ERR_NO_EARLY_HOOK,    /* sysboot_early() did not run at this boot: a request would never be served */
    SYSBOOT_ERR_NO_SOFTWARE_ENTRY,/* this line's ROM cannot be entered from software at all */
    SYSBOOT_ERR_NO_RESET_CAUSE,   /* reset path: the database knows no reset-cause register for this line */
    SYSBOOT_ERR_CLOCK,            /* direct path: an oscillator or PLL never reached its state; the clocks are left where they got */
    SYSBOOT_ERR_WRONG_DEVICE,     /* the chip's DEV_ID is not the line this build was compiled for (its device macro) */
    SYSBOOT_ERR_ENTRY_UNCONFIRMED,/* the ROM's entry address for this line has no ST source: no jump on a guess */
    SYSBOOT_ERR_RECORD_PLACEMENT, /* the request record lies in RAM the ROM bootloader uses (linker script) */
    SYSBOOT_STATUS_COUNT
} sysboot_status;

const char *sysboot_status_str(sysboot_status s);

/* ---- Cores: SCB->CPUID PARTNO ----------------------------------------- */

#define SYSBOOT_CORE_M0   0xC20u
#define SYSBOOT_CORE_M0P  0xC60u
#define SYSBOOT_CORE_M3   0xC23u
#define SYSBOOT_CORE_M4   0xC24u
#define SYSBOOT_CORE_M7   0xC27u
#define SYSBOOT_CORE_M33  0xD21u
#define SYSBOOT_CORE_M55  0xD22u   /* STM32N6 (cmsis_device_n6 __CM55_REV) */

/* ---- Series codes (sysboot_device.series) ------------------------------ */

#define SYSBOOT_SERIES_C0    1
#define SYSBOOT_SERIES_C5    2
#define SYSBOOT_SERIES_F0    3
#define SYSBOOT_SERIES_F1    4
#define SYSBOOT_SERIES_F2    5
#define SYSBOOT_SERIES_F3    6
#define SYSBOOT_SERIES_F4    7
#define SYSBOOT_SERIES_F7    8
#define SYSBOOT_SERIES_G0    9
#define SYSBOOT_SERIES_G4   10
#define SYSBOOT_SERIES_H5   11
#define SYSBOOT_SERIES_H7   12
#define SYSBOOT_SERIES_L0   13
#define SYSBOOT_SERIES_L1   14
#define SYSBOOT_SERIES_L4   15
#define SYSBOOT_SERIES_L4P  16   /* L4+ */
#define SYSBOOT_SERIES_L5   17
#define SYSBOOT_SERIES_U0   18
#define SYSBOOT_SERIES_U3   19
#define SYSBOOT_SERIES_U5   20
#define SYSBOOT_SERIES_WB   21
#define SYSBOOT_SERIES_WBA  22
#define SYSBOOT_SERIES_WL   23
#define SYSBOOT_SERIES_WB0  24
#define SYSBOOT_SERIES_WL3  25
#define SYSBOOT_SERIES_N6   26
#define SYSBOOT_SERIES_H7RS 27

/* ---- Per-device flags (sysboot_device.flags) --------------------------- */

/* ROM re-checks flash and returns to the application when entered from
 * software (empty check): F04x, F070x6, L01x/L02x ... */
#define SYSBOOT_DEV_BOUNCES          0x0001u
/* dual-core part: only the core named by the profile may enter the ROM */
#define SYSBOOT_DEV_DUAL_CORE        0x0002u
/* TrustZone capable (TZEN option bit exists) */
#define SYSBOOT_DEV_TRUSTZONE        0x0004u
/* no documented software entry into the ROM at all (WB0, WL3, N6 ...) */
#define SYSBOOT_DEV_NO_SW_ENTRY      0x0008u
/* a fact in the row could not be confirmed in two sources */
#define SYSBOOT_DEV_UNCONFIRMED      0x0010u
/* the ROM's entry (its vector table address) has no ST source: both paths refuse */
#define SYSBOOT_DEV_ENTRY_UNCONFIRMED 0x0020u
/* DBGMCU_IDCODE may read 0 from user code (errata; no debugger attached): a build that names
 * the line (device macro) trusts it instead of the read */
#define SYSBOOT_DEV_IDCODE_MAY_READ_0 0x0040u

/* ---- ROM interfaces (sysboot_device.interfaces) ------------------------ */

#define SYSBOOT_IF_USART    0x01u
#define SYSBOOT_IF_USB_DFU  0x02u
#define SYSBOOT_IF_CAN      0x04u
#define SYSBOOT_IF_FDCAN    0x08u
#define SYSBOOT_IF_I2C      0x10u
#define SYSBOOT_IF_SPI      0x20u
#define SYSBOOT_IF_I3C      0x40u

/* ---- Device rows -------------------------------------------------------- */

/* One row of data/stm32.def as the firmware keeps it. */
typedef struct sysboot_device {
    uint32_t sysmem_base;   /* system memory (ROM) region base */
    uint32_t bootloader;    /* the bootloader's vector table: MSP at [0], reset vector at [1] */
    uint32_t sram_base;     /* SRAM window the ROM's initial MSP must lie in */
    uint32_t sram_size;
    uint32_t sysmem_size;
    uint16_t dev_id;        /* DBGMCU_IDCODE[11:0] */
    uint16_t flags;         /* SYSBOOT_DEV_* */
    uint8_t  series;        /* SYSBOOT_SERIES_* */
    uint8_t  profile;       /* register profile (internal index) */
    uint8_t  interfaces;    /* SYSBOOT_IF_* */
#if defined(SYSBOOT_WITH_NAMES) && SYSBOOT_WITH_NAMES
    const char *name;
#endif
} sysboot_device;

/* This chip, identified at run time (CPUID, then DBGMCU_IDCODE); NULL if
 * unknown. A build that names its line (its CMSIS device macro, or
 * -DSYSBOOT_DEV_ID) reads only that line's DBGMCU_IDCODE: its row if the
 * DEV_ID is the line's, or 0 on a line whose errata say it may read 0
 * without a debugger (early F1, H7); NULL for any other (a wrong macro). */
const sysboot_device *sysboot_identify(void);

/* By 12-bit DEV_ID; NULL if the build does not know it. */
const sysboot_device *sysboot_lookup(uint32_t dev_id);

/* Could this chip enter its ROM now? Reads registers only; no side effects. */
sysboot_status sysboot_check(const sysboot_device *d);

/* ---- Options of the _with calls ---------------------------------------- */

/* Lines with a software-writable flash "empty" flag (today G0, C0, U0, WB,
 * WL: FLASH_ACR.EMPTY; the profile's empty field in data/stm32.def): enter
 * by forcing the flag and resetting,
 * the route the reference manual documents, instead of refusing with
 * SYSBOOT_ERR_EMPTY_CHECK. sysboot_early() clears the flag when the
 * application runs again. Caveats: docs/empty-check.md. */
#define SYSBOOT_OPT_EMPTY_ROUTE 0x0001u

/* Leave the application's USB device as it is: no detach, no hold (see
 * sysboot_usb_detach()). For boards whose USB is not the ROM's, or that
 * detach it themselves in sysboot_before_handover(). */
#define SYSBOOT_OPT_KEEP_USB    0x0002u

/* Direct path: leave the clock tree as it is. Without it, sysboot_jump_now*()
 * raises the flash wait states first, puts the voltage range and the reset
 * clock (HSI, MSI, MSIS or HSIDIV3, with its divider or range) back as
 * SYSCLK, the prescalers, PLLs, HSE and kernel clock muxes back to reset
 * values, the flash wait states to their reset value last, the ICACHE off,
 * and last clears the peripheral clock enables (docs/clock-reset.md). Code
 * running from an external memory keeps the clocks that memory may need.
 * For applications that already did this in sysboot_before_handover().
 * SYSBOOT_OPT_KEEP_USB keeps the clocks a USB device left running may run
 * on (PLLs, HSE, HSI48, MSI range, kernel muxes: docs/clock-reset.md) and
 * the peripheral clock enables. A build with -DSYSBOOT_NO_CLOCK_RESET
 * leaves the code out altogether. */
#define SYSBOOT_OPT_KEEP_CLOCKS 0x0004u

sysboot_status sysboot_check_with(const sysboot_device *d, uint32_t options);

/* ---- The reset path ----------------------------------------------------- */

/* Record a request and reset. Returns only on error, having changed nothing.
 * Call from thread mode (a task, main loop, console command), never an ISR.
 * It reads the request record to see that sysboot_early() ran at this boot
 * (SYSBOOT_ERR_NO_EARLY_HOOK if not). An image whose startup code never
 * calls sysboot_early() (the direct path only) is built with
 * -DSYSBOOT_NO_EARLY_HOOK: then this returns SYSBOOT_ERR_NO_EARLY_HOOK at
 * once and neither path reads the record, which on ECC SRAM (H7, H5) may
 * be a word no one wrote since power-on, a fault when read. */
sysboot_status sysboot_enter(void);
sysboot_status sysboot_enter_with(uint32_t options);

/* Call first thing in Reset_Handler, before .data/.bss, clocks, caches or an
 * RTOS. Branches to the ROM if a valid request is pending; otherwise returns.
 * Uses no initialised data and a few words of stack. */
void sysboot_early(void);

/* ---- The direct path --------------------------------------------------- */

/* Quiesce the core and branch to the ROM without a reset. Returns only on
 * error, having changed nothing. Thread mode, privileged. */
sysboot_status sysboot_jump_now(void);
/* The same with options (SYSBOOT_OPT_KEEP_USB, SYSBOOT_OPT_KEEP_CLOCKS).
 * SYSBOOT_ERR_CLOCK is the one refusal that comes after changes: a clock
 * never became ready; the application's USB device has already been
 * detached and the clock tree is where the reset got to, but interrupts are
 * as they were and nothing of the core was quiesced, so the application
 * runs on. Every other status changes nothing. */
sysboot_status sysboot_jump_now_with(uint32_t options);

/* ---- Hooks -------------------------------------------------------------- */

/* Weak, empty by default: called by sysboot_enter() and sysboot_jump_now()
 * after every check passed and before anything is changed, so the
 * application can stop USB, DMA and external memories. */
void sysboot_before_handover(void);

/* ---- USB and watchdogs at the hand-over (src/usb.c, src/watchdog.c) -----
 * The host must see the application's USB device go away before the ROM's
 * DFU device appears, or it never re-enumerates (docs/usb-and-watchdogs.md).
 * sysboot_enter*() and sysboot_jump_now*() call sysboot_usb_detach() after
 * sysboot_before_handover(), with interrupts masked, unless
 * SYSBOOT_OPT_KEEP_USB is given. */

/* The disconnect hold, in milliseconds; SYSBOOT_USB_DETACH_MS at build time
 * (default 50), hold_ms at run time. */
typedef struct sysboot_usb_config {
    uint32_t hold_ms;          /* 0: SYSBOOT_USB_DETACH_MS */
    /* Boards whose D+ pull-up is external and switched by a GPIO (F1, F3
     * ...): the address of that port's BSRR register (e.g. &GPIOA->BSRR),
     * 0 for none. The pin must already be an output: the library only
     * drives it to dplus_off_level, the level that disconnects D+. */
    uint32_t dplus_bsrr;
    uint8_t  dplus_pin;        /* 0..15 */
    uint8_t  dplus_off_level;  /* 0 or 1 */
} sysboot_usb_config;

/* Copy the configuration; NULL restores the defaults. */
void sysboot_usb_configure(const sysboot_usb_config *config);

/* Detach this chip's USB device for the ROM: on every USB block whose clock
 * is enabled, drop the D+ pull-up (OTG DCTL.SDIS and transceiver power-down,
 * or USB_BCDR.DPPU), reset the block and gate its clock; drive the
 * configured D+ line; clear clock enables that survive a reset (H7); then
 * hold the disconnect, feeding the watchdogs. Touches nothing USB on a line
 * whose ROM has no USB DFU. Stop the USB stack (or mask interrupts) first:
 * it masks nothing itself. SYSBOOT_ERR_UNKNOWN_DEVICE if not identified. */
sysboot_status sysboot_usb_detach(void);

/* Watchdog hazards (sysboot_hazards): the ROM refreshes no watchdog, so a
 * running one cuts the ROM session short with a reset back into the
 * application. A reset-path entry stops a software-started IWDG and the
 * WWDG; nothing stops a watchdog the option bytes start at every reset. */
#define SYSBOOT_HAZARD_HW_IWDG       0x01u  /* option bytes start the IWDG at every reset */
#define SYSBOOT_HAZARD_IWDG_RUNNING  0x02u  /* the IWDG runs now (hardware option, or IWDG_SR.ONF) */
#define SYSBOOT_HAZARD_WWDG          0x04u  /* the WWDG runs now (WWDG_CR.WDGA) */
#define SYSBOOT_HAZARD_HW_WWDG       0x08u  /* option bytes start the WWDG at every reset */
#define SYSBOOT_HAZARD_IWDG_WINDOW   0x10u  /* IWDG window set: the library cannot refresh it safely */
/* Not a watchdog: read protection is at level 0 (or the product state
 * leaves the flash open), so whoever is on an interface of the ROM can read
 * the whole firmware and write new code once the chip is in the ROM
 * (docs/security.md). Never set on a line whose data names no such test. */
#define SYSBOOT_HAZARD_FLASH_READABLE 0x20u

/* Reads registers only; 0 for NULL. A software-started IWDG is invisible on
 * lines without IWDG_SR.ONF (no register tells it). */
uint32_t sysboot_hazards(const sysboot_device *d);

/* ---- Triggers (src/trigger.c) -------------------------------------------
 * Helpers that notice a request arriving on a wire. They only set a flag:
 * they are safe in an ISR, and the application then calls sysboot_enter()
 * from thread context (a reset or a jump from an ISR leaves the hand-over
 * half done: the USB disconnect hold needs time, and a direct jump from
 * handler mode keeps the core's active exception). */

#define SYSBOOT_MAGIC_DEFAULT "sysboot:enter-bootloader"

/* The line this build's trigger listens for: the default, or a product's own
 * secret set at build time, -DSYSBOOT_MAGIC_LINE='"..."' (printable ASCII,
 * 16 random characters or more; docs/security.md). Firmware that names the
 * line on its console should not when SYSBOOT_MAGIC_IS_SECRET. */
#ifdef SYSBOOT_MAGIC_LINE
#define SYSBOOT_MAGIC_IS_SECRET 1
#else
#define SYSBOOT_MAGIC_LINE SYSBOOT_MAGIC_DEFAULT
#define SYSBOOT_MAGIC_IS_SECRET 0
#endif

/* Matches one whole line (CR, LF or CRLF terminated) equal to `line`; a
 * prefix, a longer line or a single byte never matches. Every byte of a
 * line is compared, so the time spent does not depend on where the line
 * first differs from `line`. */
typedef struct sysboot_magic {
    const char *line;
    uint16_t len;
    uint16_t pos;      /* bytes compared so far on this line */
    uint8_t  state;    /* internal: nonzero once the line differs */
} sysboot_magic;

void sysboot_magic_init(sysboot_magic *m, const char *line);
/* Feed one received byte; returns 1 when a whole matching line ended. */
int  sysboot_magic_feed(sysboot_magic *m, uint8_t byte);

/* The Arduino "1200-baud touch" on a USB CDC port: the host opens the port
 * at 1200 baud and closes it (DTR drops). Feed the class requests. */
typedef struct sysboot_touch {
    uint32_t baud;
    uint8_t  dtr;
} sysboot_touch;

void sysboot_touch_init(sysboot_touch *t);
void sysboot_touch_line_coding(sysboot_touch *t, uint32_t baud);  /* SET_LINE_CODING */
/* SET_CONTROL_LINE_STATE; returns 1 when DTR fell while at 1200 baud. */
int  sysboot_touch_control_line(sysboot_touch *t, int dtr);

/* A request flag an ISR may raise and thread code polls. */
void sysboot_request_from_isr(void);
int  sysboot_request_pending(void);
/* Drop a raised request, e.g. after sysboot_enter() refused it, so the
 * main loop does not retry a refusal forever. */
void sysboot_request_clear(void);

#ifdef __cplusplus
}
#endif

#endif /* SYSBOOT_H */

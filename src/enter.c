/*
 * The reset path. sysboot_enter() records a request and resets the chip;
 * sysboot_early(), first thing in Reset_Handler, finds it and branches to
 * the ROM while everything is still in reset state: no clocks, caches, MPU,
 * interrupts, RTOS or USB left to undo.
 *
 * The record's life:  IDLE --enter--> REQUEST --reset, early--> IN_ROM
 *   --ROM returns (GO, :leave, or a reset)--> RESETTING --reset--> IDLE.
 * A request is honoured only after a software reset, at most
 * SYSBOOT_MAX_ATTEMPTS times, and is consumed before the branch, so a ROM
 * that bounces straight back costs one extra reset and never a loop.
 */
#include "internal.h"
#include "peripherals.h"
#include "hw.h"

#include <stddef.h>

#ifndef SYSBOOT_MAX_ATTEMPTS
#define SYSBOOT_MAX_ATTEMPTS 1u
#endif

__attribute__((weak)) void sysboot_before_handover(void)
{
}

sysboot_status sysboot_enter_with(uint32_t options)
{
    sysboot_request rec;
    const sysboot_device *d;
    const sysboot_profile *p;
    sysboot_status st = sysboot_check_context();

    if (st != SYSBOOT_OK)
        return st;
    /* Without sysboot_early() in the startup code the request would sit in
     * RAM until some later software reset; refuse instead. */
    if (!sysboot_record_read(&rec) || rec.state != SYSBOOT_STATE_IDLE)
        return SYSBOOT_ERR_NO_EARLY_HOOK;
    d = sysboot_identify();
    st = sysboot_check_with(d, options);
    if (st != SYSBOOT_OK)
        return st;
    p = sysboot_profile_of(d);
    /* sysboot_early() would refuse a request it cannot tell from leftover
     * RAM; refuse now rather than reset for nothing. */
    if (p->reset_reg == 0u)
        return SYSBOOT_ERR_NO_RESET_CAUSE;

    sysboot_before_handover();
    if ((options & SYSBOOT_OPT_KEEP_USB) == 0u) {
        /* No interrupt may reconnect USB during the hold; the reset follows. */
        sysboot_core_disable_irq();
        (void)sysboot_usb_detach_device(d);
    }
    if ((options & SYSBOOT_OPT_EMPTY_ROUTE) != 0u && p->empty_reg != 0u) {
        /* The hardware boots system memory by itself while the flag is
         * set; sysboot_early() clears it when the application runs again. */
        sysboot_record_write(SYSBOOT_STATE_IN_ROM, 1u, options);
        sysboot_hw_set_bits(p->empty_reg, p->empty_mask);
    } else {
        sysboot_record_write(SYSBOOT_STATE_REQUEST, 0u, options);
    }
    /* Reset flags are sticky: clear them, so that the software-reset flag
     * sysboot_early() looks for can only come from the reset below, and a
     * power-on flag from long ago cannot hide the record from it. */
    sysboot_reset_flags_clear(p);
    sysboot_system_reset();
}

sysboot_status sysboot_enter(void)
{
    return sysboot_enter_with(0u);
}

/* Serve a pending request: consume it, then branch. Returns if refused. */
static void serve_request(const sysboot_device *d, const sysboot_request *rec)
{
    if (rec->attempts >= SYSBOOT_MAX_ATTEMPTS ||
        !sysboot_reset_was_software(sysboot_profile_of(d)) ||
        sysboot_check_with(d, rec->options) != SYSBOOT_OK) {
        sysboot_record_write(SYSBOOT_STATE_IDLE, 0u, 0u);
        return;
    }
    sysboot_record_write(SYSBOOT_STATE_IN_ROM, rec->attempts + 1u, rec->options);
    sysboot_handover(d);
}

/* Back from the ROM: its GO command and `dfu-util :leave` start the
 * application without a reset, with the ROM's clocks, VTOR and remap still
 * in place. One clean reset gives the application reset state. */
static void leave_rom(const sysboot_device *d, const sysboot_request *rec)
{
    if ((rec->options & SYSBOOT_OPT_EMPTY_ROUTE) != 0u) {
        const sysboot_profile *p = sysboot_profile_of(d);
        if (p->empty_reg != 0u)
            sysboot_hw_clear_bits(p->empty_reg, p->empty_mask);
    }
    sysboot_record_write(SYSBOOT_STATE_RESETTING, rec->attempts, 0u);
    sysboot_system_reset();
}

void sysboot_early(void)
{
    sysboot_request rec;
    const sysboot_device *d = sysboot_identify();

    /* After power-on or a brown-out the SRAM holds no valid ECC or parity
     * (H7, H5, parity-checked SRAM2) and reading the record could fault;
     * nor can it hold a request. Write it before anything reads it. On a
     * chip this build does not know the reset cause is unknown, and no
     * request could be served anyway: the same. */
    if (d == NULL || sysboot_reset_was_power_on(d)) {
        sysboot_record_write(SYSBOOT_STATE_IDLE, 0u, 0u);
        return;
    }
    if (!sysboot_record_read(&rec)) {
        /* power-on garbage or a stray write: start clean */
        sysboot_record_write(SYSBOOT_STATE_IDLE, 0u, 0u);
        return;
    }
    switch (rec.state) {
    case SYSBOOT_STATE_REQUEST:
        serve_request(d, &rec);
        return;
    case SYSBOOT_STATE_IN_ROM:
        leave_rom(d, &rec);
        return;
    case SYSBOOT_STATE_IDLE:
        return;
    case SYSBOOT_STATE_RESETTING: /* the clean reset after the ROM: done */
    default:
        sysboot_record_write(SYSBOOT_STATE_IDLE, 0u, 0u);
        return;
    }
}

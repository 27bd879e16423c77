/*
 * sysboot_enter(): decide everything now, in a normal application context,
 * then record the request and reset. sysboot_early() acts on it first thing
 * after the reset, while everything is still in reset state: no clocks,
 * caches, MPU, interrupts, RTOS or USB left to undo.
 */
#include "decide.h"
#include "record.h"
#include "reset.h"
#include "handover.h"
#include "peripherals.h"
#include "hw.h"

__attribute__((weak)) void sysboot_before_handover(void)
{
}

sysboot_status sysboot_enter_with(uint32_t options)
{
#if defined(SYSBOOT_NO_EARLY_HOOK)
    /* The startup code never calls sysboot_early(): no request could be
     * served, and the record may be SRAM no one wrote since power-on, which
     * faults when read on ECC SRAM (H7, H5). Refuse without reading it. */
    (void)options;
    return SYSBOOT_ERR_NO_EARLY_HOOK;
#else
    const sysboot_device *d;
    const sysboot_profile *p;
    uint32_t request;
    int empty_route;
    sysboot_status st = SYSBOOT_DECIDE(&d, options);

    if (st != SYSBOOT_OK)
        return st;
    p = sysboot_facts(d);
    /* sysboot_early() would drop a request it cannot tell from leftover
     * RAM; refuse now rather than reset for nothing. */
    if (p->reset_reg == 0u)
        return SYSBOOT_ERR_NO_RESET_CAUSE;
    if (sysboot_record_in_rom_ram(d, sysboot_hw_data_address(&sysboot_record)))
        return SYSBOOT_ERR_RECORD_PLACEMENT;
    /* Without sysboot_early() in the startup code the request would sit in
     * RAM until some later software reset; refuse instead. */
    if (!sysboot_record_get(&request) || sysboot_record_state(request) != SYSBOOT_STATE_IDLE)
        return SYSBOOT_ERR_NO_EARLY_HOOK;

    sysboot_before_handover();
    if (SYSBOOT_USB_DETACH_BUILT(d) && (options & SYSBOOT_OPT_KEEP_USB) == 0u) {
        /* No interrupt may reconnect USB during the hold; the reset follows. */
        sysboot_core_disable_irq();
        (void)sysboot_usb_detach_device(d);
    }
    /* With the empty route the hardware boots system memory by itself while
     * the flag is set (the record says the ROM is already running);
     * sysboot_early() clears it when the application runs again. One record
     * write for both routes: the state is the only difference. */
    empty_route = (options & SYSBOOT_OPT_EMPTY_ROUTE) != 0u && p->empty_reg != 0u;
    sysboot_record_write(d, empty_route ? SYSBOOT_STATE_IN_ROM : SYSBOOT_STATE_REQUEST, options);
    if (empty_route)
        sysboot_hw_set_bits(p->empty_reg, p->empty_mask);
    /* Reset flags are sticky: clear them, so that the software-reset flag
     * sysboot_early() looks for can only come from the reset below, and a
     * power-on flag from long ago cannot hide the record from it. */
    sysboot_reset_flags_clear(d);
    sysboot_system_reset();
#endif
}

sysboot_status sysboot_enter(void)
{
    return sysboot_enter_with(0u);
}

/*
 * sysboot_early(): first thing in Reset_Handler, act on what sysboot_enter()
 * decided before the reset. It reads the reset cause and the record and
 * branches, resets once, or returns; it checks nothing again (sysboot_enter()
 * did, and the ROM cannot have changed). In a build that names its line every
 * fact is a constant, no table is read and nothing but the reset-cause
 * register and the record (and SCB->CPUID on a dual-core line) is touched; a
 * universal build identifies the chip first (identify.c), reading only where
 * no supported line can fault.
 *
 * The record's life:  IDLE --enter--> REQUEST --reset, early--> IN_ROM
 *   --ROM returns (GO, :leave, or a reset)--> RESETTING --reset--> IDLE.
 * A request is served only after a software reset and is consumed before
 * the branch, so a ROM that bounces straight back costs one extra reset and
 * never a loop.
 */
#include "decide.h"
#include "record.h"
#include "reset.h"
#include "handover.h"
#include "hw.h"

#include <stddef.h>

void sysboot_early(void)
{
#if SYSBOOT_TARGETED
    const sysboot_device *d = SYSBOOT_THIS_LINE; /* the line's facts are constants */
#else
    const sysboot_device *d = sysboot_identify();
#endif
    uint32_t request = 0u, next = SYSBOOT_STATE_IDLE;

    /* The other core of a dual-core part runs an image of its own, whose
     * record no request ever reaches (sysboot_enter() refuses there): not
     * touched, nor the main core's (README: where each record lives). */
    if (d != NULL && sysboot_on_other_core(d))
        return;
    /* After power-on or a brown-out the SRAM holds no valid ECC or parity
     * (H7, H5, parity-checked SRAM2) and reading the record could fault;
     * nor can it hold a request: only the write below touches it then. A
     * chip the build does not know, or a line without a reset-cause
     * register, cannot tell a request from leftover RAM: the same. A line
     * with no software entry never had a request made. */
    if (d != NULL && (sysboot_row(d)->flags & SYSBOOT_DEV_NO_SW_ENTRY) == 0u &&
        sysboot_facts(d)->reset_reg != 0u) {
        uint32_t cause = sysboot_hw_read(sysboot_facts(d)->reset_reg);

        if ((cause & sysboot_power_on_mask(d)) == 0u && sysboot_record_get(&request)) {
            uint32_t state = sysboot_record_state(request);
            if (state == SYSBOOT_STATE_IDLE)
                return;
            /* A request left before another kind of reset is dropped. */
            if (state == SYSBOOT_STATE_REQUEST && (cause & sysboot_facts(d)->reset_sw_mask) != 0u)
                next = SYSBOOT_STATE_IN_ROM;
            /* Back from the ROM: its GO command and `dfu-util :leave` start
             * the application without a reset, with the ROM's clocks, VTOR
             * and remap in place; one clean reset gives it reset state. */
            else if (state == SYSBOOT_STATE_IN_ROM)
                next = SYSBOOT_STATE_RESETTING;
        }
    }
    /* The request is consumed before the branch. */
    sysboot_record_set(next, request);
    if (next == SYSBOOT_STATE_IN_ROM)
        sysboot_handover(d);
    if (next == SYSBOOT_STATE_RESETTING) {
        const sysboot_profile *p = sysboot_facts(d);
        if ((request & SYSBOOT_OPT_EMPTY_ROUTE) != 0u && p->empty_reg != 0u)
            sysboot_hw_clear_bits(p->empty_reg, p->empty_mask);
        sysboot_system_reset();
    }
}

/*
 * The hand-over itself, shared by both paths: make the ROM's vector table
 * the active one, then branch through the trampoline; and the system reset.
 * Inline, so that sysboot_early() stays a leaf with the line's facts folded.
 */
#ifndef SYSBOOT_HANDOVER_H
#define SYSBOOT_HANDOVER_H

#include "line.h"
#include "core_regs.h"
#include "hw.h"

static inline SYSBOOT_NORETURN void sysboot_handover(const sysboot_device *d)
{
    const sysboot_profile *p = sysboot_facts(d);
    uint32_t table = sysboot_row(d)->bootloader;

    /* Cortex-M0 has no VTOR: the remap is its only way to the ROM's vectors. */
    if (p->core != SYSBOOT_CORE_M0)
        sysboot_hw_write(SYSBOOT_SCB_VTOR, table);
    if (p->remap.reg != 0u) {
        if (p->remap_clock_reg != 0u) {
            sysboot_hw_set_bits(p->remap_clock_reg, p->remap_clock_mask);
            /* Read back: the clock must be running before SYSCFG is written. */
            (void)sysboot_hw_read(p->remap_clock_reg);
        }
        sysboot_hw_write_field(p->remap.reg, p->remap.mask, p->remap.value);
    }
    sysboot_core_dsb();
    sysboot_core_isb();
    sysboot_core_branch(sysboot_hw_read(table), sysboot_hw_read(table + 4u));
}

#endif /* SYSBOOT_HANDOVER_H */

/*
 * The hand-over itself, shared by both paths: make the ROM's vector table
 * the active one, then branch through the trampoline. Also the system reset.
 */
#include "internal.h"
#include "core_regs.h"
#include "hw.h"

void sysboot_handover(const sysboot_device *d)
{
    const sysboot_profile *p = sysboot_profile_of(d);

    /* Cortex-M0 has no VTOR: the remap is its only way to the ROM's vectors. */
    if (p->core != SYSBOOT_CORE_M0)
        sysboot_hw_write(SYSBOOT_SCB_VTOR, d->bootloader);
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
    sysboot_core_branch(sysboot_hw_read(d->bootloader), sysboot_hw_read(d->bootloader + 4u));
}

void sysboot_system_reset(void)
{
    uint32_t prigroup = sysboot_hw_read(SYSBOOT_SCB_AIRCR) & SYSBOOT_AIRCR_PRIGROUP;

    sysboot_core_dsb();
    sysboot_hw_write(SYSBOOT_SCB_AIRCR, SYSBOOT_AIRCR_VECTKEY | prigroup | SYSBOOT_AIRCR_SYSRESETREQ);
    sysboot_core_dsb();
    for (;;) {
        /* the reset takes a few cycles to arrive */
    }
}

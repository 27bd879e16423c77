/*
 * Resets: the system reset the library causes, and the reset-cause flags,
 * sticky until RMVF: the library clears them before the resets it causes
 * and before it leaves for the ROM, so that what sysboot_early() reads
 * belongs to the last reset only.
 */
#include "line.h"
#include "core_regs.h"
#include "hw.h"

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

void sysboot_reset_flags_clear(const sysboot_device *d)
{
    const sysboot_profile *p = sysboot_facts(d);

    if (p->reset_reg != 0u && p->reset_clear_mask != 0u)
        sysboot_hw_set_bits(p->reset_reg, p->reset_clear_mask);
}

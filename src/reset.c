/*
 * The system reset the library causes (reset.h).
 */
#include "reset.h"
#include "core_regs.h"

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

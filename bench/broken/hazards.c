/*
 * A deliberately broken sysboot_hazards(), written for the bench: it reads
 * the watchdog registers but not the option bytes, so a hardware IWDG (the
 * one that ends every ROM session) goes unreported. It replaces the
 * library's (weakened) definition; the hazards scenario with --hw-iwdg must
 * FAIL.
 */
#include "peripherals.h"
#include "hw.h"

#include <stddef.h>

uint32_t sysboot_hazards(const sysboot_device *d)
{
    const sysboot_watchdog *w;
    uint32_t hazards = 0u;

    if (d == NULL)
        return 0u;
    w = sysboot_watchdog_of(d);
    if (w->iwdg_on_mask != 0u &&
        (sysboot_hw_read(w->iwdg_base + SYSBOOT_IWDG_SR) & w->iwdg_on_mask) != 0u)
        hazards |= SYSBOOT_HAZARD_IWDG_RUNNING;
    if (w->wwdg_base != 0u &&
        (sysboot_hw_read(w->wwdg_base + SYSBOOT_WWDG_CR) & SYSBOOT_WWDG_WDGA) != 0u)
        hazards |= SYSBOOT_HAZARD_WWDG;
    return hazards;
}

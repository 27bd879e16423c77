/*
 * Watchdogs at the hand-over (docs/failure-modes.md). The ROM feeds none, so the
 * application is told what runs (sysboot_hazards), and the library's own
 * waits keep what runs fed without ever causing a reset themselves. The same
 * call tells a flash the ROM would hand out (read protection level 0).
 */
#include "peripherals.h"
#include "hw.h"

#include <stddef.h>

#define SYSBOOT_WATCHDOG_ROW(key, iwdg_base, iwdg_window, iwdg_on_mask,                 \
                             hw_iwdg_reg, hw_iwdg_mask, hw_iwdg_on,                     \
                             wwdg_base, hw_wwdg_reg, hw_wwdg_mask, hw_wwdg_on, source)  \
    [SYSBOOT_PROFILE_##key] = { iwdg_base, iwdg_window, iwdg_on_mask,                   \
                                { hw_iwdg_reg, hw_iwdg_mask, hw_iwdg_on },              \
                                wwdg_base, { hw_wwdg_reg, hw_wwdg_mask, hw_wwdg_on } },

/* Profiles without a row (a bench board's) get zeros: no watchdog known. */
static const sysboot_watchdog sysboot_watchdogs[SYSBOOT_PROFILE_COUNT] = {
#define SYSBOOT_WATCHDOG SYSBOOT_WATCHDOG_ROW
#include "data_rows.h"
};

const sysboot_watchdog *sysboot_watchdog_of(const sysboot_device *d)
{
    return &sysboot_watchdogs[SYSBOOT_PROFILE_INDEX(d)];
}

static int option_set(const sysboot_field *f)
{
    return f->reg != 0u && (sysboot_hw_read(f->reg) & f->mask) == f->value;
}

/* A reload while the counter is above IWDG_WINR resets the chip, and the
 * counter cannot be read: with a window set, no refresh is safe. Inlined:
 * a line without a window folds it to 0 instead of calling it. */
static SYSBOOT_ALWAYS_INLINE int iwdg_window_set(const sysboot_watchdog *w)
{
    uint32_t window, reload;

    if (w->iwdg_base == 0u || w->iwdg_window == 0u)
        return 0;
    window = sysboot_hw_read(w->iwdg_base + SYSBOOT_IWDG_WINR) & SYSBOOT_IWDG_COUNTER;
    reload = sysboot_hw_read(w->iwdg_base + SYSBOOT_IWDG_RLR) & SYSBOOT_IWDG_COUNTER;
    return window < reload;
}

uint32_t sysboot_hazards(const sysboot_device *d)
{
    const sysboot_watchdog *w;
    const sysboot_field *rdp;
    uint32_t hazards = 0u;

    if (d == NULL)
        return 0u;
    w = sysboot_watchdog_of(d);
    if (option_set(&w->hw_iwdg))
        hazards |= SYSBOOT_HAZARD_HW_IWDG | SYSBOOT_HAZARD_IWDG_RUNNING;
    if (w->iwdg_on_mask != 0u &&
        (sysboot_hw_read(w->iwdg_base + SYSBOOT_IWDG_SR) & w->iwdg_on_mask) != 0u)
        hazards |= SYSBOOT_HAZARD_IWDG_RUNNING;
    if (iwdg_window_set(w))
        hazards |= SYSBOOT_HAZARD_IWDG_WINDOW;
    if (w->wwdg_base != 0u &&
        (sysboot_hw_read(w->wwdg_base + SYSBOOT_WWDG_CR) & SYSBOOT_WWDG_WDGA) != 0u)
        hazards |= SYSBOOT_HAZARD_WWDG;
    if (option_set(&w->hw_wwdg))
        hazards |= SYSBOOT_HAZARD_HW_WWDG;
    /* the field's facts by value: a build that names its line folds them */
    rdp = sysboot_rdp_open(d);
    if (rdp->reg != 0u && (sysboot_hw_read(rdp->reg) & rdp->mask) == rdp->value)
        hazards |= SYSBOOT_HAZARD_FLASH_READABLE;
    return hazards;
}

void sysboot_watchdog_service(const sysboot_device *d)
{
    const sysboot_watchdog *w = sysboot_watchdog_of(d);

    /* A software-started IWDG is invisible without ONF; a reload of a
     * stopped IWDG does nothing (only 0xCCCC starts it), so refresh unless
     * it is known to be off or its window makes a refresh unsafe. */
    if (w->iwdg_base != 0u && !iwdg_window_set(w) &&
        (w->iwdg_on_mask == 0u ||
         (sysboot_hw_read(w->iwdg_base + SYSBOOT_IWDG_SR) & w->iwdg_on_mask) != 0u))
        sysboot_hw_write(w->iwdg_base + SYSBOOT_IWDG_KR, SYSBOOT_IWDG_REFRESH);
    if (w->wwdg_base != 0u) {
        uint32_t cr = sysboot_hw_read(w->wwdg_base + SYSBOOT_WWDG_CR);
        uint32_t window = sysboot_hw_read(w->wwdg_base + SYSBOOT_WWDG_CFR) & SYSBOOT_WWDG_COUNTER;
        /* A write while the counter is above the window resets at once:
         * refresh only below it, to the longest timeout. */
        if ((cr & SYSBOOT_WWDG_WDGA) != 0u && (cr & SYSBOOT_WWDG_COUNTER) < window)
            sysboot_hw_write(w->wwdg_base + SYSBOOT_WWDG_CR,
                             SYSBOOT_WWDG_WDGA | SYSBOOT_WWDG_COUNTER);
    }
}

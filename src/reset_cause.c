/*
 * What the last reset was, from the profile's reset-cause register. The
 * flags are sticky until RMVF: the library clears them before the resets
 * it causes and before it leaves for the ROM, so that what sysboot_early()
 * reads belongs to the last reset only.
 */
#include "internal.h"
#include "profile_index.h"
#include "hw.h"

#define SYSBOOT_POWER_ON_ROW(key, mask, source) [SYSBOOT_PROFILE_##key] = mask,

/* Flags a power-on or brown-out reset sets; 0: the profile names none. */
static const uint32_t sysboot_power_on_flags[SYSBOOT_PROFILE_COUNT] = {
#define SYSBOOT_POWER_ON SYSBOOT_POWER_ON_ROW
#include "data_rows.h"
};

int sysboot_reset_was_software(const sysboot_profile *p)
{
    return p->reset_reg != 0u && (sysboot_hw_read(p->reset_reg) & p->reset_sw_mask) != 0u;
}

int sysboot_reset_was_power_on(const sysboot_device *d)
{
    const sysboot_profile *p = sysboot_profile_of(d);
    uint32_t flags = sysboot_power_on_flags[d->profile];

    return flags != 0u && p->reset_reg != 0u && (sysboot_hw_read(p->reset_reg) & flags) != 0u;
}

void sysboot_reset_flags_clear(const sysboot_profile *p)
{
    if (p->reset_reg != 0u && p->reset_clear_mask != 0u)
        sysboot_hw_set_bits(p->reset_reg, p->reset_clear_mask);
}

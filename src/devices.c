/*
 * The firmware's device table, expanded from data/stm32.def. A build keeps
 * only what it runs on: -DSYSBOOT_ONLY_SERIES=SYSBOOT_SERIES_F4 keeps one
 * series; -DSYSBOOT_DEV_ID=0x413 keeps one row (add SYSBOOT_ONLY_SERIES to
 * drop the other families' profiles too); -DSYSBOOT_WITH_NAMES=1 keeps the
 * product names.
 * Test builds may put rows of their own first with
 * -DSYSBOOT_EXTRA_DEF="path.def" (the QEMU bench describes its boards so).
 */
#include "internal.h"
#include "profile_index.h"

#include <stddef.h>

#if defined(SYSBOOT_WITH_NAMES) && SYSBOOT_WITH_NAMES
#define SYSBOOT_NAME_INIT(name) , name
#else
#define SYSBOOT_NAME_INIT(name)
#endif

#define SYSBOOT_PROFILE_ROW(key, core, remap_kind, remap_reg, remap_mask, remap_value,     \
                            clk_reg, clk_mask, rst_reg, rst_sw, rst_clear,                \
                            rdp_reg, rdp_mask, rdp_l2, tz_reg, tz_mask, tz_on,            \
                            db_reg, db_mask, db_on, empty_reg, empty_mask, source)        \
    /* remap_kind is for readers: the remap register, or none, says it all */ \
    { core, { remap_reg, remap_mask, remap_value },                                       \
      clk_reg, clk_mask, rst_reg, rst_sw, rst_clear,                                      \
      { rdp_reg, rdp_mask, rdp_l2 }, { tz_reg, tz_mask, tz_on },                          \
      { db_reg, db_mask, db_on }, empty_reg, empty_mask },

static const sysboot_profile sysboot_profiles[SYSBOOT_PROFILE_COUNT] = {
#define SYSBOOT_PROFILE SYSBOOT_PROFILE_ROW
#include "data_rows.h"
};

#define SYSBOOT_DEVICE_ROW(dev_id, series, profile, name, sysmem_base, sysmem_size,        \
                           bootloader, sram_base, sram_size, flags, interfaces, source)   \
    { sysmem_base, bootloader, sram_base, sram_size, sysmem_size, dev_id, flags,          \
      SYSBOOT_SERIES_##series, SYSBOOT_PROFILE_##profile, interfaces                      \
      SYSBOOT_NAME_INIT(name) },

#if defined(SYSBOOT_DEV_ID)
/* A build that knows its part keeps that row only (the table shrinks to
 * one entry); an unknown SYSBOOT_DEV_ID is a compile error. */
#define SYSBOOT_PICK_ROW(dev_id, series, profile, name, sysmem_base, sysmem_size,          \
                         bootloader, sram_base, sram_size, flags, interfaces, source)     \
    ((dev_id) == (SYSBOOT_DEV_ID)) ? SYSBOOT_PICK(sysmem_base, bootloader, sram_base,     \
        sram_size, sysmem_size, dev_id, flags, SYSBOOT_SERIES_##series,                    \
        SYSBOOT_PROFILE_##profile, interfaces, name) :
#define SYSBOOT_FIELD_SYSMEM_BASE(b, l, r, s, m, i, f, e, p, n, a) b
#define SYSBOOT_FIELD_BOOTLOADER(b, l, r, s, m, i, f, e, p, n, a) l
#define SYSBOOT_FIELD_SRAM_BASE(b, l, r, s, m, i, f, e, p, n, a) r
#define SYSBOOT_FIELD_SRAM_SIZE(b, l, r, s, m, i, f, e, p, n, a) s
#define SYSBOOT_FIELD_SYSMEM_SIZE(b, l, r, s, m, i, f, e, p, n, a) m
#define SYSBOOT_FIELD_DEV_ID(b, l, r, s, m, i, f, e, p, n, a) i
#define SYSBOOT_FIELD_FLAGS(b, l, r, s, m, i, f, e, p, n, a) f
#define SYSBOOT_FIELD_SERIES(b, l, r, s, m, i, f, e, p, n, a) e
#define SYSBOOT_FIELD_PROFILE(b, l, r, s, m, i, f, e, p, n, a) p
#define SYSBOOT_FIELD_INTERFACES(b, l, r, s, m, i, f, e, p, n, a) n
#define SYSBOOT_FIELD_NAME(b, l, r, s, m, i, f, e, p, n, a) a

enum {
    SYSBOOT_PICKED_DEV_ID =
#define SYSBOOT_PICK SYSBOOT_FIELD_DEV_ID
#include "device_pick.h"
#undef SYSBOOT_PICK
};
typedef char sysboot_dev_id_must_be_in_the_database[SYSBOOT_PICKED_DEV_ID == (SYSBOOT_DEV_ID) ? 1 : -1];

static const sysboot_device sysboot_devices[1] = { {
#define SYSBOOT_PICK SYSBOOT_FIELD_SYSMEM_BASE
#include "device_pick.h"
#undef SYSBOOT_PICK
    ,
#define SYSBOOT_PICK SYSBOOT_FIELD_BOOTLOADER
#include "device_pick.h"
#undef SYSBOOT_PICK
    ,
#define SYSBOOT_PICK SYSBOOT_FIELD_SRAM_BASE
#include "device_pick.h"
#undef SYSBOOT_PICK
    ,
#define SYSBOOT_PICK SYSBOOT_FIELD_SRAM_SIZE
#include "device_pick.h"
#undef SYSBOOT_PICK
    ,
#define SYSBOOT_PICK SYSBOOT_FIELD_SYSMEM_SIZE
#include "device_pick.h"
#undef SYSBOOT_PICK
    ,
    SYSBOOT_PICKED_DEV_ID,
#define SYSBOOT_PICK SYSBOOT_FIELD_FLAGS
#include "device_pick.h"
#undef SYSBOOT_PICK
    ,
#define SYSBOOT_PICK SYSBOOT_FIELD_SERIES
#include "device_pick.h"
#undef SYSBOOT_PICK
    ,
#define SYSBOOT_PICK SYSBOOT_FIELD_PROFILE
#include "device_pick.h"
#undef SYSBOOT_PICK
    ,
#define SYSBOOT_PICK SYSBOOT_FIELD_INTERFACES
#include "device_pick.h"
#undef SYSBOOT_PICK
#if defined(SYSBOOT_WITH_NAMES) && SYSBOOT_WITH_NAMES
    ,
#define SYSBOOT_PICK SYSBOOT_FIELD_NAME
#include "device_pick.h"
#undef SYSBOOT_PICK
#endif
} };
#else
static const sysboot_device sysboot_devices[] = {
#define SYSBOOT_DEVICE SYSBOOT_DEVICE_ROW
#include "data_rows.h"
};
#endif

#define SYSBOOT_IDCODE_ROW(mask, value, addr, source) { mask, value, addr },

static const sysboot_idcode_site sysboot_idcode_table[] = {
#define SYSBOOT_IDCODE SYSBOOT_IDCODE_ROW
#include "data_rows.h"
};

const sysboot_device *sysboot_lookup(uint32_t dev_id)
{
    size_t i;
    for (i = 0; i < sizeof sysboot_devices / sizeof sysboot_devices[0]; i++) {
        if (sysboot_devices[i].dev_id == dev_id)
            return &sysboot_devices[i];
    }
    return NULL;
}

const sysboot_profile *sysboot_profile_of(const sysboot_device *d)
{
    return &sysboot_profiles[d->profile];
}

const sysboot_idcode_site *sysboot_idcode_sites(unsigned *count)
{
    *count = (unsigned)(sizeof sysboot_idcode_table / sizeof sysboot_idcode_table[0]);
    return sysboot_idcode_table;
}

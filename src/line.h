/*
 * The line this build runs on, and the facts of it the library reads.
 *
 * A build that names its line at compile time (the project's CMSIS device
 * macro through lines.h, or -DSYSBOOT_DEV_ID) is TARGETED: every fact below
 * is a constant picked from data/stm32.def by the preprocessor, so the
 * compiler folds it into the code and links no table. A build without one
 * (or with -DSYSBOOT_UNIVERSAL) identifies the chip at run time and reads
 * the facts from the tables of devices.c.
 *
 * The accessors take the identified row `d` in both builds; a targeted build
 * ignores it (only the one line can be there).
 */
#ifndef SYSBOOT_LINE_H
#define SYSBOOT_LINE_H

#include "lines.h"
#include "internal.h"
#include "profile_index.h"

#if defined(SYSBOOT_DEV_ID)
#define SYSBOOT_TARGETED 1

/* One field of the build's device row (device_pick.h), by selector. */
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
    SYSBOOT_LINE_DEV_ID =
#define SYSBOOT_PICK SYSBOOT_FIELD_DEV_ID
#include "device_pick.h"
#undef SYSBOOT_PICK
    ,
    SYSBOOT_LINE_PROFILE =
#define SYSBOOT_PICK SYSBOOT_FIELD_PROFILE
#include "device_pick.h"
#undef SYSBOOT_PICK
};
/* A DEV_ID the database does not know is a compile error, not a guess. */
typedef char sysboot_dev_id_must_be_in_the_database[SYSBOOT_LINE_DEV_ID == (SYSBOOT_DEV_ID) ? 1 : -1];

/* One value of a per-profile row kind (key, value, source) for the line's profile. */
#define SYSBOOT_PICK_KEYED(key, value, source) ((int)SYSBOOT_PROFILE_##key == (int)SYSBOOT_LINE_PROFILE) ? (value) :

static inline const sysboot_device *sysboot_row(const sysboot_device *d)
{
    static const sysboot_device row = {
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
        SYSBOOT_LINE_DEV_ID,
#define SYSBOOT_PICK SYSBOOT_FIELD_FLAGS
#include "device_pick.h"
#undef SYSBOOT_PICK
        ,
#define SYSBOOT_PICK SYSBOOT_FIELD_SERIES
#include "device_pick.h"
#undef SYSBOOT_PICK
        ,
        SYSBOOT_LINE_PROFILE,
#define SYSBOOT_PICK SYSBOOT_FIELD_INTERFACES
#include "device_pick.h"
#undef SYSBOOT_PICK
#if defined(SYSBOOT_WITH_NAMES) && SYSBOOT_WITH_NAMES
        ,
#define SYSBOOT_PICK SYSBOOT_FIELD_NAME
#include "device_pick.h"
#undef SYSBOOT_PICK
#endif
    };
    (void)d;
    return &row;
}

/* The line's profile row, picked the same way (profile_pick.h). */
#define SYSBOOT_PICK_PROFILE_ROW(key, core, kind, remap_reg, remap_mask, remap_value,       \
                                 clk_reg, clk_mask, rst_reg, rst_sw, rst_clear,            \
                                 rdp_reg, rdp_mask, rdp_l2, tz_reg, tz_mask, tz_on,        \
                                 db_reg, db_mask, db_on, empty_reg, empty_mask, source)    \
    ((int)SYSBOOT_PROFILE_##key == (int)SYSBOOT_LINE_PROFILE) ? SYSBOOT_PICK(core, remap_reg,       \
        remap_mask, remap_value, clk_reg, clk_mask, rst_reg, rst_sw, rst_clear, rdp_reg,   \
        rdp_mask, rdp_l2, tz_reg, tz_mask, tz_on, db_reg, db_mask, db_on, empty_reg,       \
        empty_mask) :
#define SYSBOOT_P_CORE(c, a, b, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t) c
#define SYSBOOT_P_REMAP_REG(c, a, b, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t) a
#define SYSBOOT_P_REMAP_MASK(c, a, b, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t) b
#define SYSBOOT_P_REMAP_VALUE(c, a, b, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t) d
#define SYSBOOT_P_CLK_REG(c, a, b, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t) e
#define SYSBOOT_P_CLK_MASK(c, a, b, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t) f
#define SYSBOOT_P_RST_REG(c, a, b, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t) g
#define SYSBOOT_P_RST_SW(c, a, b, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t) h
#define SYSBOOT_P_RST_CLEAR(c, a, b, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t) i
#define SYSBOOT_P_RDP_REG(c, a, b, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t) j
#define SYSBOOT_P_RDP_MASK(c, a, b, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t) k
#define SYSBOOT_P_RDP_L2(c, a, b, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t) l
#define SYSBOOT_P_TZ_REG(c, a, b, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t) m
#define SYSBOOT_P_TZ_MASK(c, a, b, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t) n
#define SYSBOOT_P_TZ_ON(c, a, b, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t) o
#define SYSBOOT_P_DB_REG(c, a, b, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t) p
#define SYSBOOT_P_DB_MASK(c, a, b, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t) q
#define SYSBOOT_P_DB_ON(c, a, b, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t) r
#define SYSBOOT_P_EMPTY_REG(c, a, b, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t) s
#define SYSBOOT_P_EMPTY_MASK(c, a, b, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t) t

static inline const sysboot_profile *sysboot_facts(const sysboot_device *d)
{
    static const sysboot_profile facts = {
#define SYSBOOT_PICK SYSBOOT_P_CORE
#include "profile_pick.h"
#undef SYSBOOT_PICK
        , {
#define SYSBOOT_PICK SYSBOOT_P_REMAP_REG
#include "profile_pick.h"
#undef SYSBOOT_PICK
        ,
#define SYSBOOT_PICK SYSBOOT_P_REMAP_MASK
#include "profile_pick.h"
#undef SYSBOOT_PICK
        ,
#define SYSBOOT_PICK SYSBOOT_P_REMAP_VALUE
#include "profile_pick.h"
#undef SYSBOOT_PICK
        },
#define SYSBOOT_PICK SYSBOOT_P_CLK_REG
#include "profile_pick.h"
#undef SYSBOOT_PICK
        ,
#define SYSBOOT_PICK SYSBOOT_P_CLK_MASK
#include "profile_pick.h"
#undef SYSBOOT_PICK
        ,
#define SYSBOOT_PICK SYSBOOT_P_RST_REG
#include "profile_pick.h"
#undef SYSBOOT_PICK
        ,
#define SYSBOOT_PICK SYSBOOT_P_RST_SW
#include "profile_pick.h"
#undef SYSBOOT_PICK
        ,
#define SYSBOOT_PICK SYSBOOT_P_RST_CLEAR
#include "profile_pick.h"
#undef SYSBOOT_PICK
        , {
#define SYSBOOT_PICK SYSBOOT_P_RDP_REG
#include "profile_pick.h"
#undef SYSBOOT_PICK
        ,
#define SYSBOOT_PICK SYSBOOT_P_RDP_MASK
#include "profile_pick.h"
#undef SYSBOOT_PICK
        ,
#define SYSBOOT_PICK SYSBOOT_P_RDP_L2
#include "profile_pick.h"
#undef SYSBOOT_PICK
        }, {
#define SYSBOOT_PICK SYSBOOT_P_TZ_REG
#include "profile_pick.h"
#undef SYSBOOT_PICK
        ,
#define SYSBOOT_PICK SYSBOOT_P_TZ_MASK
#include "profile_pick.h"
#undef SYSBOOT_PICK
        ,
#define SYSBOOT_PICK SYSBOOT_P_TZ_ON
#include "profile_pick.h"
#undef SYSBOOT_PICK
        }, {
#define SYSBOOT_PICK SYSBOOT_P_DB_REG
#include "profile_pick.h"
#undef SYSBOOT_PICK
        ,
#define SYSBOOT_PICK SYSBOOT_P_DB_MASK
#include "profile_pick.h"
#undef SYSBOOT_PICK
        ,
#define SYSBOOT_PICK SYSBOOT_P_DB_ON
#include "profile_pick.h"
#undef SYSBOOT_PICK
        },
#define SYSBOOT_PICK SYSBOOT_P_EMPTY_REG
#include "profile_pick.h"
#undef SYSBOOT_PICK
        ,
#define SYSBOOT_PICK SYSBOOT_P_EMPTY_MASK
#include "profile_pick.h"
#undef SYSBOOT_PICK
    };
    (void)d;
    return &facts;
}

/* The flags a power-on or brown-out reset sets in the reset-cause register. */
static inline uint32_t sysboot_power_on_mask(const sysboot_device *d)
{
    (void)d;
    return (
#define SYSBOOT_POWER_ON SYSBOOT_PICK_KEYED
#include "data_rows.h"
        0u);
}

/* Where the CPU reads the line's DBGMCU_IDCODE; 0 = nowhere. */
static inline uint32_t sysboot_idcode_addr(const sysboot_device *d)
{
    (void)d;
    return (
#define SYSBOOT_DBGMCU SYSBOOT_PICK_KEYED
#include "data_rows.h"
        0u);
}

/* The line's read-protection level-0 field (SYSBOOT_RDP_OPEN); reg 0: none known. */
static inline const sysboot_field *sysboot_rdp_open(const sysboot_device *d)
{
    static const sysboot_field level0 = {
        (
#define SYSBOOT_RDP_OPEN(key, reg, mask, value, source) SYSBOOT_PICK_KEYED(key, reg, source)
#include "data_rows.h"
        0u), (
#define SYSBOOT_RDP_OPEN(key, reg, mask, value, source) SYSBOOT_PICK_KEYED(key, mask, source)
#include "data_rows.h"
        0u), (
#define SYSBOOT_RDP_OPEN(key, reg, mask, value, source) SYSBOOT_PICK_KEYED(key, value, source)
#include "data_rows.h"
        0u)
    };
    (void)d;
    return &level0;
}

#else /* universal */
#define SYSBOOT_TARGETED 0

extern const sysboot_profile sysboot_profiles[SYSBOOT_PROFILE_COUNT];
extern const uint32_t sysboot_power_on_flags[SYSBOOT_PROFILE_COUNT];
extern const sysboot_field sysboot_rdp_opens[SYSBOOT_PROFILE_COUNT];

static inline const sysboot_device *sysboot_row(const sysboot_device *d)
{
    return d;
}

static inline const sysboot_profile *sysboot_facts(const sysboot_device *d)
{
    return &sysboot_profiles[d->profile];
}

static inline uint32_t sysboot_power_on_mask(const sysboot_device *d)
{
    return sysboot_power_on_flags[d->profile];
}

static inline const sysboot_field *sysboot_rdp_open(const sysboot_device *d)
{
    return &sysboot_rdp_opens[d->profile];
}
#endif

/* The row pointer a targeted build hands from the verdict to the actions:
 * only told apart from NULL, never read through (the accessors above ignore
 * it), so no row object is linked for it. */
#if SYSBOOT_TARGETED
#define SYSBOOT_THIS_LINE ((const sysboot_device *)(uintptr_t)sizeof(sysboot_device))
#endif

/* The line's profile index (per-profile tables): a constant when targeted. */
#if SYSBOOT_TARGETED
#define SYSBOOT_PROFILE_INDEX(d) ((void)(d), SYSBOOT_LINE_PROFILE)
#else
#define SYSBOOT_PROFILE_INDEX(d) ((d)->profile)
#endif

#endif /* SYSBOOT_LINE_H */

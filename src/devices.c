/*
 * The universal build's tables, expanded from data/stm32.def: the device
 * rows, the profiles, the IDCODE sites, the power-on flags and the
 * read-protection level-0 fields, for run-time identification.
 * -DSYSBOOT_ONLY_SERIES=SYSBOOT_SERIES_F4 keeps one series;
 * -DSYSBOOT_WITH_NAMES=1 keeps the product names. A build that names its
 * line (device macro or SYSBOOT_DEV_ID) has no tables: line.h folds them.
 * Test builds may put rows of their own first with
 * -DSYSBOOT_EXTRA_DEF="path.def" (the QEMU bench describes its boards so).
 */
#include "line.h"

#include <stddef.h>

#if !SYSBOOT_TARGETED

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

const sysboot_profile sysboot_profiles[SYSBOOT_PROFILE_COUNT] = {
#define SYSBOOT_PROFILE SYSBOOT_PROFILE_ROW
#include "data_rows.h"
};

#define SYSBOOT_DEVICE_ROW(dev_id, series, profile, name, sysmem_base, sysmem_size,        \
                           bootloader, sram_base, sram_size, flags, interfaces, source)   \
    { sysmem_base, bootloader, sram_base, sram_size, sysmem_size, dev_id, flags,          \
      SYSBOOT_SERIES_##series, SYSBOOT_PROFILE_##profile, interfaces                      \
      SYSBOOT_NAME_INIT(name) },

static const sysboot_device sysboot_devices[] = {
#define SYSBOOT_DEVICE SYSBOOT_DEVICE_ROW
#include "data_rows.h"
};

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

const sysboot_idcode_site *sysboot_idcode_sites(unsigned *count)
{
    *count = (unsigned)(sizeof sysboot_idcode_table / sizeof sysboot_idcode_table[0]);
    return sysboot_idcode_table;
}

#define SYSBOOT_POWER_ON_ROW(key, mask, source) [SYSBOOT_PROFILE_##key] = mask,

/* Flags a power-on or brown-out reset sets; 0: the profile names none. */
const uint32_t sysboot_power_on_flags[SYSBOOT_PROFILE_COUNT] = {
#define SYSBOOT_POWER_ON SYSBOOT_POWER_ON_ROW
#include "data_rows.h"
};

#define SYSBOOT_RDP_OPEN_ROW(key, reg, mask, value, source) [SYSBOOT_PROFILE_##key] = { reg, mask, value },

/* Read protection at level 0 (sysboot_hazards); reg 0: no test known. */
const sysboot_field sysboot_rdp_opens[SYSBOOT_PROFILE_COUNT] = {
#define SYSBOOT_RDP_OPEN SYSBOOT_RDP_OPEN_ROW
#include "data_rows.h"
};

/* The SRAM each line's ROM uses for itself (SYSBOOT_ROM_RAM), compact: the
 * block it starts in (SRAM at 0x20000000, or the H7's AXI SRAM at
 * 0x24000000, bit 15 of the key), then first and end in 256-byte units from
 * that block's start (every row starts at one and spans at most 208 KiB:
 * host/tests/test_database.c). */
typedef struct {
    uint16_t key;       /* DEV_ID | SYSBOOT_ROM_RAM_AXI */
    uint16_t first;
    uint16_t end;
} sysboot_rom_ram_row;

#define SYSBOOT_ROM_RAM_AXI 0x8000u
#define SYSBOOT_ROM_RAM_BLOCK(addr) ((uint32_t)(addr) >= 0x24000000u ? 0x24000000u : 0x20000000u)
#define SYSBOOT_ROM_RAM_UNITS(addr, block) (uint16_t)(((uint32_t)(addr) - (block)) >> 8)
#define SYSBOOT_ROM_RAM_ROW(dev_id, first, end, source)                                     \
    { (uint16_t)((dev_id) | (SYSBOOT_ROM_RAM_BLOCK(first) == 0x24000000u ? SYSBOOT_ROM_RAM_AXI : 0u)), \
      SYSBOOT_ROM_RAM_UNITS(first, SYSBOOT_ROM_RAM_BLOCK(first)),                           \
      SYSBOOT_ROM_RAM_UNITS(end, SYSBOOT_ROM_RAM_BLOCK(first)) },

static const sysboot_rom_ram_row sysboot_rom_rams[] = {
#define SYSBOOT_ROM_RAM SYSBOOT_ROM_RAM_ROW
#include "data_rows.h"
    { 0u, 0u, 0u }
};

int sysboot_record_in_rom_ram(const sysboot_device *d, uint32_t at)
{
    const sysboot_rom_ram_row *r;

    for (r = sysboot_rom_rams; r->key != 0u; r++) {
        uint32_t block = (r->key & SYSBOOT_ROM_RAM_AXI) != 0u ? 0x24000000u : 0x20000000u;
        uint32_t units = (at - block) >> 8;
        if ((r->key & ~SYSBOOT_ROM_RAM_AXI) == d->dev_id && units - r->first < (uint32_t)(r->end - r->first))
            return 1;
    }
    return 0;
}

#else
typedef int sysboot_no_tables; /* a build that names its line folds its facts (line.h) */
#endif

/* The device and profile tables, expanded from data/stm32.def. */
#include "device_table.h"

#include <string.h>

#include "part_match.h"
#include "sysboot.h"

const struct device_row device_rows[] = {
#define SYSBOOT_DEVICE(dev_id, series, profile, name, sysmem_base, sysmem_size, \
                       bootloader, sram_base, sram_size, flags, interfaces, source) \
    { dev_id, #series, #profile, name, sysmem_base, sysmem_size, \
      bootloader, sram_base, sram_size, flags, interfaces, source },
#include "stm32.def"
};
const size_t device_row_count = sizeof device_rows / sizeof device_rows[0];

const struct profile_row profile_rows[] = {
#define SYSBOOT_PROFILE(key, core, remap_kind, remap_reg, remap_mask, remap_value, \
                        remap_clk_reg, remap_clk_mask, rst_reg, rst_sw_mask, \
                        rst_clear_mask, rdp_reg, rdp_mask, rdp_level2, tz_reg, \
                        tz_mask, tz_on, dualboot_reg, dualboot_mask, dualboot_on, \
                        empty_reg, empty_mask, source) \
    { #key, core, #remap_kind, source, rst_reg, rdp_reg, tz_reg, dualboot_reg, empty_reg },
#include "stm32.def"
};
const size_t profile_row_count = sizeof profile_rows / sizeof profile_rows[0];

const struct rom_ram_row rom_ram_rows[] = {
#define SYSBOOT_ROM_RAM(dev_id, first, end, source) { dev_id, first, end, source },
#include "stm32.def"
};
const size_t rom_ram_row_count = sizeof rom_ram_rows / sizeof rom_ram_rows[0];

const struct flash_row flash_rows[] = {
#define SYSBOOT_FLASH(dev_id, base, size, layout, erase_cmd, prog_unit, erased_boot, source) \
    { dev_id, base, size, layout, erase_cmd, prog_unit, #erased_boot, source },
#include "stm32.def"
};
const size_t flash_row_count = sizeof flash_rows / sizeof flash_rows[0];

const struct flash_row *flash_row_by_id(uint32_t dev_id)
{
    size_t i;

    for (i = 0; i < flash_row_count; i++)
        if (flash_rows[i].dev_id == dev_id)
            return &flash_rows[i];
    return NULL;
}

const char *flash_interrupted_text(const char *erased_boot)
{
    if (strcmp(erased_boot, "NEEDS_BOOT0") == 0)
        return "an erased vector table and no empty check: the chip runs nothing until it is reset "
               "with BOOT0 high";
    if (strcmp(erased_boot, "EMPTY_CHECK") == 0)
        return "an erased first word: the empty check boots the ROM at the next power-on, and every "
               "reset returns there until a power-on after a good update";
    return "an erased first word: the empty check boots the ROM at the next power-on (the ROM clears "
           "the flag, so later resets run the flash again)";
}

const struct flash_base_row flash_base_rows[] = {
#define SYSBOOT_FLASH_BASE(profile, base, source) { #profile, base, source },
#include "stm32.def"
};
const size_t flash_base_row_count = sizeof flash_base_rows / sizeof flash_base_rows[0];

const struct profile_row *device_profile(const struct device_row *row)
{
    size_t i;

    for (i = 0; i < profile_row_count; i++)
        if (strcmp(profile_rows[i].key, row->profile) == 0)
            return &profile_rows[i];
    return NULL;
}

const struct flash_base_row *device_flash_base(const struct device_row *row)
{
    size_t i;

    for (i = 0; i < flash_base_row_count; i++)
        if (strcmp(flash_base_rows[i].profile, row->profile) == 0)
            return &flash_base_rows[i];
    return NULL;
}

const char *core_name(uint32_t core)
{
    switch (core) {
    case SYSBOOT_CORE_M0:  return "Cortex-M0";
    case SYSBOOT_CORE_M0P: return "Cortex-M0+";
    case SYSBOOT_CORE_M3:  return "Cortex-M3";
    case SYSBOOT_CORE_M4:  return "Cortex-M4";
    case SYSBOOT_CORE_M7:  return "Cortex-M7";
    case SYSBOOT_CORE_M33: return "Cortex-M33";
    case SYSBOOT_CORE_M55: return "Cortex-M55";
    default:               return "unknown";
    }
}

const struct device_row *device_by_id(uint32_t dev_id)
{
    size_t i;

    for (i = 0; i < device_row_count; i++)
        if (device_rows[i].dev_id == dev_id)
            return &device_rows[i];
    return NULL;
}

struct named_bit {
    unsigned bit;
    const char *name;
};

static const char *bits_text(unsigned bits, const struct named_bit *names, size_t count,
                             char *buffer, size_t size)
{
    size_t i;
    size_t used = 0;

    if (size == 0)
        return "";
    buffer[0] = '\0';
    for (i = 0; i < count; i++) {
        size_t length;
        if ((bits & names[i].bit) == 0)
            continue;
        length = strlen(names[i].name);
        if (used + length + 2 > size)
            break;
        if (used > 0)
            buffer[used++] = '+';
        memcpy(buffer + used, names[i].name, length + 1);
        used += length;
    }
    return used > 0 ? buffer : "-";
}

const char *interfaces_text(unsigned interfaces, char *buffer, size_t size)
{
    static const struct named_bit names[] = {
        { SYSBOOT_IF_USART, "USART" }, { SYSBOOT_IF_USB_DFU, "USB_DFU" },
        { SYSBOOT_IF_CAN, "CAN" },     { SYSBOOT_IF_FDCAN, "FDCAN" },
        { SYSBOOT_IF_I2C, "I2C" },     { SYSBOOT_IF_SPI, "SPI" },
        { SYSBOOT_IF_I3C, "I3C" },
    };
    return bits_text(interfaces, names, sizeof names / sizeof names[0], buffer, size);
}

const char *flags_text(unsigned flags, char *buffer, size_t size)
{
    static const struct named_bit names[] = {
        { SYSBOOT_DEV_BOUNCES, "BOUNCES" },
        { SYSBOOT_DEV_DUAL_CORE, "DUAL_CORE" },
        { SYSBOOT_DEV_TRUSTZONE, "TRUSTZONE" },
        { SYSBOOT_DEV_NO_SW_ENTRY, "NO_SW_ENTRY" },
        { SYSBOOT_DEV_UNCONFIRMED, "UNCONFIRMED" },
        { SYSBOOT_DEV_ENTRY_UNCONFIRMED, "ENTRY_UNCONFIRMED" },
        { SYSBOOT_DEV_IDCODE_MAY_READ_0, "IDCODE_MAY_READ_0" },
    };
    return bits_text(flags, names, sizeof names / sizeof names[0], buffer, size);
}

size_t devices_matching_part(const char *query,
                             const struct device_row **matches, size_t capacity)
{
    size_t i;
    size_t found = 0;
    int best = 0;

    for (i = 0; i < device_row_count; i++) {
        int score = part_name_score(device_rows[i].name, query);
        if (score > best)
            best = score;
    }
    for (i = 0; best > 0 && i < device_row_count; i++) {
        if (part_name_score(device_rows[i].name, query) != best)
            continue;
        if (found < capacity)
            matches[found] = &device_rows[i];
        found++;
    }
    return found;
}

/* The host's view of data/stm32.def: every row, expanded by the C
 * preprocessor, plus the look-ups the commands need. */
#ifndef SYSBOOT_HOST_DEVICE_TABLE_H
#define SYSBOOT_HOST_DEVICE_TABLE_H

#include <stddef.h>
#include <stdint.h>

struct device_row {
    uint32_t dev_id;
    const char *series;       /* token after SYSBOOT_SERIES_, e.g. "F4" */
    const char *profile;      /* key of its SYSBOOT_PROFILE row */
    const char *name;
    uint32_t sysmem_base;
    uint32_t sysmem_size;
    uint32_t bootloader;
    uint32_t sram_base;
    uint32_t sram_size;
    unsigned flags;           /* SYSBOOT_DEV_* */
    unsigned interfaces;      /* SYSBOOT_IF_* */
    const char *source;
};

struct profile_row {
    const char *key;
    uint32_t core;            /* SYSBOOT_CORE_* */
    const char *remap_kind;   /* VTOR, MEMRMP or MEM_MODE */
    const char *source;
    /* 0 where the family has no such register (docs/families.md) */
    uint32_t reset_reg, rdp_reg, tz_reg, dualboot_reg, empty_reg;
};

/* [first, end): SRAM the ROM bootloader of a DEV_ID uses itself. */
struct rom_ram_row {
    uint32_t dev_id;
    uint32_t first;
    uint32_t end;
    const char *source;
};

/* The main flash of a DEV_ID as its ROM programs it (SYSBOOT_FLASH). */
struct flash_row {
    uint32_t dev_id;
    uint32_t base;
    uint32_t size;
    const char *layout;       /* DfuSe sector groups: "04*016Kg,01*064Kg,07*128Kg" */
    uint8_t erase_cmd;        /* 0x43 Erase or 0x44 Extended Erase */
    uint32_t prog_unit;       /* bytes programmed at once */
    const char *erased_boot;  /* NEEDS_BOOT0, EMPTY_CHECK or EMPTY_CHECK_CLEARED */
    const char *source;
};

/* Where the main flash of a profile's lines starts (non-secure alias);
 * base 0: no internal flash. */
struct flash_base_row {
    const char *profile;
    uint32_t base;
    const char *source;
};

extern const struct device_row device_rows[];
extern const size_t device_row_count;
extern const struct profile_row profile_rows[];
extern const size_t profile_row_count;
extern const struct rom_ram_row rom_ram_rows[];
extern const size_t rom_ram_row_count;
extern const struct flash_row flash_rows[];
extern const size_t flash_row_count;

/* The flash row of a DEV_ID, or NULL: no `sysboot flash` for that line. */
const struct flash_row *flash_row_by_id(uint32_t dev_id);
/* What an update cut short (the vector table still erased) leaves on a line
 * with this erased_boot, in one sentence. */
const char *flash_interrupted_text(const char *erased_boot);

extern const struct flash_base_row flash_base_rows[];
extern const size_t flash_base_row_count;

/* The profile named by a row, or NULL if the database lacks it. */
const struct profile_row *device_profile(const struct device_row *row);

/* The SYSBOOT_FLASH_BASE row of a row's profile, or NULL if the database lacks it. */
const struct flash_base_row *device_flash_base(const struct device_row *row);

/* "Cortex-M4" for SYSBOOT_CORE_M4; "unknown" otherwise. */
const char *core_name(uint32_t core);

/* The row of a 12-bit DEV_ID, or NULL. */
const struct device_row *device_by_id(uint32_t dev_id);

/* Rows whose name covers a part number ("STM32F407VG", "F405", "l432") most
 * closely (part_name_score): a family prefix gives all its rows, a full part
 * number the one line it belongs to. Fills up to `capacity` pointers and
 * returns how many rows matched in all. */
size_t devices_matching_part(const char *query,
                             const struct device_row **matches, size_t capacity);

/* "USART+USB_DFU+CAN" into buffer; "-" when no bit is set. */
const char *interfaces_text(unsigned interfaces, char *buffer, size_t size);
/* "BOUNCES+DUAL_CORE"; "-" when no flag is set. */
const char *flags_text(unsigned flags, char *buffer, size_t size);

#endif

/*
 * Writes docs/families.md from data/stm32.def: one summary row per series
 * (remap method, which verdicts the library can reach, ROM interfaces),
 * then each series' DEV_IDs. Host program; the .def is expanded by the C
 * preprocessor like everywhere else, so there is no second table.
 *   make -C tools families
 */
#include <stdio.h>
#include <string.h>

#include "sysboot.h"

struct profile_row {
    const char *key;
    unsigned core;
    const char *remap;
    unsigned long reset_reg, rdp_reg, tz_reg, dualboot_reg, empty_reg;
};

struct device_row {
    unsigned dev_id;
    const char *series;
    const char *profile;
    const char *name;
    unsigned flags;
    unsigned interfaces;
};

static const struct profile_row profiles[] = {
#define SYSBOOT_PROFILE(key, core, remap_kind, remap_reg, remap_mask, remap_value, clk_reg,   \
                        clk_mask, rst_reg, rst_sw, rst_clear, rdp_reg, rdp_mask, rdp_l2,      \
                        tz_reg, tz_mask, tz_on, db_reg, db_mask, db_on, empty_reg,            \
                        empty_mask, source)                                                   \
    { #key, core, #remap_kind, rst_reg, rdp_reg, tz_reg, db_reg, empty_reg },
#include "../data/stm32.def"
};

static const struct device_row devices[] = {
#define SYSBOOT_DEVICE(dev_id, series, profile, name, sysmem_base, sysmem_size, bootloader,   \
                       sram_base, sram_size, flags, interfaces, source)                       \
    { dev_id, #series, #profile, name, flags, interfaces },
#include "../data/stm32.def"
};

#define COUNT(a) (sizeof (a) / sizeof (a)[0])

static const struct profile_row *profile_of(const char *key)
{
    size_t i;
    for (i = 0; i < COUNT(profiles); i++)
        if (strcmp(profiles[i].key, key) == 0)
            return &profiles[i];
    return NULL;
}

static const char *core_name(unsigned core)
{
    switch (core) {
    case SYSBOOT_CORE_M0: return "Cortex-M0";
    case SYSBOOT_CORE_M0P: return "Cortex-M0+";
    case SYSBOOT_CORE_M3: return "Cortex-M3";
    case SYSBOOT_CORE_M4: return "Cortex-M4";
    case SYSBOOT_CORE_M7: return "Cortex-M7";
    case SYSBOOT_CORE_M33: return "Cortex-M33";
    case SYSBOOT_CORE_M55: return "Cortex-M55";
    default: return "?";
    }
}

static void print_interfaces(unsigned mask)
{
    static const struct { unsigned bit; const char *name; } names[] = {
        { SYSBOOT_IF_USART, "USART" }, { SYSBOOT_IF_USB_DFU, "USB DFU" },
        { SYSBOOT_IF_CAN, "CAN" }, { SYSBOOT_IF_FDCAN, "FDCAN" }, { SYSBOOT_IF_I2C, "I2C" },
        { SYSBOOT_IF_SPI, "SPI" }, { SYSBOOT_IF_I3C, "I3C" },
    };
    size_t i;
    int first = 1;

    for (i = 0; i < COUNT(names); i++) {
        if (mask & names[i].bit) {
            printf("%s%s", first ? "" : ", ", names[i].name);
            first = 0;
        }
    }
    if (first)
        printf("-");
}

static void print_flags(unsigned flags)
{
    static const struct { unsigned bit; const char *name; } names[] = {
        { SYSBOOT_DEV_BOUNCES, "bounces (empty check)" }, { SYSBOOT_DEV_DUAL_CORE, "dual core" },
        { SYSBOOT_DEV_TRUSTZONE, "TrustZone" }, { SYSBOOT_DEV_NO_SW_ENTRY, "no software entry" },
        { SYSBOOT_DEV_UNCONFIRMED, "unconfirmed" },
    };
    size_t i;
    int first = 1;

    for (i = 0; i < COUNT(names); i++) {
        if (flags & names[i].bit) {
            printf("%s%s", first ? "" : ", ", names[i].name);
            first = 0;
        }
    }
    if (first)
        printf("-");
}

/* Series in file order, each once. */
static int first_of_series(size_t index)
{
    size_t i;
    for (i = 0; i < index; i++)
        if (strcmp(devices[i].series, devices[index].series) == 0)
            return 0;
    return 1;
}

static const char *yes_no(unsigned long reg)
{
    return reg != 0 ? "yes" : "-";
}

static void print_series_row(const char *series)
{
    size_t i;
    unsigned interfaces = 0, flags = 0, count = 0;
    const struct profile_row *p = NULL;
    const char *remap_seen = NULL;
    int mixed_remap = 0;
    unsigned long reset = 0, rdp = 0, tz = 0, dualboot = 0, empty = 0;

    for (i = 0; i < COUNT(devices); i++) {
        if (strcmp(devices[i].series, series) != 0)
            continue;
        count++;
        interfaces |= devices[i].interfaces;
        flags |= devices[i].flags;
        p = profile_of(devices[i].profile);
        if (p == NULL)
            continue;
        if (remap_seen != NULL && strcmp(remap_seen, p->remap) != 0)
            mixed_remap = 1;
        remap_seen = p->remap;
        reset |= p->reset_reg;
        rdp |= p->rdp_reg;
        tz |= p->tz_reg;
        dualboot |= p->dualboot_reg;
        empty |= p->empty_reg;
    }
    printf("| %s | %u | %s | %s | %s | %s | %s | %s | %s | ", series, count,
           p != NULL ? core_name(p->core) : "?", mixed_remap ? "mixed" : (remap_seen ? remap_seen : "?"),
           yes_no(reset), yes_no(rdp), yes_no(tz), yes_no(dualboot), yes_no(empty));
    print_flags(flags);
    printf(" | ");
    print_interfaces(interfaces);
    printf(" |\n");
}

int main(void)
{
    size_t i, j;

    printf("# STM32 families\n\n");
    printf("<!-- Generated from data/stm32.def by tools/gen_families.c (`make -C tools families`); do not edit. -->\n\n");
    printf("What the library knows per series, from the same rows the firmware uses. "
           "Per-device addresses are in [devices.md](devices.md).\n\n");
    printf("- **Remap**: how system memory becomes the boot alias before the branch: "
           "`VTOR` (no remap register), `MEMRMP` (SYSCFG_MEMRMP.MEM_MODE), "
           "`MEM_MODE` (SYSCFG_CFGR1.MEM_MODE; Cortex-M0 has no VTOR).\n");
    printf("- **Reset path**: a reset-cause register is known, so `sysboot_enter()` can tell "
           "a request from leftover RAM (otherwise `SYSBOOT_ERR_NO_RESET_CAUSE`; use `sysboot_jump_now()`).\n");
    printf("- **RDP 2 / TrustZone / Dual boot**: `sysboot_check()` reads these option bits and "
           "refuses with `SYSBOOT_ERR_READ_PROTECTED`, `SYSBOOT_ERR_TRUSTZONE` or `SYSBOOT_ERR_EMPTY_CHECK`.\n");
    printf("- **Empty route**: the documented flash \"empty\" flag exists, so "
           "`sysboot_enter_with(SYSBOOT_OPT_EMPTY_ROUTE)` can enter where the ROM would bounce.\n");
    printf("- A `yes` or a flag in the summary means at least one line of the series; "
           "the per-series lists below give each DEV_ID.\n\n");
    printf("| Series | DEV_IDs | Core | Remap | Reset path | RDP 2 | TrustZone | Dual boot | "
           "Empty route | Device flags | ROM interfaces |\n");
    printf("|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (i = 0; i < COUNT(devices); i++)
        if (first_of_series(i))
            print_series_row(devices[i].series);

    for (i = 0; i < COUNT(devices); i++) {
        if (!first_of_series(i))
            continue;
        printf("\n## %s\n\n", devices[i].series);
        printf("| DEV_ID | Lines | Profile | Flags | ROM interfaces |\n|---|---|---|---|---|\n");
        for (j = i; j < COUNT(devices); j++) {
            if (strcmp(devices[j].series, devices[i].series) != 0)
                continue;
            printf("| 0x%03X | %s | %s | ", devices[j].dev_id, devices[j].name, devices[j].profile);
            print_flags(devices[j].flags);
            printf(" | ");
            print_interfaces(devices[j].interfaces);
            printf(" |\n");
        }
    }
    return 0;
}

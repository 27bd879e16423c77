/*
 * Writes docs/families.md from data/stm32.def: one summary row per series
 * (remap method, which verdicts the library can reach, ROM interfaces),
 * then each series' DEV_IDs. Host program built with the host tool's
 * expansion of the .def (host/src/device_table.c), so there is no second
 * table.
 *   make -C tools families
 */
#include <stdio.h>
#include <string.h>

#include "sysboot.h"
#include "../host/src/device_table.h"


/* The host tool's names (interfaces_text, flags_text), so `sysboot list`
 * and this page spell them alike. */
static void print_interfaces(unsigned mask)
{
    char text[128];
    fputs(interfaces_text(mask, text, sizeof text), stdout);
}

static void print_flags(unsigned flags)
{
    char text[128];
    fputs(flags_text(flags, text, sizeof text), stdout);
}

/* Series in file order, each once. */
static int first_of_series(size_t index)
{
    size_t i;
    for (i = 0; i < index; i++)
        if (strcmp(device_rows[i].series, device_rows[index].series) == 0)
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

    for (i = 0; i < device_row_count; i++) {
        if (strcmp(device_rows[i].series, series) != 0)
            continue;
        count++;
        interfaces |= device_rows[i].interfaces;
        flags |= device_rows[i].flags;
        p = device_profile(&device_rows[i]);
        if (p == NULL)
            continue;
        if (remap_seen != NULL && strcmp(remap_seen, p->remap_kind) != 0)
            mixed_remap = 1;
        remap_seen = p->remap_kind;
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
    for (i = 0; i < device_row_count; i++)
        if (first_of_series(i))
            print_series_row(device_rows[i].series);

    for (i = 0; i < device_row_count; i++) {
        if (!first_of_series(i))
            continue;
        printf("\n## %s\n\n", device_rows[i].series);
        printf("| DEV_ID | Lines | Profile | Flags | ROM interfaces |\n|---|---|---|---|---|\n");
        for (j = i; j < device_row_count; j++) {
            if (strcmp(device_rows[j].series, device_rows[i].series) != 0)
                continue;
            printf("| 0x%03X | %s | %s | ", device_rows[j].dev_id, device_rows[j].name, device_rows[j].profile);
            print_flags(device_rows[j].flags);
            printf(" | ");
            print_interfaces(device_rows[j].interfaces);
            printf(" |\n");
        }
    }
    return 0;
}

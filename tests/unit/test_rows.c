/* The per-profile row kinds of data/stm32.def: each is a table indexed by
 * profile, so every profile needs exactly one row of each (a missing one
 * would silently read as zeros: no clock reset, no power-on flags, no
 * read-protection test). */
#include "tests.h"

#include <stdio.h>
#include <string.h>

static const char *const profiles[] = {
#define SYSBOOT_PROFILE(key, ...) #key,
#include "../../data/stm32.def"
};
static const char *const rcc_rows[] = {
#define SYSBOOT_RCC(key, ...) #key,
#include "../../data/stm32.def"
};
static const char *const power_on_rows[] = {
#define SYSBOOT_POWER_ON(key, ...) #key,
#include "../../data/stm32.def"
};
static const char *const max_clock_rows[] = {
#define SYSBOOT_MAX_CLOCK(key, ...) #key,
#include "../../data/stm32.def"
};
static const char *const watchdog_rows[] = {
#define SYSBOOT_WATCHDOG(key, ...) #key,
#include "../../data/stm32.def"
};
static const char *const rdp_open_rows[] = {
#define SYSBOOT_RDP_OPEN(key, ...) #key,
#include "../../data/stm32.def"
};
static const char *const flash_base_rows[] = {
#define SYSBOOT_FLASH_BASE(key, ...) #key,
#include "../../data/stm32.def"
};

#define KIND(rows) { #rows, rows, sizeof rows / sizeof rows[0] }
static const struct { const char *name; const char *const *keys; size_t count; } kinds[] = {
    KIND(rcc_rows), KIND(power_on_rows), KIND(max_clock_rows), KIND(watchdog_rows),
    KIND(rdp_open_rows), KIND(flash_base_rows),
};

TEST(rows_one_of_each_kind_per_profile)
{
    unsigned k, p, r;
    for (k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        for (p = 0; p < sizeof profiles / sizeof profiles[0]; p++) {
            unsigned rows = 0;
            for (r = 0; r < kinds[k].count; r++)
                rows += strcmp(profiles[p], kinds[k].keys[r]) == 0;
            if (rows != 1)
                printf("    profile %s: %u %s\n", profiles[p], rows, kinds[k].name);
            CHECK_EQ(rows, 1);
        }
        CHECK_EQ(kinds[k].count, sizeof profiles / sizeof profiles[0]);
    }
}

const test_case rows_tests[] = {
    { "rows_one_of_each_kind_per_profile", rows_one_of_each_kind_per_profile },
    { NULL, NULL }
};

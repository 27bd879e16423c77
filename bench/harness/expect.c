/* The run's verdict (see expect.h). */
#include "expect.h"

#include "../common/bench_ctl.h"
#include "machine.h"
#include "sysboot.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const status_names[SYSBOOT_STATUS_COUNT] = {
    [SYSBOOT_OK] = "OK",
    [SYSBOOT_ERR_UNKNOWN_DEVICE] = "ERR_UNKNOWN_DEVICE",
    [SYSBOOT_ERR_NO_BOOTLOADER] = "ERR_NO_BOOTLOADER",
    [SYSBOOT_ERR_EMPTY_CHECK] = "ERR_EMPTY_CHECK",
    [SYSBOOT_ERR_TRUSTZONE] = "ERR_TRUSTZONE",
    [SYSBOOT_ERR_READ_PROTECTED] = "ERR_READ_PROTECTED",
    [SYSBOOT_ERR_WRONG_CORE] = "ERR_WRONG_CORE",
    [SYSBOOT_ERR_CONTEXT] = "ERR_CONTEXT",
    [SYSBOOT_ERR_NO_EARLY_HOOK] = "ERR_NO_EARLY_HOOK",
    [SYSBOOT_ERR_NO_SOFTWARE_ENTRY] = "ERR_NO_SOFTWARE_ENTRY",
    [SYSBOOT_ERR_NO_RESET_CAUSE] = "ERR_NO_RESET_CAUSE",
    [SYSBOOT_ERR_CLOCK] = "ERR_CLOCK",
    [SYSBOOT_ERR_WRONG_DEVICE] = "ERR_WRONG_DEVICE",
    [SYSBOOT_ERR_ENTRY_UNCONFIRMED] = "ERR_ENTRY_UNCONFIRMED",
    [SYSBOOT_ERR_RECORD_PLACEMENT] = "ERR_RECORD_PLACEMENT",
};

static enum { EXPECT_ROM, EXPECT_BOOT, EXPECT_STATUS, EXPECT_CYCLES, EXPECT_SERVED, EXPECT_HAZARDS,
              EXPECT_LEAN } kind;
static unsigned want, resets_per_round = 2;

int expect_parse(const char *text)
{
    unsigned i;
    if (strcmp(text, "rom") == 0) { kind = EXPECT_ROM; return 0; }
    if (strcmp(text, "boot") == 0) { kind = EXPECT_BOOT; return 0; }
    /* boot, and no DBGMCU read before the application asked for the ROM */
    if (strcmp(text, "lean") == 0) { kind = EXPECT_LEAN; return 0; }
    if (strcmp(text, "served") == 0) { kind = EXPECT_SERVED; return 0; }
    if (strncmp(text, "hazards=", 8) == 0) {          /* rom, and sysboot_hazards() gave this */
        kind = EXPECT_HAZARDS;
        want = (unsigned)strtoul(text + 8, NULL, 0);
        return 0;
    }
    if (strncmp(text, "cycles=", 7) == 0) {
        char *end;
        kind = EXPECT_CYCLES;
        want = (unsigned)strtoul(text + 7, &end, 0);
        if (*end == '/')
            resets_per_round = (unsigned)strtoul(end + 1, NULL, 0);
        return 0;
    }
    if (strncmp(text, "status=", 7) == 0) {
        kind = EXPECT_STATUS;
        for (i = 0; i < SYSBOOT_STATUS_COUNT; i++)
            if (status_names[i] != NULL && strcmp(text + 7, status_names[i]) == 0) {
                want = i;
                return 0;
            }
    }
    return -1;
}

int expect_status_number(const char *name)
{
    int i;
    for (i = 0; i < SYSBOOT_STATUS_COUNT; i++)
        if (status_names[i] != NULL && strcmp(name, status_names[i]) == 0)
            return i;
    return -1;
}

static const char *status_name(uint32_t s)
{
    if (s < SYSBOOT_STATUS_COUNT && status_names[s] != NULL)
        return status_names[s];
    return s == 0xFFFFFFFFu ? "(none)" : "(a status the bench has no name for)";
}

static uint32_t ctl_word(size_t offset)
{
    uint32_t v = 0;
    uc_mem_read(bench_m.uc, BENCH_CTL_ADDR + offset, &v, 4);
    return v;
}

static char *verdict_text;
static size_t verdict_size;

static int verdict(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int verdict(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(verdict_text, verdict_size, fmt, ap);
    va_end(ap);
    return 1;
}

int expect_verdict(char *reason, size_t size)
{
    verdict_text = reason;
    verdict_size = size;
    reason[0] = 0;
    uint32_t app_status = ctl_word(offsetof(bench_ctl, app_status));
    uint32_t standin_fail = ctl_word(offsetof(bench_ctl, standin_fail));
    unsigned entries = bench_m.rom_entries;
    int exited = bench_m.stop_reason == BENCH_STOP_EXIT;

    if (bench_m.stop_reason == BENCH_STOP_TIMEOUT)
        return verdict("timeout (%s)", bench_m.first_failure[0] ? bench_m.first_failure : "no report");
    if (bench_m.stop_reason == BENCH_STOP_INSNS)
        return verdict("instruction cap reached: a hang or a loop");
    if (bench_m.stop_reason == BENCH_STOP_RESET_LOOP)
        return verdict("boot loop: %u resets", bench_m.resets);
    if (bench_m.stop_reason == BENCH_STOP_FAULT)
        return verdict("%s", bench_m.first_failure);
    if (bench_m.first_failure[0])
        return verdict("%s", bench_m.first_failure);
    if (standin_fail)
        return verdict("stand-in ROM found %u bad entry state(s)", (unsigned)standin_fail);
    if (!exited)
        return verdict("the run ended without a report");
    switch (kind) {
    case EXPECT_HAZARDS:
        if (ctl_word(offsetof(bench_ctl, hazards)) != want)
            return verdict("hazards %#x reported, expected %#x", (unsigned)ctl_word(offsetof(bench_ctl, hazards)),
                           want);
        /* fall through */
    case EXPECT_ROM:
        if (entries == 0)
            return verdict("ROM never entered (app status %s)", status_name(app_status));
        if (!bench_m.standin_exit || !bench_m.app_exit_ok)
            return verdict("run did not end in a passing stand-in");
        break;
    case EXPECT_SERVED:
        if (entries == 0)
            return verdict("ROM never entered (app status %s)", status_name(app_status));
        if (bench_m.standin_exit || !bench_m.app_exit_ok)
            return verdict("the application did not come back after GO");
        break;
    case EXPECT_LEAN:
        if (bench_m.boot_idcode_reads != 0)
            return verdict("DBGMCU read at boot: %u read(s) of an IDCODE site before any request",
                           bench_m.boot_idcode_reads);
        /* fall through */
    case EXPECT_BOOT:
        if (entries)
            return verdict("ROM entered %u time(s) where it must not be", entries);
        if (!bench_m.app_exit_ok || bench_m.standin_exit)
            return verdict("application reported failure");
        break;
    case EXPECT_STATUS:
        if (entries)
            return verdict("ROM entered where the library must refuse with %s", status_names[want]);
        if (app_status != want)
            return verdict("status %s, expected %s", status_name(app_status), status_names[want]);
        if (!bench_m.app_exit_ok)
            return verdict("application saw its state changed by a refusal");
        break;
    case EXPECT_CYCLES:
        if (entries != want)
            return verdict("%u ROM entries, expected %u", entries, want);
        if (bench_m.resets != resets_per_round * want)
            return verdict("%u resets for %u rounds, expected %u", bench_m.resets, want,
                           resets_per_round * want);
        if (!bench_m.app_exit_ok || bench_m.standin_exit)
            return verdict("application reported failure");
        break;
    }
    snprintf(reason, size, "rom_entries=%u resets=%u status=%s", entries, bench_m.resets,
             status_name(app_status));
    return 0;
}

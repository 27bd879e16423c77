/* The reset path and the request record's life. */
#include "tests.h"
#include "fake.h"
#include "hook.h"
#include "rows.h"
#include "../../src/line.h"
#include "../../src/record.h"
#include "../../src/core_regs.h"

#include <string.h>

static const sysboot_device *board(uint32_t dev_id)
{
    const sysboot_device *d = sysboot_lookup(dev_id);
    fake_clear();
    hook_reset();
    memset((void *)&sysboot_record, 0xA5, sizeof sysboot_record); /* power-on garbage */
    if (d != NULL)
        fake_board(d, 0);
    return d;
}

static void software_reset_flag(const sysboot_device *d, int on)
{
    const sysboot_profile *p = sysboot_facts(d);
    uint32_t v = fake_peek(p->reset_reg);
    fake_poke(p->reset_reg, on ? (v | p->reset_sw_mask) : (v & ~p->reset_sw_mask));
}

static uint32_t record_state(void)
{
    uint32_t request;
    return sysboot_record_get(&request) ? sysboot_record_state(request) : 0xBADu;
}

static uint32_t record_options(void)
{
    uint32_t request;
    return sysboot_record_get(&request) ? request & SYSBOOT_RECORD_OPTIONS : 0xBADu;
}

TEST(enter_full_cycle_every_row)
{
    unsigned i, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = board(all_dev_ids[i]);
        sysboot_status st;
        if (sysboot_check(d) != SYSBOOT_OK)
            continue;
        /* power-on: garbage record, not a software reset */
        CHECK_EQ(fake_run_void(sysboot_early), FAKE_RETURNED);
        CHECK_EQ(record_state(), SYSBOOT_STATE_IDLE);
        if (sysboot_facts(d)->reset_reg == 0) {
            /* no way to tell a request from leftover RAM: refused up front */
            CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RETURNED);
            CHECK_EQ(st, SYSBOOT_ERR_NO_RESET_CAUSE);
            CHECK_EQ(record_state(), SYSBOOT_STATE_IDLE);
            continue;
        }
        /* the application asks */
        CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RESET);
        CHECK_EQ(record_state(), SYSBOOT_STATE_REQUEST);
        CHECK_EQ(hook_calls, 1);
        /* the reset: early serves the request from reset state */
        software_reset_flag(d, 1);
        CHECK_EQ(fake_run_void(sysboot_early), FAKE_BRANCHED);
        CHECK_EQ(fake_branch_msp, fake_rom_msp(d));
        CHECK_EQ(fake_branch_pc, fake_rom_reset(d));
        CHECK_EQ(record_state(), SYSBOOT_STATE_IN_ROM); /* consumed before the branch */
        if (sysboot_facts(d)->core != SYSBOOT_CORE_M0)
            CHECK_EQ(fake_peek(SYSBOOT_SCB_VTOR), d->bootloader);
        /* the ROM's GO starts the application without a reset */
        CHECK_EQ(fake_run_void(sysboot_early), FAKE_RESET);
        CHECK_EQ(record_state(), SYSBOOT_STATE_RESETTING);
        /* after that clean reset the application runs */
        CHECK_EQ(fake_run_void(sysboot_early), FAKE_RETURNED);
        CHECK_EQ(record_state(), SYSBOOT_STATE_IDLE);
        n++;
    }
    CHECK(n > 0);
}

TEST(enter_twenty_cycles_no_loop)
{
    const sysboot_device *d = board(0x413);
    unsigned cycle, branches = 0, resets = 0;
    sysboot_status st;
    CHECK_EQ(fake_run_void(sysboot_early), FAKE_RETURNED);
    software_reset_flag(d, 1); /* sticky from now on, as on silicon */
    for (cycle = 0; cycle < 20; cycle++) {
        unsigned boots = 0;
        fake_outcome o;
        CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RESET);
        while ((o = fake_run_void(sysboot_early)) != FAKE_RETURNED && boots < 10) {
            branches += o == FAKE_BRANCHED;
            resets += o == FAKE_RESET;
            boots++;
        }
        CHECK(boots <= 2); /* ROM once, one clean reset */
    }
    CHECK_EQ(branches, 20);
    CHECK_EQ(resets, 20);
}

/* The reset flags are cleared (RMVF) right before the request's reset, so
 * a software-reset flag left from an earlier reset cannot vouch for it. */
TEST(enter_clears_reset_flags_before_its_reset)
{
    unsigned i, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = board(all_dev_ids[i]);
        const sysboot_profile *p = sysboot_facts(d);
        sysboot_status st;
        int clear, reset;
        if (sysboot_check(d) != SYSBOOT_OK || p->reset_reg == 0 || p->reset_clear_mask == 0)
            continue;
        fake_run_void(sysboot_early);
        CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RESET);
        clear = fake_find_write(p->reset_reg, 0);
        reset = fake_find_write(SYSBOOT_SCB_AIRCR, 0);
        CHECK(clear >= 0 && reset > clear);
        if (clear >= 0)
            CHECK_EQ(fake_writes()[clear].value & p->reset_clear_mask, p->reset_clear_mask);
        n++;
    }
    CHECK(n > 0);
}

TEST(enter_without_early_hook_refused)
{
    sysboot_status st;
    board(0x413);
    CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RETURNED);
    CHECK_EQ(st, SYSBOOT_ERR_NO_EARLY_HOOK);
    CHECK_EQ(record_state(), 0xBADu); /* garbage left as it was */
    CHECK_EQ(fake_write_count(), 0);
    CHECK_EQ(hook_calls, 0);
}

static void refused_enter(sysboot_status expected)
{
    sysboot_status st;
    unsigned writes = fake_write_count();
    CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RETURNED);
    CHECK_EQ(st, expected);
    CHECK_EQ(record_state(), SYSBOOT_STATE_IDLE);
    CHECK_EQ(fake_write_count(), writes);
    CHECK_EQ(hook_calls, 0);
}

TEST(enter_refusals_change_nothing)
{
    const sysboot_device *d = board(0x413);
    const sysboot_profile *p = sysboot_facts(d);
    fake_run_void(sysboot_early);
    fake_ipsr = 0x15u;
    refused_enter(SYSBOOT_ERR_CONTEXT);
    fake_ipsr = 0;
    fake_control = 1u;
    refused_enter(SYSBOOT_ERR_CONTEXT);
    fake_control = 0;
    fake_poke(p->rdp_level2.reg, p->rdp_level2.value);
    refused_enter(SYSBOOT_ERR_READ_PROTECTED);
    fake_poke(p->rdp_level2.reg, 0xAA00u);
    fake_poke(d->bootloader, 0xFFFFFFFFu);
    refused_enter(SYSBOOT_ERR_NO_BOOTLOADER);
    fake_poke(d->bootloader, fake_rom_msp(d));
    fake_poke(0xE0042000u, 0x6FFu);
    refused_enter(SYSBOOT_ERR_UNKNOWN_DEVICE);
}

/* A request is honoured only after a software reset. */
TEST(early_ignores_request_after_power_on_or_pin_reset)
{
    const sysboot_device *d = board(0x413);
    sysboot_status st;
    fake_run_void(sysboot_early);
    CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RESET);
    software_reset_flag(d, 0); /* power went away, or NRST */
    CHECK_EQ(fake_run_void(sysboot_early), FAKE_RETURNED);
    CHECK_EQ(record_state(), SYSBOOT_STATE_IDLE);
    software_reset_flag(d, 1); /* and a later software reset does not revive it */
    CHECK_EQ(fake_run_void(sysboot_early), FAKE_RETURNED);
}

/* A well-formed record, then one word of it changed. */
static void early_with_record(uint32_t state, uint32_t options, int corrupt)
{
    sysboot_record_set(state, options);
    if (corrupt == 1)
        sysboot_record.key ^= 1u;
    if (corrupt == 2)
        sysboot_record.check ^= 0x100u;
    if (corrupt == 3)
        sysboot_record.request ^= 0x20000u;   /* the state */
    if (corrupt == 4)
        sysboot_record.request ^= 0x1u;       /* the options */
}

TEST(early_rejects_garbage_and_stale_records)
{
    const sysboot_device *d = board(0x413);
    int corrupt;
    software_reset_flag(d, 1);
    for (corrupt = 1; corrupt <= 4; corrupt++) {
        early_with_record(SYSBOOT_STATE_REQUEST, 0, corrupt);
        CHECK_EQ(fake_run_void(sysboot_early), FAKE_RETURNED);
        CHECK_EQ(record_state(), SYSBOOT_STATE_IDLE);
    }
    /* a well-formed record with an unknown state */
    early_with_record(0x7777u, 0, 0);
    CHECK_EQ(fake_run_void(sysboot_early), FAKE_RETURNED);
    CHECK_EQ(record_state(), SYSBOOT_STATE_IDLE);
    /* every power-on garbage byte pattern */
    {
        unsigned b;
        for (b = 0; b < 256; b++) {
            memset((void *)&sysboot_record, (int)b, sizeof sysboot_record);
            CHECK_EQ(fake_run_void(sysboot_early), FAKE_RETURNED);
        }
    }
}

/* The check word covers every bit of the state and the options and no two
 * requests share one: a change of any single bit of either is seen, and
 * the fields do not overlap (attempts and options once did). */
TEST(record_check_covers_every_field_bit)
{
    unsigned bit;
    uint32_t request;
    board(0x413);
    for (bit = 0; bit < 32; bit++) {
        sysboot_record_set(SYSBOOT_STATE_REQUEST, SYSBOOT_OPT_KEEP_USB);
        sysboot_record.request ^= 1u << bit;
        CHECK(!sysboot_record_get(&request));
    }
    sysboot_record_set(SYSBOOT_STATE_REQUEST, 0x0100u);
    CHECK(sysboot_record_get(&request));
    CHECK_EQ(request & SYSBOOT_RECORD_OPTIONS, 0x0100u);
    CHECK_EQ(sysboot_record_state(request), SYSBOOT_STATE_REQUEST);
    {
        uint32_t check_a, check_b;
        sysboot_record_set(SYSBOOT_STATE_REQUEST, 0u);
        check_a = sysboot_record.check;
        sysboot_record_set(SYSBOOT_STATE_REQUEST, 0x0100u);
        check_b = sysboot_record.check;
        CHECK(check_a != check_b);
    }
}

/* The options of a request travel with it through the reset into the ROM
 * and back: the empty route's flag is cleared on the way out only when the
 * request asked for that route. */
TEST(record_carries_options_through_the_rom)
{
    const sysboot_device *d = board(0x460);    /* G0: has an empty flag */
    const sysboot_profile *p = sysboot_facts(d);
    sysboot_status st;
    CHECK(p->empty_reg != 0u);
    fake_run_void(sysboot_early);
    CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RESET);
    CHECK_EQ(record_options(), 0u);
    software_reset_flag(d, 1);
    CHECK_EQ(fake_run_void(sysboot_early), FAKE_BRANCHED);
    CHECK_EQ(record_options(), 0u);
    fake_poke(p->empty_reg, p->empty_mask);     /* set by someone else: not ours to clear */
    CHECK_EQ(fake_run_void(sysboot_early), FAKE_RESET);
    CHECK_EQ(fake_peek(p->empty_reg) & p->empty_mask, p->empty_mask);
}

/* sysboot_early() acts on what sysboot_enter() decided and checks nothing
 * again: a normal boot reads the reset cause and the record and nothing
 * else (no DBGMCU, no option bytes, no ROM table), and a request reads the
 * ROM's table only to branch through it. */
TEST(early_reads_only_the_reset_cause_and_record)
{
    const sysboot_device *d = board(0x413);
    const sysboot_profile *p = sysboot_facts(d);
    sysboot_status st;
    unsigned i, before;
    fake_run_void(sysboot_early);
    CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RESET);
    software_reset_flag(d, 1);
    before = fake_read_count();
    CHECK_EQ(fake_run_void(sysboot_early), FAKE_BRANCHED);
    for (i = before; i < fake_read_count(); i++) {
        uint32_t a = fake_reads()[i];
        CHECK(a != p->rdp_level2.reg || a == 0u);
        if (a == p->rdp_level2.reg && a != 0u)
            printf("    early read the RDP option at %08X\n", (unsigned)a);
    }
    /* a normal boot after the clean reset: reset cause and record only */
    CHECK_EQ(fake_run_void(sysboot_early), FAKE_RESET);
    before = fake_read_count();
    CHECK_EQ(fake_run_void(sysboot_early), FAKE_RETURNED);
    for (i = before; i < fake_read_count(); i++) {
        uint32_t a = fake_reads()[i];
        int allowed = a == p->reset_reg ||
                      a - fake_record_chip_address() < (uint32_t)sizeof sysboot_record;
#if !SYSBOOT_TARGETED
        /* a universal build identifies the chip first: CPUID, the fault
         * status of its probe, and the F4's DBGMCU */
        allowed = allowed || (a >= 0xE000E000u && a <= 0xE000EFFFu) || a == 0xE0042000u;
#endif
        CHECK(allowed);
        if (!allowed)
            printf("    early read %08X\n", (unsigned)a);
    }
    (void)d->bootloader;
}

TEST(enter_record_is_whole_and_cleaned_on_m7)
{
    unsigned i, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = board(all_dev_ids[i]);
        sysboot_status st;
        int clean;
        if (sysboot_check(d) != SYSBOOT_OK || sysboot_facts(d)->core != SYSBOOT_CORE_M7)
            continue;
        fake_run_void(sysboot_early);
        fake_poke(SYSBOOT_SCB_CCR, SYSBOOT_CCR_DC);
        CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RESET);
        clean = fake_find_write(SYSBOOT_SCB_DCCMVAC, 0);
        CHECK(clean >= 0);
        if (clean >= 0)
            CHECK_EQ(fake_writes()[clean].value, (uint32_t)(uintptr_t)&sysboot_record);
        CHECK_EQ(((uintptr_t)&sysboot_record) & 31u, 0);
        CHECK_EQ(sizeof sysboot_record, 16u);
        CHECK_EQ(sysboot_record.zero, 0);
        n++;
    }
    CHECK(n > 0);
    /* no clean when the cache is off, and never on other cores */
    board(0x413);
    {
        sysboot_status st;
        fake_run_void(sysboot_early);
        fake_poke(SYSBOOT_SCB_CCR, SYSBOOT_CCR_DC);
        CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RESET);
        CHECK(fake_find_write(SYSBOOT_SCB_DCCMVAC, 0) < 0);
    }
}

static sysboot_status enter_empty_route(void)
{
    return sysboot_enter_with(SYSBOOT_OPT_EMPTY_ROUTE);
}

TEST(enter_empty_route_sets_and_clears_flag)
{
    unsigned i, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = board(all_dev_ids[i]);
        const sysboot_profile *p = sysboot_facts(d);
        sysboot_status st;
        if (p->empty_reg == 0 || (d->flags & (SYSBOOT_DEV_NO_SW_ENTRY | SYSBOOT_DEV_ENTRY_UNCONFIRMED)))
            continue;
        fake_run_void(sysboot_early);
        CHECK_EQ(fake_run_status(enter_empty_route, &st), FAKE_RESET);
        CHECK_EQ(fake_peek(p->empty_reg) & p->empty_mask, p->empty_mask);
        CHECK_EQ(record_state(), SYSBOOT_STATE_IN_ROM);
        /* the hardware ran the ROM; its GO comes back here: flag cleared, one reset */
        software_reset_flag(d, 1);
        CHECK_EQ(fake_run_void(sysboot_early), FAKE_RESET);
        CHECK_EQ(fake_peek(p->empty_reg) & p->empty_mask, 0);
        CHECK_EQ(fake_run_void(sysboot_early), FAKE_RETURNED);
        CHECK_EQ(record_state(), SYSBOOT_STATE_IDLE);
        n++;
    }
    CHECK(n > 0);
}

TEST(enter_bouncing_line_refused_without_route)
{
    unsigned i, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = board(all_dev_ids[i]);
        sysboot_status st;
        if (!(d->flags & SYSBOOT_DEV_BOUNCES) || (d->flags & SYSBOOT_DEV_NO_SW_ENTRY))
            continue;
        fake_run_void(sysboot_early);
        CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RETURNED);
        CHECK_EQ(st, SYSBOOT_ERR_EMPTY_CHECK);
        CHECK_EQ(record_state(), SYSBOOT_STATE_IDLE);
        n++;
    }
    CHECK(n > 0);
}

/* The power-on flags of each profile, from the data (SYSBOOT_POWER_ON). */
static const struct { const char *key; uint32_t mask; } power_on_rows[] = {
#define SYSBOOT_POWER_ON(key, mask, source) { #key, mask },
#include "../../data/stm32.def"
};
static const struct { uint16_t dev_id; const char *profile; } device_profiles[] = {
#define SYSBOOT_DEVICE(dev_id, series, profile, ...) { dev_id, #profile },
#include "../../data/stm32.def"
};

static uint32_t power_on_flags(const sysboot_device *d)
{
    unsigned k, r;
    for (r = 0; r < sizeof device_profiles / sizeof device_profiles[0]; r++) {
        if (device_profiles[r].dev_id != d->dev_id)
            continue;
        for (k = 0; k < sizeof power_on_rows / sizeof power_on_rows[0]; k++)
            if (strcmp(power_on_rows[k].key, device_profiles[r].profile) == 0)
                return power_on_rows[k].mask;
    }
    return 0;
}

/* Where a SYSBOOT_POWER_ON row names flags, the profile has a reset-cause
 * register and RMVF to clear them (else a flag from power-on would stay
 * and hide every later record), and they are not SFTRSTF or RMVF. */
TEST(power_on_flags_clearable)
{
    unsigned p, n = 0;
    for (p = 0; p < ALL_ROWS; p++) {
        const sysboot_device *d = sysboot_lookup(all_dev_ids[p]);
        const sysboot_profile *pr = sysboot_facts(d);
        if (power_on_flags(d) == 0u)
            continue;
        CHECK(pr->reset_reg != 0u && pr->reset_clear_mask != 0u);
        CHECK_EQ(power_on_flags(d) & (pr->reset_sw_mask | pr->reset_clear_mask), 0);
        n++;
    }
    CHECK(n > 0);
}

/* After power-on or a brown-out, sysboot_early() writes the record before
 * anything reads it (ECC/parity SRAM): even a record that looks valid is
 * not acted on. Without the flag the same record is served. */
TEST(early_writes_record_first_after_power_on_every_row)
{
    unsigned i, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = board(all_dev_ids[i]);
        const sysboot_profile *p = sysboot_facts(d);
        uint32_t por = power_on_flags(d);
        if (sysboot_check(d) != SYSBOOT_OK || por == 0u)
            continue;
        sysboot_record_set(SYSBOOT_STATE_IN_ROM, 0u);
        fake_poke(p->reset_reg, por);
        CHECK_EQ(fake_run_void(sysboot_early), FAKE_RETURNED);
        CHECK_EQ(record_state(), SYSBOOT_STATE_IDLE);
        sysboot_record_set(SYSBOOT_STATE_IN_ROM, 0u);
        fake_poke(p->reset_reg, 0u);                  /* no reset since: back from the ROM */
        CHECK_EQ(fake_run_void(sysboot_early), FAKE_RESET);
        CHECK_EQ(record_state(), SYSBOOT_STATE_RESETTING);
        n++;
    }
    CHECK(n > 0);
}

/* The direct path, with sysboot_early() in place, clears the reset flags
 * as it leaves: the ROM's GO restarts the application without a reset, and
 * a power-on flag from long ago must not hide the IN_ROM record then. */
TEST(jump_clears_reset_flags_when_early_runs_every_row)
{
    unsigned i, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = board(all_dev_ids[i]);
        const sysboot_profile *p = sysboot_facts(d);
        uint32_t por = power_on_flags(d);
        sysboot_status st;
        if (sysboot_check(d) != SYSBOOT_OK || por == 0u)
            continue;
        fake_poke(p->reset_reg, por);
        CHECK_EQ(fake_run_void(sysboot_early), FAKE_RETURNED);   /* power-on */
        CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
        CHECK(fake_find_write(p->reset_reg, 0) >= 0);
        CHECK_EQ(fake_peek(p->reset_reg) & p->reset_clear_mask, p->reset_clear_mask);
        CHECK_EQ(record_state(), SYSBOOT_STATE_IN_ROM);
        n++;
    }
    CHECK(n > 0);
}

/* A line that bounces back to flash but has an empty flag (extra.def): refused
 * unless the empty route is asked for, and then entered by that route. */
TEST(enter_bouncing_line_takes_the_empty_route_only_when_asked)
{
    const sysboot_device *d = board(0xFFD);
    const sysboot_profile *p;
    sysboot_status st;
    CHECK(d != NULL);
    if (d == NULL)
        return;
    p = sysboot_facts(d);
    fake_run_void(sysboot_early);
    CHECK_EQ(sysboot_check(d), SYSBOOT_ERR_EMPTY_CHECK);
    CHECK_EQ(sysboot_check_with(d, SYSBOOT_OPT_EMPTY_ROUTE), SYSBOOT_OK);
    CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RETURNED);
    CHECK_EQ(st, SYSBOOT_ERR_EMPTY_CHECK);
    CHECK_EQ(fake_run_status(enter_empty_route, &st), FAKE_RESET);
    CHECK_EQ(fake_peek(p->empty_reg) & p->empty_mask, p->empty_mask);
}

/* A row whose ROM entry address has no ST source is refused on both paths. */
TEST(unconfirmed_entry_refused)
{
    const sysboot_device *d = board(0xFFC);
    sysboot_status st;
    CHECK(d != NULL);
    CHECK_EQ(sysboot_check(d), SYSBOOT_ERR_ENTRY_UNCONFIRMED);
    fake_run_void(sysboot_early);
    CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RETURNED);
    CHECK_EQ(st, SYSBOOT_ERR_ENTRY_UNCONFIRMED);
    CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_RETURNED);
    CHECK_EQ(st, SYSBOOT_ERR_ENTRY_UNCONFIRMED);
    CHECK_EQ(fake_write_count(), 0);
}

/* A record inside the SRAM the line's ROM uses (SYSBOOT_ROM_RAM: H743,
 * DTCM up to 0x20004100 and AXI SRAM up to 0x24005000, AN2606 as the row
 * cites it) is refused before anything changes; just past it, accepted. */
TEST(enter_refuses_a_record_in_the_roms_ram)
{
    static const struct { uint32_t at; int inside; } places[] = {
        { 0x20000000u, 1 }, { 0x200040E0u, 1 }, { 0x20004100u, 0 },
        { 0x24000000u, 1 }, { 0x24004FE0u, 1 }, { 0x24005000u, 0 }, { 0x2407FFE0u, 0 },
    };
    unsigned i;
    for (i = 0; i < sizeof places / sizeof places[0]; i++) {
        sysboot_status st;
        board(0x450);
        fake_run_void(sysboot_early);
        fake_record_address = places[i].at;
        if (places[i].inside) {
            unsigned writes = fake_write_count();
            CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RETURNED);
            CHECK_EQ(st, SYSBOOT_ERR_RECORD_PLACEMENT);
            CHECK_EQ(fake_write_count(), writes);
            CHECK_EQ(hook_calls, 0);
        } else {
            CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RESET);
        }
    }
}

/* A line with no software entry (WB0, WL3, N6) never had a request made:
 * sysboot_early() reads neither its reset cause nor the record there. */
TEST(early_reads_nothing_on_a_line_without_software_entry)
{
    unsigned i, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = board(all_dev_ids[i]);
        const sysboot_profile *p = sysboot_facts(d);
        if ((d->flags & SYSBOOT_DEV_NO_SW_ENTRY) == 0u || p->reset_reg == 0u)
            continue;
        fake_poke(p->reset_reg, p->reset_sw_mask);
        CHECK_EQ(fake_run_void(sysboot_early), FAKE_RETURNED);
        CHECK(!fake_was_read(p->reset_reg));
        n++;
    }
    CHECK(n > 0);
}

/* The H7's Cortex-M4 reads DEV_ID 0x450 at 0x5C001000 too: a universal
 * build identifies the chip there, and its sysboot_early() leaves the record
 * alone, even a request after a software reset, which only the Cortex-M7
 * may serve. */
TEST(early_on_the_second_core_leaves_the_record)
{
    const sysboot_device *d = board(0x450);
    sysboot_status st;
    unsigned writes;
    fake_run_void(sysboot_early);
    CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RESET);
    software_reset_flag(d, 1);
    fake_poke(SYSBOOT_SCB_CPUID, 0x410FC241u);   /* Cortex-M4 r0p1 (RM0399) */
    CHECK(sysboot_identify() == d);
    writes = fake_write_count();
    CHECK_EQ(fake_run_void(sysboot_early), FAKE_RETURNED);
    CHECK_EQ(record_state(), SYSBOOT_STATE_REQUEST);
    CHECK_EQ(fake_write_count(), writes);
}

/* A normal boot finds the record idle and leaves it as it is: nothing is
 * written on the path every boot takes. */
TEST(early_leaves_an_idle_record_alone)
{
    const sysboot_device *d = board(0x413);
    fake_run_void(sysboot_early);
    software_reset_flag(d, 1);
    CHECK_EQ(record_state(), SYSBOOT_STATE_IDLE);
    sysboot_record.zero = 0x600DF00Du;   /* no reader looks at it; a rewrite clears it */
    CHECK_EQ(fake_run_void(sysboot_early), FAKE_RETURNED);
    CHECK_EQ(sysboot_record.zero, 0x600DF00Du);
}

static sysboot_status enter_keep_usb_and_clocks(void)
{
    return sysboot_enter_with(SYSBOOT_OPT_KEEP_USB | SYSBOOT_OPT_KEEP_CLOCKS);
}

/* The options of a request reach the hand-over: the record carries them
 * through the reset, sysboot_early() consumes the request keeping them, and
 * they are still there when the ROM returns and on the clean reset after. */
TEST(enter_options_survive_the_reset_path)
{
    const uint32_t options = SYSBOOT_OPT_KEEP_USB | SYSBOOT_OPT_KEEP_CLOCKS;
    const sysboot_device *d = board(0x413);    /* F405: its ROM has USB DFU */
    sysboot_status st;
    fake_run_void(sysboot_early);
    CHECK_EQ(fake_run_status(enter_keep_usb_and_clocks, &st), FAKE_RESET);
    CHECK_EQ(record_state(), SYSBOOT_STATE_REQUEST);
    CHECK_EQ(record_options(), options);
    software_reset_flag(d, 1);
    CHECK_EQ(fake_run_void(sysboot_early), FAKE_BRANCHED);
    CHECK_EQ(record_state(), SYSBOOT_STATE_IN_ROM);   /* as the ROM finds it */
    CHECK_EQ(record_options(), options);
    CHECK_EQ(fake_run_void(sysboot_early), FAKE_RESET);   /* the ROM's GO */
    CHECK_EQ(record_state(), SYSBOOT_STATE_RESETTING);
    CHECK_EQ(record_options(), options);
}

/* What a boot reads of the record, seen by the fake at the record's place
 * on the chip's map: a normal boot reads its key, request and check word;
 * a boot after power-on or brown-out reads none of it (ECC or parity SRAM
 * may fault on a word never written), nor does a line with no software
 * entry, a chip the build does not know, or a refused sysboot_enter(). */
TEST(early_reads_the_record_only_when_it_may)
{
    unsigned i, n = 0, before;
    sysboot_status st;
    const sysboot_device *d = board(0x413);
    const sysboot_profile *p = sysboot_facts(d);

    fake_run_void(sysboot_early);
    before = fake_read_count();
    CHECK_EQ(fake_run_void(sysboot_early), FAKE_RETURNED);
    CHECK_EQ(fake_record_reads_since(before), 3);
    fake_poke(p->reset_reg, power_on_flags(d));
    before = fake_read_count();
    CHECK_EQ(fake_run_void(sysboot_early), FAKE_RETURNED);
    CHECK_EQ(fake_record_reads_since(before), 0);
    fake_poke(p->reset_reg, 0u);
    fake_ipsr = 0x15u;
    before = fake_read_count();
    CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RETURNED);
    CHECK_EQ(st, SYSBOOT_ERR_CONTEXT);
    CHECK_EQ(fake_record_reads_since(before), 0);
    fake_ipsr = 0u;
    fake_poke(0xE0042000u, 0x6FFu);           /* a DEV_ID no row has */
    before = fake_read_count();
    CHECK_EQ(fake_run_void(sysboot_early), FAKE_RETURNED);
    CHECK_EQ(fake_record_reads_since(before), 0);

    for (i = 0; i < ALL_ROWS; i++) {
        d = board(all_dev_ids[i]);
        p = sysboot_facts(d);
        if ((d->flags & SYSBOOT_DEV_NO_SW_ENTRY) != 0u) {
            fake_poke(p->reset_reg, p->reset_sw_mask);
            sysboot_record_set(SYSBOOT_STATE_REQUEST, 0u);
        } else if (power_on_flags(d) != 0u) {
            fake_poke(p->reset_reg, power_on_flags(d));
            sysboot_record_set(SYSBOOT_STATE_IN_ROM, 0u);
        } else {
            continue;
        }
        before = fake_read_count();
        CHECK_EQ(fake_run_void(sysboot_early), FAKE_RETURNED);
        CHECK_EQ(fake_record_reads_since(before), 0);
        n++;
    }
    CHECK(n > 3);
}

/* A line whose reset cause cannot be read (tests/unit/extra.def): the reset
 * path is refused up front, changing nothing, since sysboot_early() could
 * not tell its request from leftover RAM. */
TEST(enter_refused_without_reset_cause)
{
    const sysboot_device *d = board(0xFFE);
    sysboot_status st;
    CHECK(d != NULL && sysboot_facts(d)->reset_reg == 0u);
    if (d == NULL)
        return;
    CHECK_EQ(sysboot_check(d), SYSBOOT_OK);
    CHECK_EQ(fake_run_void(sysboot_early), FAKE_RETURNED);
    CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RETURNED);
    CHECK_EQ(st, SYSBOOT_ERR_NO_RESET_CAUSE);
    CHECK_EQ(record_state(), SYSBOOT_STATE_IDLE);
    CHECK_EQ(hook_calls, 0);
}

const test_case enter_tests[] = {
    { "enter_options_survive_the_reset_path", enter_options_survive_the_reset_path },
    { "early_reads_the_record_only_when_it_may", early_reads_the_record_only_when_it_may },
    { "enter_refused_without_reset_cause", enter_refused_without_reset_cause },
    { "enter_bouncing_line_takes_the_empty_route_only_when_asked", enter_bouncing_line_takes_the_empty_route_only_when_asked },
    { "unconfirmed_entry_refused", unconfirmed_entry_refused },
    { "early_leaves_an_idle_record_alone", early_leaves_an_idle_record_alone },
    { "early_on_the_second_core_leaves_the_record", early_on_the_second_core_leaves_the_record },
    { "early_reads_nothing_on_a_line_without_software_entry", early_reads_nothing_on_a_line_without_software_entry },
    { "enter_refuses_a_record_in_the_roms_ram", enter_refuses_a_record_in_the_roms_ram },
    { "power_on_flags_clearable", power_on_flags_clearable },
    { "early_writes_record_first_after_power_on_every_row", early_writes_record_first_after_power_on_every_row },
    { "jump_clears_reset_flags_when_early_runs_every_row", jump_clears_reset_flags_when_early_runs_every_row },
    { "enter_full_cycle_every_row", enter_full_cycle_every_row },
    { "enter_twenty_cycles_no_loop", enter_twenty_cycles_no_loop },
    { "enter_clears_reset_flags_before_its_reset", enter_clears_reset_flags_before_its_reset },
    { "enter_without_early_hook_refused", enter_without_early_hook_refused },
    { "enter_refusals_change_nothing", enter_refusals_change_nothing },
    { "early_ignores_request_after_power_on_or_pin_reset", early_ignores_request_after_power_on_or_pin_reset },
    { "early_rejects_garbage_and_stale_records", early_rejects_garbage_and_stale_records },
    { "record_check_covers_every_field_bit", record_check_covers_every_field_bit },
    { "record_carries_options_through_the_rom", record_carries_options_through_the_rom },
    { "early_reads_only_the_reset_cause_and_record", early_reads_only_the_reset_cause_and_record },
    { "enter_record_is_whole_and_cleaned_on_m7", enter_record_is_whole_and_cleaned_on_m7 },
    { "enter_empty_route_sets_and_clears_flag", enter_empty_route_sets_and_clears_flag },
    { "enter_bouncing_line_refused_without_route", enter_bouncing_line_refused_without_route },
    { NULL, NULL }
};

/* Watchdogs: hazards read from option bytes and registers; the USB hold
 * keeps a running watchdog fed and never refreshes one where that resets. */
#include "tests.h"
#include "usb_board.h"
#include "rows.h"

/* Option bytes at their factory default: software watchdogs. */
static void software_watchdogs(const sysboot_watchdog *w)
{
    if (w->hw_iwdg.reg != 0u)
        fake_poke(w->hw_iwdg.reg, (fake_peek(w->hw_iwdg.reg) & ~w->hw_iwdg.mask) |
                                  (w->hw_iwdg.value ^ w->hw_iwdg.mask));
    if (w->hw_wwdg.reg != 0u)
        fake_poke(w->hw_wwdg.reg, (fake_peek(w->hw_wwdg.reg) & ~w->hw_wwdg.mask) |
                                  (w->hw_wwdg.value ^ w->hw_wwdg.mask));
}

/* Read protection past level 0 (level 1, as a shipped product has it): the
 * flash hazard stays out of the watchdog tests. */
static void read_protected(const sysboot_device *d)
{
    const sysboot_field *f = sysboot_rdp_open(d);
    if (f->reg != 0u)
        fake_poke(f->reg, (fake_peek(f->reg) & ~f->mask) | ((f->value ^ (f->mask & -f->mask)) & f->mask));
}

static void hardware_option(const sysboot_field *f)
{
    fake_poke(f->reg, (fake_peek(f->reg) & ~f->mask) | f->value);
}

TEST(watchdog_every_profile_has_a_row)
{
    unsigned i;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = sysboot_lookup(all_dev_ids[i]);
        const sysboot_watchdog *w = sysboot_watchdog_of(d);
        CHECK(w->iwdg_base != 0u);
        /* WB0 and WL3 have no WWDG (no WWDG_BASE in their CMSIS headers) */
        if (d->series != SYSBOOT_SERIES_WB0 && d->series != SYSBOOT_SERIES_WL3)
            CHECK(w->wwdg_base != 0u);
        CHECK(sysboot_max_clock_of(sysboot_lookup(all_dev_ids[i])) >= 16000000u);
    }
}

TEST(watchdog_hazards_from_option_bytes)
{
    unsigned i, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = usb_board(all_dev_ids[i]);
        const sysboot_watchdog *w = sysboot_watchdog_of(d);
        unsigned writes;
        software_watchdogs(w);
        read_protected(d);
        CHECK_EQ(sysboot_hazards(d), 0);
        if (w->hw_iwdg.reg != 0u) {
            hardware_option(&w->hw_iwdg);
            CHECK_EQ(sysboot_hazards(d) & (SYSBOOT_HAZARD_HW_IWDG | SYSBOOT_HAZARD_IWDG_RUNNING),
                     SYSBOOT_HAZARD_HW_IWDG | SYSBOOT_HAZARD_IWDG_RUNNING);
            n++;
        }
        if (w->hw_wwdg.reg != 0u) {
            software_watchdogs(w);
            hardware_option(&w->hw_wwdg);
            CHECK_EQ(sysboot_hazards(d), SYSBOOT_HAZARD_HW_WWDG);
        }
        /* reading hazards changes nothing, and check() keeps its verdicts */
        writes = fake_write_count();
        CHECK_EQ(sysboot_check(d), sysboot_check(d));
        (void)sysboot_hazards(d);
        CHECK_EQ(fake_write_count(), writes);
    }
    CHECK(n > 0);
}

TEST(watchdog_hazards_from_registers)
{
    unsigned i, onf = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = usb_board(all_dev_ids[i]);
        const sysboot_watchdog *w = sysboot_watchdog_of(d);
        software_watchdogs(w);
        read_protected(d);
        CHECK_EQ(sysboot_hazards(d), 0);
        if (w->wwdg_base != 0u) {
            fake_poke(w->wwdg_base, 0x7Fu);             /* counter, WDGA off */
            CHECK_EQ(sysboot_hazards(d), 0);
            fake_poke(w->wwdg_base, 0x80u | 0x7Fu);     /* WDGA on */
            CHECK_EQ(sysboot_hazards(d), SYSBOOT_HAZARD_WWDG);
            fake_poke(w->wwdg_base, 0x7Fu);
        }
        if (w->iwdg_on_mask != 0u) {
            fake_poke(w->iwdg_base + SYSBOOT_IWDG_SR, w->iwdg_on_mask);
            CHECK_EQ(sysboot_hazards(d), SYSBOOT_HAZARD_IWDG_RUNNING);
            fake_poke(w->iwdg_base + SYSBOOT_IWDG_SR, 0u);
            onf++;
        }
        fake_poke(w->iwdg_base + SYSBOOT_IWDG_RLR, 0xFFFu);
        fake_poke(w->iwdg_base + SYSBOOT_IWDG_WINR, 0x400u);
        CHECK_EQ(sysboot_hazards(d), w->iwdg_window ? SYSBOOT_HAZARD_IWDG_WINDOW : 0u);
    }
    CHECK(onf > 0);
    CHECK_EQ(sysboot_hazards(NULL), 0);
}

/* The flash hazard follows the line's read-protection field exactly: set at
 * its level-0 code whatever the register's other bits (watchdog options
 * share it), clear with any one
 * bit of the field flipped, never on a line whose data names no test; and
 * asking changes nothing. */
TEST(hazard_flash_readable_at_level0_only)
{
    unsigned i, k, n = 0;
    uint32_t bit;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = usb_board(all_dev_ids[i]);
        const sysboot_field *f = sysboot_rdp_open(d);
        software_watchdogs(sysboot_watchdog_of(d));
        if (f->reg == 0u) {
            CHECK_EQ(f->mask | f->value, 0u);
            CHECK_EQ(sysboot_hazards(d) & SYSBOOT_HAZARD_FLASH_READABLE, 0u);
            continue;
        }
        CHECK(f->mask != 0u && (f->value & ~f->mask) == 0u);
        for (k = 0; k < 2; k++) {
            uint32_t open = (k ? ~f->mask : 0u) | f->value;
            unsigned writes;
            fake_poke(f->reg, open);
            writes = fake_write_count();
            CHECK_EQ(sysboot_hazards(d) & SYSBOOT_HAZARD_FLASH_READABLE, SYSBOOT_HAZARD_FLASH_READABLE);
            CHECK_EQ(fake_write_count(), writes);
            for (bit = 1u; bit != 0u; bit <<= 1) {
                if ((f->mask & bit) == 0u)
                    continue;
                fake_poke(f->reg, open ^ bit);
                CHECK_EQ(sysboot_hazards(d) & SYSBOOT_HAZARD_FLASH_READABLE, 0u);
            }
        }
        n++;
    }
    CHECK(n > 0);
}

/* Every DFU row with a USB block, reset and direct path: the IWDG is
 * refreshed at least every SYSBOOT_HOLD_STEP iterations of the hold. */
TEST(watchdog_hold_refreshes_iwdg_often_enough)
{
    unsigned i, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = usb_board(all_dev_ids[i]);
        const sysboot_watchdog *w = sysboot_watchdog_of(d);
        uint32_t kr = w->iwdg_base + SYSBOOT_IWDG_KR;
        sysboot_status st;
        if ((d->interfaces & SYSBOOT_IF_USB_DFU) == 0u || sysboot_check(d) != SYSBOOT_OK)
            continue;
        if (usb_running(d) == 0u)
            continue;
        fake_poke(w->iwdg_base + SYSBOOT_IWDG_SR, w->iwdg_on_mask);   /* running */
        fake_spin_clear(kr, SYSBOOT_IWDG_REFRESH);
        CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
        CHECK(fake_spin_iterations >= hold_iterations(d, TEST_HOLD_MS));
        CHECK(fake_spin_max_gap <= SYSBOOT_HOLD_STEP);
        CHECK(fake_count_writes_to(kr) > fake_spin_calls);   /* once before, once per step */
        n++;
    }
    CHECK(n > 0);
}

TEST(watchdog_hold_leaves_a_stopped_or_windowed_iwdg_alone)
{
    const sysboot_device *d = usb_board(0x489);   /* U083: IWDG_SR.ONF */
    const sysboot_watchdog *w = sysboot_watchdog_of(d);
    sysboot_status st;
    usb_running(d);
    CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);   /* ONF = 0: off */
    CHECK(fake_spin_calls > 0);
    CHECK_EQ(fake_count_writes_to(w->iwdg_base + SYSBOOT_IWDG_KR), 0);
    d = usb_board(0x413);                          /* F407: no window register */
    w = sysboot_watchdog_of(d);
    usb_running(d);
    fake_poke(w->iwdg_base + SYSBOOT_IWDG_WINR, 0u);   /* reserved: reads 0 */
    fake_poke(w->iwdg_base + SYSBOOT_IWDG_RLR, 0xFFFu);
    CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
    CHECK(fake_count_writes_to(w->iwdg_base + SYSBOOT_IWDG_KR) > 0);
    d = usb_board(0x468);                          /* G431: window set by the application */
    w = sysboot_watchdog_of(d);
    usb_running(d);
    fake_poke(w->iwdg_base + SYSBOOT_IWDG_RLR, 0xFFFu);
    fake_poke(w->iwdg_base + SYSBOOT_IWDG_WINR, 0x200u);
    CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
    CHECK(fake_spin_calls > 0);
    CHECK_EQ(fake_count_writes_to(w->iwdg_base + SYSBOOT_IWDG_KR), 0);
}

TEST(watchdog_hold_refreshes_wwdg_only_inside_its_window)
{
    unsigned i, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = usb_board(all_dev_ids[i]);
        const sysboot_watchdog *w = sysboot_watchdog_of(d);
        sysboot_status st;
        if ((d->interfaces & SYSBOOT_IF_USB_DFU) == 0u || sysboot_check(d) != SYSBOOT_OK)
            continue;
        if (usb_running(d) == 0u)
            continue;
        /* counter above the window: a write now would reset the chip */
        fake_poke(w->wwdg_base + SYSBOOT_WWDG_CR, 0x80u | 0x70u);
        fake_poke(w->wwdg_base + SYSBOOT_WWDG_CFR, 0x60u);
        CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
        CHECK_EQ(fake_count_writes_to(w->wwdg_base + SYSBOOT_WWDG_CR), 0);
        /* counter below the window, about to expire: refreshed to the top */
        usb_board(all_dev_ids[i]);
        usb_running(d);
        fake_poke(w->wwdg_base + SYSBOOT_WWDG_CR, 0x80u | 0x41u);
        fake_poke(w->wwdg_base + SYSBOOT_WWDG_CFR, 0x60u);
        CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
        CHECK(fake_find_write(w->wwdg_base + SYSBOOT_WWDG_CR, 0) >= 0);
        CHECK_EQ(fake_peek(w->wwdg_base + SYSBOOT_WWDG_CR), 0xFFu);
        /* WDGA off: nothing to feed */
        usb_board(all_dev_ids[i]);
        usb_running(d);
        fake_poke(w->wwdg_base + SYSBOOT_WWDG_CR, 0x41u);
        fake_poke(w->wwdg_base + SYSBOOT_WWDG_CFR, 0x60u);
        CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
        CHECK_EQ(fake_count_writes_to(w->wwdg_base + SYSBOOT_WWDG_CR), 0);
        n++;
    }
    CHECK(n > 0);
}

const test_case watchdog_tests[] = {
    { "watchdog_every_profile_has_a_row", watchdog_every_profile_has_a_row },
    { "watchdog_hazards_from_option_bytes", watchdog_hazards_from_option_bytes },
    { "watchdog_hazards_from_registers", watchdog_hazards_from_registers },
    { "hazard_flash_readable_at_level0_only", hazard_flash_readable_at_level0_only },
    { "watchdog_hold_refreshes_iwdg_often_enough", watchdog_hold_refreshes_iwdg_often_enough },
    { "watchdog_hold_leaves_a_stopped_or_windowed_iwdg_alone", watchdog_hold_leaves_a_stopped_or_windowed_iwdg_alone },
    { "watchdog_hold_refreshes_wwdg_only_inside_its_window", watchdog_hold_refreshes_wwdg_only_inside_its_window },
    { NULL, NULL }
};

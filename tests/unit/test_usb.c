/* USB at the hand-over: detached before the reset or branch, held, the
 * clocks gated; nothing USB touched where the ROM has no USB DFU. */
#include "tests.h"
#include "usb_board.h"
#include "rows.h"
#include "../../src/core_regs.h"

static sysboot_status enter_keep_usb(void) { return sysboot_enter_with(SYSBOOT_OPT_KEEP_USB); }
static sysboot_status jump_keep_usb(void) { return sysboot_jump_now_with(SYSBOOT_OPT_KEEP_USB); }

/* Profiles with USB DFU lines but no USB row yet (no CMSIS source), and
 * lines refused before any USB step (no software entry: N6). */
static int known_gap(const sysboot_device *d)
{
    return d->series == SYSBOOT_SERIES_C5 || d->series == SYSBOOT_SERIES_U3 ||
           d->series == SYSBOOT_SERIES_WBA || (d->flags & SYSBOOT_DEV_NO_SW_ENTRY) != 0u;
}

/* The value of logged write i: a failed check, never a read outside the
 * log, when the write was not found (fake_find_write gave -1). */
static uint32_t value_of_write(int i)
{
    CHECK(i >= 0 && (unsigned)i < fake_write_count());
    return i >= 0 && (unsigned)i < fake_write_count() ? fake_writes()[i].value : 0u;
}

static int has_dfu(const sysboot_device *d)
{
    return (d->interfaces & SYSBOOT_IF_USB_DFU) != 0u;
}

TEST(usb_every_dfu_profile_has_a_row)
{
    unsigned i;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = sysboot_lookup(all_dev_ids[i]);
        const sysboot_usb_block *b[4];
        if (!has_dfu(d) || known_gap(d))
            continue;
        CHECK(blocks_of(d, b, 4) > 0);
    }
}

/* Every block of the line detached: pull-up off, reset, clock gated. */
static void check_detached(unsigned n, const sysboot_usb_block **b,
                           int before)
{
    unsigned k;
    for (k = 0; k < n; k++) {
        int off = disconnect_index(b[k]);
        CHECK(off >= 0);
        CHECK(off >= (int)hook_write_index);   /* after the application's hook */
        CHECK(off < before);                    /* before the reset or branch */
        CHECK_EQ(fake_peek(b[k]->clock_reg) & b[k]->clock_mask, 0);
        if (b[k]->kind == SYSBOOT_USB_OTG) {
            int rst = fake_find_write(b[k]->base + SYSBOOT_OTG_GRSTCTL, 0);
            /* the core reset first: it puts DCTL.SDIS back to its reset value */
            CHECK(rst >= 0 && rst < off);
            CHECK((fake_peek(b[k]->base + SYSBOOT_OTG_GRSTCTL) & SYSBOOT_OTG_CSRST) != 0u);
            CHECK_EQ(fake_peek(b[k]->base + SYSBOOT_OTG_GCCFG) & b[k]->phy_mask, 0);
            CHECK_EQ(fake_peek(b[k]->base + SYSBOOT_OTG_PCGCCTL), 0);
        } else {
            CHECK_EQ(fake_peek(b[k]->base + SYSBOOT_FS_CNTR), SYSBOOT_FS_FRES | SYSBOOT_FS_PDWN);
            if (b[k]->pullup_reg != 0u)
                CHECK_EQ(fake_peek(b[k]->pullup_reg) & b[k]->pullup_mask, 0);
        }
        if (b[k]->sticky_reg != 0u)
            CHECK_EQ(fake_peek(b[k]->sticky_reg) & b[k]->sticky_mask, 0);
    }
}

TEST(usb_reset_path_detaches_and_holds_every_dfu_row)
{
    unsigned i, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = usb_board(all_dev_ids[i]);
        const sysboot_usb_block *b[4];
        unsigned blocks;
        sysboot_status st;
        if (!has_dfu(d) || sysboot_check(d) != SYSBOOT_OK || sysboot_facts(d)->reset_reg == 0u)
            continue;
        blocks = usb_running(d);
        blocks_of(d, b, 4);
        CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RESET);
        CHECK(aircr_index() >= 0);
        check_detached(blocks, b, aircr_index());
        if (blocks != 0u) {
            CHECK_EQ(fake_spin_iterations, hold_iterations(d, TEST_HOLD_MS));
            CHECK(fake_irq_disabled > 0);    /* no ISR can reconnect during the hold */
            n++;
        }
    }
    CHECK(n > 0);
}

TEST(usb_direct_path_detaches_and_holds_every_dfu_row)
{
    unsigned i, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = usb_board(all_dev_ids[i]);
        const sysboot_usb_block *b[4];
        unsigned blocks;
        sysboot_status st;
        if (!has_dfu(d) || sysboot_check(d) != SYSBOOT_OK)
            continue;
        blocks = usb_running(d);
        blocks_of(d, b, 4);
        CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
        check_detached(blocks, b, (int)fake_branch_write_index);
        if (blocks != 0u) {
            CHECK_EQ(fake_spin_iterations, hold_iterations(d, TEST_HOLD_MS));
            n++;
        }
    }
    CHECK(n > 0);
}

TEST(usb_no_dfu_rows_touch_nothing_usb)
{
    unsigned i, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = usb_board(all_dev_ids[i]);
        sysboot_usb_config cfg = { TEST_HOLD_MS, 0x48000018u, 12u, 0u };
        sysboot_status st;
        if (has_dfu(d) || sysboot_check(d) != SYSBOOT_OK)
            continue;
        sysboot_usb_configure(&cfg);
        usb_running(d);   /* even with every USB clock of its family on */
        CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
        CHECK(!usb_touched(cfg.dplus_bsrr));
        CHECK_EQ(fake_spin_calls, 0);
        if (sysboot_facts(d)->reset_reg != 0u) {
            usb_board(all_dev_ids[i]);
            sysboot_usb_configure(&cfg);
            usb_running(d);
            CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RESET);
            CHECK(!usb_touched(cfg.dplus_bsrr));
            CHECK_EQ(fake_spin_calls, 0);
        }
        n++;
    }
    sysboot_usb_configure(NULL);
    CHECK(n > 0);
}

TEST(usb_keep_usb_option_leaves_it_alone)
{
    const sysboot_device *d = usb_board(0x413);
    sysboot_status st;
    usb_running(d);
    CHECK_EQ(fake_run_status(enter_keep_usb, &st), FAKE_RESET);
    CHECK(!usb_touched(0));
    CHECK_EQ(fake_spin_calls, 0);
    d = usb_board(0x413);
    usb_running(d);
    CHECK_EQ(fake_run_status(jump_keep_usb, &st), FAKE_BRANCHED);
    CHECK(!usb_touched(0));
    CHECK_EQ(fake_spin_calls, 0);
    /* and without the option the same board is detached */
    d = usb_board(0x413);
    usb_running(d);
    CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
    CHECK(usb_touched(0));
}

TEST(usb_gated_blocks_untouched_and_no_hold)
{
    unsigned i;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = usb_board(all_dev_ids[i]);
        sysboot_status st;
        if (!has_dfu(d) || sysboot_check(d) != SYSBOOT_OK)
            continue;
        /* the application never started USB: every clock off */
        CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
        CHECK(!usb_touched(0));
        CHECK_EQ(fake_spin_calls, 0);
    }
}

TEST(usb_only_the_lines_own_blocks)
{
    const sysboot_device *d = usb_board(0x413);   /* F407 */
    const sysboot_usb_block *own[4];
    unsigned count, i, k, n = blocks_of(d, own, 4), foreign = 0;
    const sysboot_usb_block *all = sysboot_usb_blocks(&count);
    sysboot_status st;
    int shared;
    /* every other family's USB clock bit reads as on */
    for (i = 0; i < count; i++)
        fake_poke(all[i].clock_reg, fake_peek(all[i].clock_reg) | all[i].clock_mask);
    for (k = 0; k < n; k++)
        fake_poke(own[k]->clock_reg, 0u);
    CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
    for (i = 0; i < count; i++) {
        for (shared = 0, k = 0; k < n; k++)
            shared |= all[i].clock_reg == own[k]->clock_reg;
        if (shared)
            continue;
        CHECK_EQ(fake_count_writes_to(all[i].clock_reg), 0);
        foreign++;
    }
    CHECK(foreign > 0);
    CHECK_EQ(fake_spin_calls, 0);
}

TEST(usb_h7_sticky_enables_cleared_before_reset)
{
    static const uint16_t h7[] = { 0x450, 0x483 };   /* 0x480: its own test below */
    unsigned i;
    for (i = 0; i < 2; i++) {
        const sysboot_device *d = usb_board(h7[i]);
        sysboot_status st;
        int clear;
        /* USB1 clock off, but its ULPI enable and USB2's left on */
        fake_poke(0x580244D8u, (1u << 26) | (1u << 27) | (1u << 28) | 1u);
        fake_poke(0x40080000u + SYSBOOT_OTG_GRSTCTL, SYSBOOT_OTG_AHBIDL);
        CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RESET);
        CHECK_EQ(fake_peek(0x580244D8u), 1u);   /* only the unrelated enable left */
        clear = fake_find_write(0x580244D8u, 0);
        CHECK(clear >= 0 && clear < aircr_index());
        (void)d;
    }
}

/* H7A3/B3/B0 (stm32h7a3xx.h): USB1 OTG_HS only, its clock and ULPI enables
 * in RCC_AHB1ENR at 0x58024538 (0x580244D8 is a reserved word there), both
 * cleared before the reset; nothing written at the H74x address. */
TEST(usb_h7ab_sticky_enables_cleared_before_reset)
{
    const sysboot_device *d = usb_board(0x480);
    sysboot_status st;
    int clear;
    fake_poke(0x58024538u, (1u << 25) | (1u << 26) | 1u);   /* USB1 clock, its ULPI, DMA1 */
    fake_poke(0x40040000u + SYSBOOT_OTG_GRSTCTL, SYSBOOT_OTG_AHBIDL);
    CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RESET);
    CHECK_EQ(fake_peek(0x58024538u), 1u);   /* only the unrelated enable left */
    clear = fake_find_write(0x58024538u, 0);
    CHECK(clear >= 0 && clear < aircr_index());
    CHECK(fake_find_write(0x40040000u + SYSBOOT_OTG_DCTL, 0) >= 0);   /* detached */
    CHECK_EQ(fake_count_writes_to(0x580244D8u), 0);
    (void)d;
}

TEST(usb_otg_steps_in_order)
{
    const sysboot_device *d = usb_board(0x413);   /* F407: OTG FS and OTG HS */
    sysboot_status st;
    int sdis, phy, rst, gate;
    fake_poke(0x40023834u, 0x80u);                /* OTG FS clocked only */
    fake_poke(0x50000000u + SYSBOOT_OTG_GCCFG, 0x00210000u);
    fake_poke(0x50000000u + SYSBOOT_OTG_PCGCCTL, 1u);
    fake_ignore_writes_to(0x50000000u + SYSBOOT_OTG_GRSTCTL); /* CSRST self-clears */
    CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
    sdis = fake_find_write(0x50000000u + SYSBOOT_OTG_DCTL, 0);
    phy = fake_find_write(0x50000000u + SYSBOOT_OTG_GCCFG, 0);
    rst = fake_find_write(0x50000000u + SYSBOOT_OTG_GRSTCTL, 0);
    gate = fake_find_write(0x40023834u, 0);
    CHECK(fake_find_write(0x50000000u + SYSBOOT_OTG_PCGCCTL, 0) < phy);
    /* transceiver off, core reset, then the soft disconnect, then the clock */
    CHECK(phy >= 0 && phy < rst && rst < sdis && sdis < gate);
    CHECK_EQ(value_of_write(rst) & SYSBOOT_OTG_CSRST, SYSBOOT_OTG_CSRST);
    CHECK_EQ(fake_peek(0x50000000u + SYSBOOT_OTG_GCCFG), 0x00200000u);  /* VBDEN kept */
    CHECK_EQ(fake_peek(0x40023834u), 0);
    CHECK(fake_find_write(0x40040000u + SYSBOOT_OTG_DCTL, 0) < 0);  /* OTG HS gated: untouched */
    CHECK_EQ(fake_count_writes_to(0x50000000u + SYSBOOT_OTG_DCTL), 1); /* only this line's blocks */
    (void)d;
}

/* H5E/H5F have OTG cores where the other H5 lines have the FS DRD block
 * (stm32h5e5xx.h: USB_OTG_FS_BASE_NS 0x42080000, USB_OTG_HS_BASE_NS 0x42040000,
 * RCC_AHB2ENR 0x44020C8C OTGFSEN bit 15, OTGHSEN bit 14; no APB2ENR.USBEN). */
TEST(usb_h5e_otg_fs_detached)
{
    const sysboot_device *d = usb_board(0x47A);
    sysboot_status st;
    fake_poke(0x44020C8Cu, 0xC0000000u | 0x8000u);   /* SRAM2/SRAM3 and OTG FS clocked */
    fake_ignore_writes_to(0x42080000u + SYSBOOT_OTG_GRSTCTL); /* CSRST self-clears */
    CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
    CHECK(fake_find_write(0x42080000u + SYSBOOT_OTG_DCTL, 0) >= 0);
    CHECK_EQ(fake_peek(0x44020C8Cu) & 0x0000C000u, 0);
    CHECK_EQ(fake_count_writes_to(0x42040000u + SYSBOOT_OTG_DCTL), 0);  /* OTG HS gated */
    CHECK_EQ(fake_count_writes_to(0x40016000u + SYSBOOT_FS_CNTR), 0);   /* no FS DRD block */
    (void)d;
}

TEST(usb_fs_steps_in_order)
{
    const sysboot_device *d = usb_board(0x468);   /* G431: FS device, BCDR.DPPU */
    sysboot_status st;
    int pullup, cntr, gate;
    fake_poke(0x40021058u, 0x00800000u | 0x10000000u);   /* USBEN and PWREN */
    fake_poke(0x40005C58u, 0x00008000u | 0x1u);
    CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RESET);
    pullup = fake_find_write(0x40005C58u, 0);
    cntr = fake_find_write(0x40005C40u, 0);
    gate = fake_find_write(0x40021058u, 0);
    CHECK(pullup >= 0 && pullup < cntr && cntr < gate && gate < aircr_index());
    CHECK_EQ(fake_peek(0x40005C58u), 0x1u);
    CHECK_EQ(fake_peek(0x40021058u), 0x10000000u);
    (void)d;
}

TEST(usb_dplus_gpio_recipe_drives_the_line)
{
    const sysboot_device *d = usb_board(0x422);   /* F303xC: external D+ pull-up */
    sysboot_usb_config low = { TEST_HOLD_MS, 0x48000018u, 12u, 0u };
    sysboot_usb_config high = { TEST_HOLD_MS, 0x48000418u, 3u, 1u };
    sysboot_status st;
    int w;
    sysboot_usb_configure(&low);
    CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RESET);
    w = fake_find_write(0x48000018u, 0);
    CHECK(w >= 0 && w < aircr_index());
    CHECK_EQ(value_of_write(w), 1u << 28);   /* BR12: pin low */
    CHECK_EQ(fake_spin_iterations, hold_iterations(d, TEST_HOLD_MS));   /* and held */
    d = usb_board(0x422);
    sysboot_usb_configure(&high);
    CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
    w = fake_find_write(0x48000418u, 0);
    CHECK(w >= 0 && (unsigned)w < fake_branch_write_index);
    CHECK_EQ(value_of_write(w), 1u << 3);    /* BS3: pin high */
    sysboot_usb_configure(NULL);
}

TEST(usb_hold_build_default_and_run_time)
{
    const sysboot_device *d = usb_board(0x448);   /* F072: 48 MHz */
    sysboot_usb_config seven = { 7u, 0u, 0u, 0u };
    sysboot_status st;
    sysboot_usb_configure(NULL);
    CHECK_EQ(sysboot_usb_hold_ms(), 50u);
    usb_running(d);
    CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
    CHECK_EQ(fake_spin_iterations, hold_iterations(d, 50u));
    CHECK_EQ(hold_iterations(d, 1u), 48000u);   /* 48 MHz, 1 cycle per iteration */
    d = usb_board(0x448);
    sysboot_usb_configure(&seven);
    usb_running(d);
    CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
    CHECK_EQ(fake_spin_iterations, hold_iterations(d, 7u));
    sysboot_usb_configure(NULL);
}

/* Reads of addr from the `from`-th read up to, not including, the `to`-th. */
static unsigned reads_of(uint32_t addr, unsigned from, unsigned to)
{
    unsigned i, n = 0;
    for (i = from; i < to && i < fake_read_count(); i++)
        n += fake_reads()[i] == addr;
    return n;
}

/* The OTG core reset's two waits (AHB idle, then CSRST clear) poll only as
 * long as the core is busy, and give up after SYSBOOT_OTG_RESET_POLLS reads
 * when it never answers (no PHY clock); either way the detach goes on to the
 * soft disconnect and the clock gate. */
TEST(usb_otg_core_reset_waits_are_bounded)
{
    const uint32_t otg = 0x50000000u, grstctl = otg + SYSBOOT_OTG_GRSTCTL; /* F407 OTG FS */
    const fake_write *w;
    int rst, sdis, phy;
    unsigned answers;

    for (answers = 0; answers < 2; answers++) {
        usb_board(0x413);
        fake_poke(0x40023834u, 0x80u);                    /* OTG FS clocked */
        if (answers) {
            fake_poke(grstctl, SYSBOOT_OTG_AHBIDL);        /* AHB idle at once */
            fake_clears_after(grstctl, SYSBOOT_OTG_CSRST, 2u);  /* reset done after 2 polls */
        }
        CHECK_EQ(sysboot_usb_detach(), SYSBOOT_OK);
        w = fake_writes();
        phy = fake_find_write(otg + SYSBOOT_OTG_GCCFG, 0);
        rst = fake_find_write(grstctl, 0);
        sdis = fake_find_write(otg + SYSBOOT_OTG_DCTL, 0);
        CHECK(phy >= 0 && rst > phy && sdis > rst);
        if (phy < 0 || rst <= phy || sdis <= rst)
            continue;
        /* AHB idle wait, then the read of CSRST's read-modify-write */
        CHECK_EQ(reads_of(grstctl, w[phy].reads, w[rst].reads),
                 answers ? 1u + 1u : SYSBOOT_OTG_RESET_POLLS + 1u);
        /* CSRST wait: two busy polls and the one that sees it clear */
        CHECK_EQ(reads_of(grstctl, w[rst].reads, w[sdis].reads),
                 answers ? 3u : SYSBOOT_OTG_RESET_POLLS);
        CHECK_EQ(w[sdis].value & SYSBOOT_OTG_SDIS, SYSBOOT_OTG_SDIS);
        CHECK_EQ(fake_peek(0x40023834u) & 0x80u, 0);
        CHECK_EQ(fake_peek(grstctl) & SYSBOOT_OTG_CSRST, answers ? 0u : SYSBOOT_OTG_CSRST);
    }
}

TEST(usb_public_detach)
{
    const sysboot_device *d = usb_board(0x431);   /* F411 */
    usb_running(d);
    CHECK_EQ(sysboot_usb_detach(), SYSBOOT_OK);
    CHECK_EQ(fake_peek(0x40023834u) & 0x80u, 0);
    CHECK_EQ(fake_spin_iterations, hold_iterations(d, TEST_HOLD_MS));
    fake_clear();
    CHECK_EQ(sysboot_usb_detach(), SYSBOOT_ERR_UNKNOWN_DEVICE);
    CHECK_EQ(fake_write_count(), 0);
    /* on a line whose ROM has no USB DFU the public call touches nothing USB */
    d = usb_board(0x410);                         /* F103: USB FS, USART-only ROM */
    usb_running(d);
    CHECK_EQ(sysboot_usb_detach(), SYSBOOT_OK);
    CHECK(!usb_touched(0u));
    CHECK_EQ(fake_spin_calls, 0);
}

const test_case usb_tests[] = {
    { "usb_every_dfu_profile_has_a_row", usb_every_dfu_profile_has_a_row },
    { "usb_reset_path_detaches_and_holds_every_dfu_row", usb_reset_path_detaches_and_holds_every_dfu_row },
    { "usb_direct_path_detaches_and_holds_every_dfu_row", usb_direct_path_detaches_and_holds_every_dfu_row },
    { "usb_no_dfu_rows_touch_nothing_usb", usb_no_dfu_rows_touch_nothing_usb },
    { "usb_keep_usb_option_leaves_it_alone", usb_keep_usb_option_leaves_it_alone },
    { "usb_gated_blocks_untouched_and_no_hold", usb_gated_blocks_untouched_and_no_hold },
    { "usb_only_the_lines_own_blocks", usb_only_the_lines_own_blocks },
    { "usb_h7_sticky_enables_cleared_before_reset", usb_h7_sticky_enables_cleared_before_reset },
    { "usb_h7ab_sticky_enables_cleared_before_reset", usb_h7ab_sticky_enables_cleared_before_reset },
    { "usb_otg_steps_in_order", usb_otg_steps_in_order },
    { "usb_h5e_otg_fs_detached", usb_h5e_otg_fs_detached },
    { "usb_fs_steps_in_order", usb_fs_steps_in_order },
    { "usb_dplus_gpio_recipe_drives_the_line", usb_dplus_gpio_recipe_drives_the_line },
    { "usb_hold_build_default_and_run_time", usb_hold_build_default_and_run_time },
    { "usb_public_detach", usb_public_detach },
    { "usb_otg_core_reset_waits_are_bounded", usb_otg_core_reset_waits_are_bounded },
    { NULL, NULL }
};

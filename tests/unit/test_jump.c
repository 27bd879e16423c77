/* The direct path: everything a reset would undo is undone, in order. */
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
    if (d != NULL)
        fake_board(d, 0);
    return d;
}

static uint32_t core_of(const sysboot_device *d)
{
    return sysboot_facts(d)->core;
}

/* An application in full flight: interrupts live in several NVIC words,
 * SysTick running and pending, PendSV pending, VTOR at the application. */
static void dirty(void)
{
    unsigned w;
    for (w = 0; w < 8; w++) {
        fake_poke(SYSBOOT_NVIC_ISER + 4u * w, 0x80000001u << (w & 1));
        fake_poke(SYSBOOT_NVIC_ISPR + 4u * w, 0x00010001u << w);
    }
    fake_poke(SYSBOOT_SysTick_CTRL, 7u);
    fake_poke(SYSBOOT_SysTick_LOAD, 0x2327Fu);
    fake_poke(SYSBOOT_SysTick_VAL, 0x1234u);
    fake_poke(SYSBOOT_SCB_ICSR, (1u << 26) | (1u << 28));
    fake_poke(SYSBOOT_SCB_VTOR, 0x08000000u);
}

static unsigned nvic_words(uint32_t core)
{
    return (core == SYSBOOT_CORE_M0 || core == SYSBOOT_CORE_M0P) ? 1u : 8u;
}

TEST(jump_every_row_lands_in_rom_clean)
{
    unsigned i, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = board(all_dev_ids[i]);
        const sysboot_profile *p = sysboot_facts(d);
        sysboot_status st;
        unsigned w;
        if (sysboot_check(d) != SYSBOOT_OK)
            continue;
        dirty();
        CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
        CHECK_EQ(fake_branch_msp, fake_rom_msp(d));
        CHECK_EQ(fake_branch_pc, fake_rom_reset(d));
        CHECK(fake_irq_disabled > 0);
        CHECK_EQ(fake_peek(SYSBOOT_SysTick_CTRL), 0);
        CHECK_EQ(fake_peek(SYSBOOT_SysTick_LOAD), 0);
        CHECK(fake_find_write(SYSBOOT_SysTick_VAL, 0) >= 0);
        CHECK_EQ(fake_peek(SYSBOOT_SCB_ICSR) & ((1u << 26) | (1u << 28)), 0);
        for (w = 0; w < nvic_words(core_of(d)); w++) {
            CHECK_EQ(fake_peek(SYSBOOT_NVIC_ISER + 4u * w), 0);
            CHECK_EQ(fake_peek(SYSBOOT_NVIC_ISPR + 4u * w), 0);
        }
        if (core_of(d) == SYSBOOT_CORE_M0) {
            CHECK_EQ(fake_count_writes_to(SYSBOOT_SCB_VTOR), 0); /* no VTOR on M0 */
            CHECK(p->remap.reg != 0);  /* so the remap is mandatory */
        } else {
            CHECK_EQ(fake_peek(SYSBOOT_SCB_VTOR), d->bootloader);
        }
        if (p->remap.reg != 0) {
            int clk = fake_find_write(p->remap_clock_reg, 0);
            int remap = fake_find_write(p->remap.reg, 0);
            CHECK_EQ(fake_peek(p->remap.reg) & p->remap.mask, p->remap.value);
            CHECK(remap >= 0);
            if (p->remap_clock_reg != 0) {
                CHECK(clk >= 0 && clk < remap);
                CHECK((fake_peek(p->remap_clock_reg) & p->remap_clock_mask) == p->remap_clock_mask);
            }
        }
        CHECK_EQ(hook_calls, 1);
        CHECK_EQ(hook_write_index, 0); /* before anything was changed */
        n++;
    }
    CHECK(n > 0);
}

TEST(jump_nvic_words_follow_ictr)
{
    const sysboot_device *d = board(0x413);
    sysboot_status st;
    fake_poke(SYSBOOT_SCnSCB_ICTR, 2u); /* 96 lines: 3 words */
    CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
    CHECK(fake_find_write(SYSBOOT_NVIC_ICER + 8u, 0) >= 0);
    CHECK(fake_find_write(SYSBOOT_NVIC_ICPR + 8u, 0) >= 0);
    CHECK(fake_find_write(SYSBOOT_NVIC_ICER + 12u, 0) < 0);
    (void)d;
}

TEST(jump_keeps_remap_field_neighbours)
{
    const sysboot_device *d = board(0x413);
    const sysboot_profile *p = sysboot_facts(d);
    sysboot_status st;
    CHECK(p->remap.reg != 0);
    fake_poke(p->remap.reg, 0xFFFFFF00u | 0x3u); /* other fields set, MEM_MODE = 11 */
    CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
    CHECK_EQ(fake_peek(p->remap.reg), (0xFFFFFF00u & ~p->remap.mask) | (0x3u & ~p->remap.mask) | p->remap.value);
}

TEST(jump_disables_mpu)
{
    unsigned i, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = board(all_dev_ids[i]);
        sysboot_status st;
        if (sysboot_check(d) != SYSBOOT_OK || core_of(d) == SYSBOOT_CORE_M0)
            continue;
        fake_poke(SYSBOOT_MPU_TYPE, 8u << 8);
        fake_poke(SYSBOOT_MPU_CTRL, 5u);
        CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
        CHECK_EQ(fake_peek(SYSBOOT_MPU_CTRL), 0);
        n++;
    }
    CHECK(n > 0);
}

/* SCB->SCR (SLEEPONEXIT, SLEEPDEEP, SEVONPEND) and the CCR traps
 * (UNALIGN_TRP, DIV_0_TRP) back to reset on every row: SLEEPONEXIT would
 * stop an interrupt-driven ROM after its first handler. */
TEST(jump_resets_sleep_and_traps_every_row)
{
    unsigned i, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = sysboot_lookup(all_dev_ids[i]);
        sysboot_status st;
        fake_clear();
        hook_reset();
        if (!fake_board(d, 0) || sysboot_check(d) != SYSBOOT_OK)
            continue;
        fake_poke(SYSBOOT_SCB_SCR, 0x16u);
        fake_poke(SYSBOOT_SCB_CCR, 0x218u);
        CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
        CHECK_EQ(fake_peek(SYSBOOT_SCB_SCR), 0);
        CHECK_EQ(fake_peek(SYSBOOT_SCB_CCR) & 0x18u, 0);
        CHECK(fake_find_write(SYSBOOT_SCB_SCR, 0) < (int)fake_branch_write_index);
        n++;
    }
    CHECK(n > 0);
}

TEST(jump_m7_cleans_and_disables_caches)
{
    unsigned i, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = board(all_dev_ids[i]);
        sysboot_status st;
        int icache_off;
        if (sysboot_check(d) != SYSBOOT_OK || core_of(d) != SYSBOOT_CORE_M7)
            continue;
        fake_poke(SYSBOOT_SCB_CCR, SYSBOOT_CCR_DC | SYSBOOT_CCR_IC | 0x200u);
        CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
        /* the register-only routine (dcache.c) cleans and turns DC off */
        CHECK_EQ(fake_dcache_off_calls, 1);
        CHECK_EQ(fake_peek(SYSBOOT_SCB_CCR), 0x200u);
        icache_off = fake_find_write(SYSBOOT_SCB_ICIALLU, 0);
        CHECK(icache_off >= 0);
        CHECK(fake_dcache_off_write_index < fake_branch_write_index);
        n++;
    }
    CHECK(n > 0);
    /* a D-cache the application never turned on is left alone */
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = board(all_dev_ids[i]);
        sysboot_status st;
        if (sysboot_check(d) != SYSBOOT_OK || core_of(d) != SYSBOOT_CORE_M7)
            continue;
        CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
        CHECK_EQ(fake_dcache_off_calls, 0);
    }
}

TEST(jump_releases_fpu)
{
    unsigned i, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = board(all_dev_ids[i]);
        sysboot_status st;
        uint32_t core = core_of(d);
        if (sysboot_check(d) != SYSBOOT_OK ||
            (core != SYSBOOT_CORE_M4 && core != SYSBOOT_CORE_M7 && core != SYSBOOT_CORE_M33))
            continue;
        fake_poke(SYSBOOT_SCB_CPACR, 0xFu << 20);
        fake_poke(SYSBOOT_FPU_FPCCR, 0xC0000001u); /* ASPEN, LSPEN, LSPACT */
        CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
        CHECK_EQ(fake_peek(SYSBOOT_SCB_CPACR), 0);
        CHECK_EQ(fake_peek(SYSBOOT_FPU_FPCCR), 0xC0000000u);
        n++;
    }
    CHECK(n > 0);
}

/* Refusals change nothing: no register written, no hook, no jump. */
static void refused(sysboot_status expected)
{
    sysboot_status st;
    CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_RETURNED);
    CHECK_EQ(st, expected);
    CHECK_EQ(fake_write_count(), 0);
    CHECK_EQ(fake_irq_disabled, 0);
    CHECK_EQ(hook_calls, 0);
}

TEST(jump_refused_from_isr)
{
    board(0x413);
    dirty();
    fake_ipsr = 0x2Au; /* an IRQ handler */
    refused(SYSBOOT_ERR_CONTEXT);
    board(0x413);
    fake_ipsr = 3u;    /* HardFault */
    refused(SYSBOOT_ERR_CONTEXT);
}

TEST(jump_refused_unprivileged)
{
    board(0x413);
    fake_control = 3u; /* RTOS task: PSP, unprivileged */
    refused(SYSBOOT_ERR_CONTEXT);
}

TEST(jump_allowed_privileged_on_psp)
{
    const sysboot_device *d = board(0x413);
    sysboot_status st;
    fake_control = 2u; /* privileged RTOS thread on PSP: the trampoline fixes CONTROL */
    CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
    CHECK_EQ(fake_branch_msp, fake_rom_msp(d));
}

TEST(jump_refused_unknown_device)
{
    board(0x413);
    fake_poke(0xE0042000u, 0x6FFFu);
    refused(SYSBOOT_ERR_UNKNOWN_DEVICE);
}

TEST(jump_refused_bad_vectors)
{
    const sysboot_device *d = board(0x413);
    fake_poke(d->bootloader, 0xFFFFFFFFu);
    fake_poke(d->bootloader + 4u, 0xFFFFFFFFu);
    refused(SYSBOOT_ERR_NO_BOOTLOADER);
}

TEST(jump_refused_rdp2_tz_bounce_core)
{
    unsigned i;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = board(all_dev_ids[i]);
        const sysboot_profile *p = sysboot_facts(d);
        if (d->flags & SYSBOOT_DEV_NO_SW_ENTRY) {
            refused(SYSBOOT_ERR_NO_SOFTWARE_ENTRY);
            continue;
        }
        if (d->flags & SYSBOOT_DEV_ENTRY_UNCONFIRMED) {
            refused(SYSBOOT_ERR_ENTRY_UNCONFIRMED);
            continue;
        }
        if (d->flags & SYSBOOT_DEV_BOUNCES) {
            refused(SYSBOOT_ERR_EMPTY_CHECK);
            continue;
        }
        if (p->rdp_level2.reg) {
            board(all_dev_ids[i]);
            fake_poke(p->rdp_level2.reg, p->rdp_level2.value);
            refused(SYSBOOT_ERR_READ_PROTECTED);
        }
        if (p->trustzone.reg) {
            board(all_dev_ids[i]);
            fake_poke(p->trustzone.reg, p->trustzone.value);
            refused(SYSBOOT_ERR_TRUSTZONE);
        }
        if (d->flags & SYSBOOT_DEV_DUAL_CORE) {
            /* from the other core: refused whether or not that core can
             * read the IDCODE; never a jump */
            uint32_t other = p->core == SYSBOOT_CORE_M7 ? SYSBOOT_CORE_M4 : SYSBOOT_CORE_M0P;
            board(all_dev_ids[i]);
            fake_poke(SYSBOOT_SCB_CPUID, 0x410F0001u | (other << 4));
            refused(sysboot_identify() == d ? SYSBOOT_ERR_WRONG_CORE : SYSBOOT_ERR_UNKNOWN_DEVICE);
        }
    }
}

/* H745/747/755/757: the Cortex-M4 shares DEV_ID 0x450 and reads it at the
 * shared DBGMCU; it must be told it is the wrong core. */
TEST(jump_refused_on_h7_cortex_m4)
{
    board(0x450);
    fake_poke(SYSBOOT_SCB_CPUID, 0x410FC241u);
    CHECK(sysboot_identify() == sysboot_lookup(0x450));
    refused(SYSBOOT_ERR_WRONG_CORE);
}

/* ARMv6-M has no ICTR (the System Control Space reserves its address) and
 * at most 32 interrupt lines: a Cortex-M0/M0+ line clears one NVIC word and
 * never reads ICTR; every other core reads it to size the loop. */
TEST(jump_reads_ictr_only_where_it_exists)
{
    unsigned i, v6m = 0, other = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = board(all_dev_ids[i]);
        sysboot_status st;
        if (sysboot_check(d) != SYSBOOT_OK)
            continue;
        dirty();
        CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
        if (core_of(d) == SYSBOOT_CORE_M0 || core_of(d) == SYSBOOT_CORE_M0P) {
            CHECK(!fake_was_read(SYSBOOT_SCnSCB_ICTR));
            CHECK_EQ(fake_count_writes_to(SYSBOOT_NVIC_ICER + 4u), 0);
            CHECK_EQ(fake_count_writes_to(SYSBOOT_NVIC_ICER), 1);
            v6m++;
        } else {
            CHECK(fake_was_read(SYSBOOT_SCnSCB_ICTR));
            other++;
        }
    }
    CHECK(v6m > 0 && other > 0);
}

/* The SYSCFG clock is read back between its enable and the remap write, so
 * the write reaches a clocked SYSCFG (RM0091 and the other reference
 * manuals: a delay after an RCC peripheral clock enable). */
TEST(jump_reads_back_the_syscfg_clock_before_the_remap)
{
    unsigned i, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = board(all_dev_ids[i]);
        const sysboot_profile *p = sysboot_facts(d);
        const fake_write *w = fake_writes();
        sysboot_status st;
        int remap, clk = -1, k;
        unsigned r, readback = 0;
        if (sysboot_check(d) != SYSBOOT_OK || p->remap_clock_reg == 0u)
            continue;
        CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
        remap = fake_find_write(p->remap.reg, 0);
        for (k = 0; k < remap; k++)
            if (w[k].addr == p->remap_clock_reg)
                clk = k;
        CHECK(clk >= 0 && remap > clk);
        if (clk < 0 || remap <= clk)
            continue;
        CHECK((w[clk].value & p->remap_clock_mask) == p->remap_clock_mask);
        for (r = w[clk].reads; r < w[remap].reads; r++)
            readback += fake_reads()[r] == p->remap_clock_reg;
        CHECK(readback > 0);
        n++;
    }
    CHECK(n > 0);
}

TEST(jump_marks_record_for_clean_return)
{
    uint32_t request = 0;
    sysboot_status st;
    board(0x413);
    sysboot_record_set(SYSBOOT_STATE_IDLE, 0);
    CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
    CHECK(sysboot_record_get(&request));
    CHECK_EQ(sysboot_record_state(request), SYSBOOT_STATE_IN_ROM);
}

const test_case jump_tests[] = {
    { "jump_every_row_lands_in_rom_clean", jump_every_row_lands_in_rom_clean },
    { "jump_nvic_words_follow_ictr", jump_nvic_words_follow_ictr },
    { "jump_keeps_remap_field_neighbours", jump_keeps_remap_field_neighbours },
    { "jump_disables_mpu", jump_disables_mpu },
    { "jump_resets_sleep_and_traps_every_row", jump_resets_sleep_and_traps_every_row },
    { "jump_m7_cleans_and_disables_caches", jump_m7_cleans_and_disables_caches },
    { "jump_releases_fpu", jump_releases_fpu },
    { "jump_refused_from_isr", jump_refused_from_isr },
    { "jump_refused_unprivileged", jump_refused_unprivileged },
    { "jump_allowed_privileged_on_psp", jump_allowed_privileged_on_psp },
    { "jump_refused_unknown_device", jump_refused_unknown_device },
    { "jump_refused_bad_vectors", jump_refused_bad_vectors },
    { "jump_refused_rdp2_tz_bounce_core", jump_refused_rdp2_tz_bounce_core },
    { "jump_refused_on_h7_cortex_m4", jump_refused_on_h7_cortex_m4 },
    { "jump_marks_record_for_clean_return", jump_marks_record_for_clean_return },
    { "jump_reads_ictr_only_where_it_exists", jump_reads_ictr_only_where_it_exists },
    { "jump_reads_back_the_syscfg_clock_before_the_remap", jump_reads_back_the_syscfg_clock_before_the_remap },
    { NULL, NULL }
};

/* The direct path's clock reset (docs/clock-reset.md): every layout's order,
 * end state and timeouts, over every database row with a clock reset. */
#include "tests.h"
#include "fake.h"
#include "hook.h"
#include "rows.h"
#include "clock_model.h"
#include "../../src/line.h"
#include "../../src/core_regs.h"
#include "../../src/clock.h"
#include "../../src/peripherals.h"

#include <string.h>

static uint32_t jump_options;
static sysboot_status jump_with_options(void) { return sysboot_jump_now_with(jump_options); }

/* d on the board with its application at full speed; NULL when d is not
 * a row the direct path may enter, or has no clock reset. */
static const clock_model *dirty_board(unsigned row, const sysboot_device **out)
{
    const sysboot_device *d = sysboot_lookup(all_dev_ids[row]);
    const clock_model *m;
    fake_clear();
    hook_reset();
    fake_board(d, 0);
    *out = d;
    m = clock_model_of(d);
    if (m == NULL || sysboot_check(d) != SYSBOOT_OK)
        return NULL;
    clock_model_dirty(m);
    return m;
}

/* The enables step of d's layout at addr, or NULL. */
static const sysboot_clock_step *enables_step_at(const sysboot_device *d, uint32_t addr)
{
    const sysboot_clock_site *s = sysboot_clock_site_of(d);
    unsigned k;
    const sysboot_clock_step *e = s->steps[SYSBOOT_CLOCK_ENABLES];
    for (k = 0; k < s->count[SYSBOOT_CLOCK_ENABLES]; k++)
        if (s->base[e[k].op & SYSBOOT_CLOCK_OP_BLOCK] + 4u * e[k].offset4 == addr)
            return &e[k];
    return NULL;
}

/* Lines without USB DFU: the library leaves registers marked as holding a
 * USB clock enable whole. */
static int usb_clock_spared(const sysboot_device *d, uint32_t addr)
{
    const sysboot_clock_step *step = enables_step_at(d, addr);
    return (d->interfaces & SYSBOOT_IF_USB_DFU) == 0u && step != NULL &&
           (step->op & SYSBOOT_CLOCK_OP_USB) != 0u;
}

/* The USB marks cover the data: every USB block's clock enable register
 * (data/stm32.def SYSBOOT_USB) is a USB-marked step of its layout, so a
 * line without USB DFU keeps every USB clock it runs. */
TEST(clock_usb_clock_registers_marked_every_row)
{
    unsigned i, k, count, n = 0;
    const sysboot_usb_block *b = sysboot_usb_blocks(&count);
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = sysboot_lookup(all_dev_ids[i]);
        if (sysboot_clock_site_of(d)->layout == SYSBOOT_CLOCK_LAYOUT_NONE)
            continue;
        for (k = 0; k < count; k++) {
            const sysboot_clock_step *step;
            if (b[k].profile != d->profile)
                continue;
            step = enables_step_at(d, b[k].clock_reg);
            if (step == NULL || (step->op & SYSBOOT_CLOCK_OP_USB) == 0u)
                printf("    row %03X: USB clock register %08X not marked\n", (unsigned)d->dev_id,
                       (unsigned)b[k].clock_reg);
            CHECK(step != NULL && (step->op & SYSBOOT_CLOCK_OP_USB) != 0u);
            n++;
        }
    }
    CHECK(n > 0);
}

static int first_write(uint32_t addr, uint32_t mask, uint32_t value)
{
    const fake_write *w = fake_writes();
    unsigned i;
    for (i = 0; i < fake_write_count(); i++)
        if (w[i].addr == addr && (w[i].value & mask) == value)
            return (int)i;
    return -1;
}

static int last_write(uint32_t addr)
{
    const fake_write *w = fake_writes();
    int i;
    for (i = (int)fake_write_count() - 1; i >= 0; i--)
        if (w[i].addr == addr)
            return i;
    return -1;
}

/* A clock reset that cannot finish: fn returns SYSBOOT_ERR_CLOCK without a
 * branch, interrupts unmasked again, SysTick and the NVIC never touched. */
static void expect_clock_refusal(sysboot_status (*fn)(void))
{
    sysboot_status st = SYSBOOT_OK;
    CHECK_EQ(fake_run_status(fn, &st), FAKE_RETURNED);
    CHECK_EQ(st, SYSBOOT_ERR_CLOCK);
    CHECK_EQ(fake_primask, 0);
    CHECK_EQ(fake_count_writes_to(SYSBOOT_SysTick_CTRL), 0);
    CHECK_EQ(fake_count_writes_to(SYSBOOT_NVIC_ICER), 0);
}

/* Every row with a layout: the model's bases are the database's, and the
 * step tables are not empty. */
TEST(clock_rows_match_the_hardware_model)
{
    unsigned i, k, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = sysboot_lookup(all_dev_ids[i]);
        const sysboot_clock_site *s = sysboot_clock_site_of(d);
        const clock_model *m = clock_model_of(d);
        if (s->layout == SYSBOOT_CLOCK_LAYOUT_NONE) {
            CHECK_EQ(s->count[SYSBOOT_CLOCK_TREE], 0);
            CHECK_EQ(s->count[SYSBOOT_CLOCK_ENABLES], 0);
            continue;
        }
        CHECK(m != NULL);
        if (m == NULL)
            continue;
        CHECK_EQ(s->base[SYSBOOT_CLOCK_RCC], m->rcc);
        CHECK_EQ(s->base[SYSBOOT_CLOCK_FLASH], m->flash_acr);
        CHECK_EQ(s->base[SYSBOOT_CLOCK_ICACHE], m->icache);
        CHECK_EQ(s->base[SYSBOOT_CLOCK_PWR], m->pwr);
        /* the layout the row's series calls for (C0 is not G0: another HSI) */
        if (s->layout != m->layout)
            printf("    row %03X: layout %u, the series has %u\n", (unsigned)d->dev_id, s->layout, m->layout);
        CHECK_EQ(s->layout, m->layout);
        CHECK(s->count[SYSBOOT_CLOCK_TREE] > 0 && s->count[SYSBOOT_CLOCK_ENABLES] > 0);
        /* the reset-cause register sysboot_early() reads at every boot is
         * one of the RCC block the clock rows name */
        if (sysboot_facts(d)->reset_reg != 0u)
            CHECK(sysboot_facts(d)->reset_reg - s->base[SYSBOOT_CLOCK_RCC] < 0x400u);
        /* a layout addresses only the blocks its row names (flash_base 0:
         * the wait states are left alone, so no FLASH step) */
        for (k = 0; k < 2u; k++) {
            unsigned j;
            for (j = 0; j < s->count[k]; j++) {
                const sysboot_clock_step *st = &s->steps[k][j];
                if ((st->op & SYSBOOT_CLOCK_OP_FIELD) != 0u)
                    j++; /* the next entry is this one's value */
                if (s->base[st->op & SYSBOOT_CLOCK_OP_BLOCK] == 0u)
                    printf("    row %03X: step %u of part %u on a block the row lacks\n",
                           (unsigned)d->dev_id, j, k);
                CHECK(s->base[st->op & SYSBOOT_CLOCK_OP_BLOCK] != 0u);
            }
        }
        n++;
    }
    CHECK(n > 0);
}

/* The order: oscillator on, SYSCLK switched, PLLs off, wait states down,
 * and the peripheral clocks last, after the hook and the core quiesce. */
TEST(clock_reset_order_and_end_state_every_row)
{
    unsigned i, k, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d;
        const clock_model *m = dirty_board(i, &d);
        sysboot_status st;
        uint32_t cr, cfgr;
        int on, sw, pll_off, presc, flash, first_enr = -1;
        if (m == NULL)
            continue;
        cr = m->rcc;
        cfgr = m->rcc + m->cfgr;
        CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
        on = first_write(cr, m->osc_on, m->osc_on);
        sw = first_write(cfgr, m->sw_mask, m->sw_reset);
        pll_off = first_write(cr, m->pll_on, 0u);
        CHECK(on >= 0 && (unsigned)on >= hook_write_index);
        CHECK(sw > on);
        CHECK(pll_off > sw);
        /* prescalers back to reset once switched, before the PLLs stop */
        presc = first_write(cr + m->prescaler_reg, m->prescaler_dirty, 0u);
        CHECK(presc > on && presc < pll_off);
        if (m->flash_acr != 0u && m->latency_kept) {
            /* reset value unknown: raised or kept, never lowered */
            CHECK((fake_peek(m->flash_acr) & m->latency_mask) >= clock_model_app_latency(m));
            CHECK_EQ(fake_peek(m->flash_acr) & ~m->latency_mask, 0x700u); /* caches kept */
            flash = pll_off;
        } else if (m->flash_acr != 0u) {
            flash = last_write(m->flash_acr);
            CHECK(flash > pll_off);
            CHECK_EQ(fake_peek(m->flash_acr) & m->latency_mask, m->latency_end);
            CHECK_EQ(fake_peek(m->flash_acr) & ~m->latency_mask & ~m->acr_kept, 0x700u); /* caches kept */
        } else {
            CHECK_EQ(fake_count_writes_to(0x52002000u), 0); /* H7: ACR left alone */
            CHECK_EQ(fake_count_writes_to(0x00000000u), 0); /* nor written at 0 + its offset */
            flash = pll_off;
        }
        /* end state: reset oscillator as SYSCLK, PLLs and HSE off, reset prescaler */
        CHECK_EQ(fake_peek(cr) & (m->osc_on | m->osc_rdy), m->osc_on | m->osc_rdy);
        CHECK_EQ(fake_peek(cr) & (m->pll_on | m->pll_rdy | m->hse_on | m->hse_rdy |
                                  clock_model_hse_companion(m) | m->other_on | m->other_rdy), 0);
        CHECK_EQ(fake_peek(cfgr) & (m->sw_mask | m->sws_mask), m->sw_reset | clock_model_sws_reset(m));
        CHECK_EQ(fake_peek(cr + m->prescaler_reg) & m->prescaler_dirty, 0);
        if (m->pllcfgr != 0u) {
            CHECK_EQ(fake_peek(cr + m->pllcfgr), m->pllcfgr_reset);
            CHECK(first_write(cr + m->pllcfgr, 0xFFFFFFFFu, m->pllcfgr_reset) > pll_off);
        }
        for (k = 0; k < m->enable_count; k++) {
            uint32_t enr = cr + m->enables[k].offset;
            int w = last_write(enr);
            if (usb_clock_spared(d, enr)) {
                CHECK_EQ(fake_count_writes_to(enr), 0);
                continue;
            }
            CHECK(w > flash);
            if (first_enr < 0 || w < first_enr)
                first_enr = w;
            uint32_t remap_clk = enr == sysboot_facts(d)->remap_clock_reg ?
                                 sysboot_facts(d)->remap_clock_mask : 0u;
            CHECK_EQ(fake_peek(enr) & ~m->enables[k].keep & ~remap_clk, 0); /* SYSCFG for the remap */
            CHECK_EQ(fake_peek(enr) & m->enables[k].keep, m->enables[k].keep);
        }
        /* enables after SysTick and the NVIC are quiet, before the branch */
        CHECK(first_enr > last_write(SYSBOOT_SysTick_CTRL));
        CHECK(first_enr > last_write(SYSBOOT_NVIC_ICER));
        CHECK(fake_irq_disabled > 0);
        n++;
    }
    CHECK(n > 0);
}

/* Every layout some row names is exercised by a row the direct path enters. */
TEST(clock_every_layout_runs_on_a_row)
{
    unsigned i, seen[32] = { 0 }, ran[32] = { 0 }, l;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d;
        const clock_model *m = dirty_board(i, &d);
        uint8_t layout = sysboot_clock_site_of(d)->layout;
        if (layout == SYSBOOT_CLOCK_LAYOUT_NONE || layout >= 32u)
            continue;
        seen[layout]++;
        if (m != NULL)
            ran[layout]++;
    }
    for (l = 1; l < 32; l++) {
        if (seen[l] != 0u && ran[l] == 0u)
            printf("    layout %u: no row reaches the clock reset\n", l);
        CHECK(seen[l] == 0u || ran[l] > 0u);
    }
}

/* H7: the PLL configuration and kernel clock muxes back to reset values. */
TEST(clock_h7_pll_and_kernel_muxes_reset)
{
    const sysboot_device *d = sysboot_lookup(0x450);
    const clock_model *m;
    sysboot_status st;
    unsigned k;
    static const uint16_t muxes[] = { 0x4C, 0x50, 0x54, 0x58 };
    fake_clear();
    hook_reset();
    fake_board(d, 0);
    m = clock_model_of(d);
    CHECK(m != NULL);
    if (m == NULL)
        return;
    clock_model_dirty(m);
    for (k = 0; k < 4; k++)
        fake_poke(m->rcc + muxes[k], 0x33333333u);
    fake_poke(m->rcc + 0x28, 0x00000002u); /* PLLSRC = HSE */
    fake_poke(m->rcc + 0x30, 0x0101023Fu);
    CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
    for (k = 0; k < 4; k++) {
        CHECK_EQ(fake_peek(m->rcc + muxes[k]), 0);
        CHECK(last_write(m->rcc + muxes[k]) > first_write(m->rcc, m->pll_on, 0u));
    }
    CHECK_EQ(fake_peek(m->rcc + 0x28), 0x02020200u);
    CHECK_EQ(fake_peek(m->rcc + 0x30), 0x01010280u);
    CHECK_EQ(fake_peek(m->rcc + 0x18), 0);  /* D1CFGR */
    CHECK(last_write(m->rcc + 0x18) > first_write(m->rcc + 0x10, 0x7u, 0u)); /* after the switch */
}

/* H7A3/B3/B0 (stm32h7a3xx.h RCC_TypeDef): the peripheral clock enables are
 * at 0x134..0x154, and 0xD4..0xF4, the H74x enables, are reserved words
 * there: the enables at reset but the SRAM, backup RAM and RTC ones, and
 * nothing written at the H74x offsets. */
TEST(clock_h7ab_enables_at_their_offsets)
{
    static const struct { uint16_t offset; uint32_t keep; } enr[] = {
        { 0x134, 0 }, { 0x138, 0 }, { 0x13C, 0x60000000u }, { 0x140, 0x30000000u }, { 0x144, 0 },
        { 0x148, 0 }, { 0x14C, 0 }, { 0x150, 0 }, { 0x154, 0x00010000u },
    };
    const sysboot_device *d = sysboot_lookup(0x480);
    sysboot_status st;
    unsigned k;
    uint32_t off;
    fake_clear();
    hook_reset();
    fake_board(d, 0);
    for (k = 0; k < sizeof enr / sizeof enr[0]; k++)
        fake_poke(0x58024400u + enr[k].offset, 0xFFFFFFFFu);
    CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
    for (k = 0; k < sizeof enr / sizeof enr[0]; k++)
        CHECK_EQ(fake_peek(0x58024400u + enr[k].offset), enr[k].keep);
    for (off = 0xD4; off <= 0xF4; off += 4u)
        CHECK_EQ(fake_count_writes_to(0x58024400u + off), 0);
}

/* U5 (RM0456): the three PLLs' configuration, dividers and fractions and
 * the kernel clock muxes CCIPR1..3 back to reset values once the PLLs are
 * off; CFGR1 (MCO, wake-up clocks) at reset after the switch. */
TEST(clock_u5_plls_and_kernel_muxes_reset)
{
    static const struct { uint16_t offset; uint32_t reset; } regs[] = {
        { 0x28, 0 }, { 0x2C, 0 }, { 0x30, 0 },                     /* PLL1CFGR..PLL3CFGR */
        { 0x34, 0x01010280u }, { 0x38, 0 }, { 0x3C, 0x01010280u }, /* PLL1DIVR, FRACR, PLL2DIVR */
        { 0x40, 0 }, { 0x44, 0x01010280u }, { 0x48, 0 },           /* PLL2FRACR, PLL3DIVR, FRACR */
        { 0xE0, 0 }, { 0xE4, 0 }, { 0xE8, 0 },                     /* CCIPR1..CCIPR3 */
    };
    const sysboot_device *d = sysboot_lookup(0x482);  /* U575/U585 */
    const clock_model *m;
    sysboot_status st;
    unsigned k;
    fake_clear();
    hook_reset();
    fake_board(d, 0);
    m = clock_model_of(d);
    CHECK(m != NULL && m->layout == SYSBOOT_CLOCK_LAYOUT_U5);
    if (m == NULL)
        return;
    clock_model_dirty(m);
    for (k = 0; k < sizeof regs / sizeof regs[0]; k++)
        fake_poke(m->rcc + regs[k].offset, 0x5A5A5A5Au);
    fake_poke(m->rcc + 0x1C, 0x73000003u | 0xCu | 0x30u); /* MCO = PLL1/8, wake-up on HSI, SW = PLL1 */
    /* CFGR2: HPRE /2, APB2 off; DPRE[14:12] (DSI lines; no field in the U575/U585 headers) at its
     * reset 110 (ST SVD STM32U5 V1.3: RCC_CFGR2 0x00006000): left */
    fake_poke(m->rcc + 0x20, 0x00106008u);
    CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
    CHECK_EQ(fake_peek(m->rcc + 0x20), 0x00006000u);
    for (k = 0; k < sizeof regs / sizeof regs[0]; k++) {
        CHECK_EQ(fake_peek(m->rcc + regs[k].offset), regs[k].reset);
        CHECK(last_write(m->rcc + regs[k].offset) > first_write(m->rcc, m->pll_on, 0u));
    }
    CHECK_EQ(fake_peek(m->rcc + 0x1C), 0);
    CHECK(last_write(m->rcc + 0x1C) > first_write(m->rcc + 0x1C, 0x3u, 0u));
}

/* WBA (RM0493): PLL1's configuration, divider and fraction and the kernel
 * clock muxes CCIPR1..3 at reset once the PLL is off; CFGR1 (MCO) at reset
 * after the switch; HSEPRE cleared only with HSE stopped. Every WBA row. */
TEST(clock_wba_pll_and_kernel_muxes_reset)
{
    static const struct { uint16_t offset; uint32_t reset; } regs[] = {
        { 0x28, 0 }, { 0x34, 0x01010280u }, { 0x38, 0 },  /* PLL1CFGR, PLL1DIVR, PLL1FRACR */
        { 0xE0, 0 }, { 0xE4, 0 }, { 0xE8, 0 },            /* CCIPR1..CCIPR3 */
    };
    unsigned i, k, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d;
        const clock_model *m = dirty_board(i, &d);
        sysboot_status st;
        int hse_off;
        if (m == NULL || m->layout != SYSBOOT_CLOCK_LAYOUT_WBA)
            continue;
        for (k = 0; k < sizeof regs / sizeof regs[0]; k++)
            fake_poke(m->rcc + regs[k].offset, 0x5A5A5A5Au);
        fake_poke(m->rcc + 0x1C, 0x73000003u | 0xCu); /* MCO = PLL1/8, SW = PLL1 */
        CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
        for (k = 0; k < sizeof regs / sizeof regs[0]; k++) {
            CHECK_EQ(fake_peek(m->rcc + regs[k].offset), regs[k].reset);
            CHECK(last_write(m->rcc + regs[k].offset) > first_write(m->rcc, m->pll_on, 0u));
        }
        CHECK_EQ(fake_peek(m->rcc + 0x1C), 0);
        CHECK(last_write(m->rcc + 0x1C) > first_write(m->rcc + 0x1C, 0x3u, 0u));
        hse_off = first_write(m->rcc, m->hse_on, 0u);
        CHECK(hse_off >= 0 && first_write(m->rcc, 1u << 20, 0u) > hse_off); /* HSEPRE */
        CHECK_EQ(fake_peek(m->rcc) & (1u << 20), 0);
        n++;
    }
    CHECK(n > 0);
}

/* L1: FLASH_ACR.LATENCY (bit 0) can be written only while ACC64 (bit 2) is
 * set (RM0038 FLASH_ACR): ACC64 set by an earlier write than the one
 * raising LATENCY, from an application that ran without either. */
TEST(clock_l1_acc64_before_latency)
{
    unsigned i, k, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d;
        const clock_model *m = dirty_board(i, &d);
        const fake_write *w;
        sysboot_status st;
        int acc64 = -1, latency = -1;
        if (m == NULL || m->layout != SYSBOOT_CLOCK_LAYOUT_L1)
            continue;
        fake_poke(m->flash_acr, 0u);
        CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
        w = fake_writes();
        for (k = 0; k < fake_write_count(); k++) {
            if (w[k].addr != m->flash_acr)
                continue;
            if (acc64 < 0 && (w[k].value & 0x4u) != 0u)
                acc64 = (int)k;
            if (latency < 0 && (w[k].value & 0x1u) != 0u)
                latency = (int)k;
        }
        CHECK(acc64 >= 0 && latency > acc64);
        n++;
    }
    CHECK(n > 0);
}

/* L4: MSI back at range 6 (4 MHz), changed only while MSIRDY was set. */
TEST(clock_l4_msi_range_reset)
{
    unsigned i, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d;
        const clock_model *m = dirty_board(i, &d);
        sysboot_status st;
        if (m == NULL || m->layout != SYSBOOT_CLOCK_LAYOUT_L4)
            continue;
        fake_poke(m->rcc, fake_peek(m->rcc) | 0x000000B8u); /* MSIRGSEL, range 11 (48 MHz), MSI off */
        fake_poke(m->rcc + 0x88, 0x0C000000u);              /* CCIPR: CLK48SEL = MSI */
        CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
        CHECK_EQ(fake_peek(m->rcc + 0x88), 0);
        CHECK_EQ(fake_peek(m->rcc) & 0xF0u, 0x60u);
        CHECK(first_write(m->rcc, 0xF0u, 0x60u) > first_write(m->rcc, 0x1u, 0x1u));
        n++;
    }
    CHECK(n > 0);
}

/* Every layout's further fields (MSI range, kernel clock muxes, bus
 * prescalers outside CFGR, PLL configuration in CFGR): at their end value,
 * written once the reset oscillator is on, or once the PLLs are off. */
TEST(clock_fields_reset_every_row)
{
    unsigned i, k, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d;
        const clock_model *m = dirty_board(i, &d);
        sysboot_status st;
        int on, pll_off;
        if (m == NULL || m->field_count == 0u)
            continue;
        CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
        on = first_write(m->rcc, m->osc_on, m->osc_on);
        pll_off = first_write(m->rcc, m->pll_on, 0u);
        for (k = 0; k < m->field_count; k++) {
            const clock_model_field *f = &m->fields[k];
            uint32_t a = m->rcc + f->offset;
            int w = first_write(a, f->mask, f->end);
            if ((fake_peek(a) & f->mask) != f->end)
                printf("    row %03X field @%03X: %08X\n", (unsigned)d->dev_id, (unsigned)f->offset,
                       (unsigned)fake_peek(a));
            CHECK_EQ(fake_peek(a) & f->mask, f->end);
            if (f->after_pll_off == 2u)
                CHECK(w >= on);
            else
                CHECK(w > (f->after_pll_off ? pll_off : on));
        }
        n++;
    }
    CHECK(n > 0);
}

/* A clock that never gets ready: SYSBOOT_ERR_CLOCK, no branch, nothing of
 * the core quiesced, interrupts unmasked again, the application's clock
 * still SYSCLK. */
TEST(clock_oscillator_timeout_every_row)
{
    unsigned i, k, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d;
        const clock_model *m = dirty_board(i, &d);
        if (m == NULL)
            continue;
        fake_stuck(m->rcc, m->osc_rdy);
        jump_options = SYSBOOT_OPT_KEEP_USB; /* so only the clock reset writes */
        expect_clock_refusal(jump_with_options);
        jump_options = 0;
        CHECK_EQ(fake_count_writes_to(m->rcc + m->cfgr), 0);   /* never switched */
        CHECK_EQ(fake_peek(m->rcc) & m->pll_rdy, m->pll_rdy);  /* PLL still runs */
        for (k = 0; k < m->enable_count; k++)
            CHECK_EQ(fake_peek(m->rcc + m->enables[k].offset), 0xFFFFFFFFu);
        if (m->icache != 0u)                                   /* the cache left on */
            CHECK_EQ(fake_count_writes_to(CLOCK_MODEL_ICACHE_CR(m)), 0);
        n++;
    }
    CHECK(n > 0);
}

/* ICACHE (L5/U5): off, and its invalidation over, after the clock tree is
 * at reset: SYSCLK switched, PLLs off, wait states lowered. No RM order
 * between the two is known; last means a clock wait that runs out leaves
 * the application its cache. */
TEST(clock_icache_off_after_the_clock_every_row)
{
    unsigned i, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d;
        const clock_model *m = dirty_board(i, &d);
        sysboot_status st;
        int off;
        if (m == NULL || m->icache == 0u)
            continue;
        CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
        CHECK_EQ(fake_peek(CLOCK_MODEL_ICACHE_CR(m)) & 1u, 0);
        CHECK_EQ(fake_peek(CLOCK_MODEL_ICACHE_SR(m)) & 1u, 0);
        off = first_write(CLOCK_MODEL_ICACHE_CR(m), 1u, 0u);
        CHECK(off > first_write(m->rcc + m->cfgr, m->sw_mask, m->sw_reset));
        CHECK(off > first_write(m->rcc, m->pll_on, 0u));
        if (m->flash_acr != 0u)
            CHECK(off > last_write(m->flash_acr));
        n++;
    }
    CHECK(n > 0);
}

/* An ICACHE that never reads disabled, or whose invalidation never ends:
 * SYSBOOT_ERR_CLOCK, no branch, the core not quiesced. */
TEST(clock_icache_timeout_every_row)
{
    unsigned i, pass, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        for (pass = 0; pass < 2; pass++) {
            const sysboot_device *d;
            const clock_model *m = dirty_board(i, &d);
            if (m == NULL || m->icache == 0u)
                break;
            if (pass == 0) {
                fake_ignore_writes_to(CLOCK_MODEL_ICACHE_CR(m)); /* EN stays set */
            } else {
                fake_poke(CLOCK_MODEL_ICACHE_SR(m), 1u);         /* BUSYF stays set */
                fake_stuck(CLOCK_MODEL_ICACHE_SR(m), 1u);
            }
            expect_clock_refusal(sysboot_jump_now);
            CHECK_EQ(fake_peek(m->rcc + m->cfgr) & m->sws_mask, clock_model_sws_reset(m));
            n++;
        }
    }
    CHECK(n > 0);
}

TEST(clock_pll_unlock_timeout_every_row)
{
    unsigned i, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d;
        const clock_model *m = dirty_board(i, &d);
        uint32_t first_pll_rdy = m != NULL ? m->pll_rdy & (0u - m->pll_rdy) : 0u;
        if (m == NULL)
            continue;
        fake_stuck(m->rcc, first_pll_rdy);
        expect_clock_refusal(sysboot_jump_now);
        CHECK_EQ(fake_peek(m->rcc + m->cfgr) & m->sws_mask, clock_model_sws_reset(m)); /* on the reset clock */
        /* raised or as the application had them, not lowered */
        if (m->flash_acr != 0u)
            CHECK((fake_peek(m->flash_acr) & m->latency_mask) >= clock_model_app_latency(m));
        n++;
    }
    CHECK(n > 0);
}

/* A switch that never completes: the PLL it runs on stays on. */
TEST(clock_switch_timeout_every_row)
{
    unsigned i, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d;
        const clock_model *m = dirty_board(i, &d);
        if (m == NULL)
            continue;
        fake_stuck(m->rcc + m->cfgr, m->sws_mask);
        expect_clock_refusal(sysboot_jump_now);
        CHECK_EQ(fake_peek(m->rcc) & m->pll_on, m->pll_on);
        n++;
    }
    CHECK(n > 0);
}

/* Called with interrupts already masked: they stay masked after a timeout. */
TEST(clock_timeout_keeps_callers_mask)
{
    const sysboot_device *d;
    unsigned i;
    for (i = 0; i < ALL_ROWS; i++) {
        const clock_model *m = dirty_board(i, &d);
        sysboot_status st;
        if (m == NULL)
            continue;
        fake_stuck(m->rcc, m->osc_rdy);
        fake_primask = 1u;
        CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_RETURNED);
        CHECK_EQ(st, SYSBOOT_ERR_CLOCK);
        CHECK_EQ(fake_primask, 1);
        return;
    }
    CHECK(0);
}

/* SYSBOOT_OPT_KEEP_CLOCKS: the clock tree and enables are not touched. */
TEST(clock_keep_option_leaves_clocks)
{
    unsigned i, k, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d;
        const clock_model *m = dirty_board(i, &d);
        sysboot_status st;
        if (m == NULL)
            continue;
        fake_stuck(m->rcc, m->osc_rdy); /* would time out if it were tried */
        jump_options = SYSBOOT_OPT_KEEP_CLOCKS;
        CHECK_EQ(fake_run_status(jump_with_options, &st), FAKE_BRANCHED);
        jump_options = 0;
        CHECK_EQ(fake_count_writes_to(m->rcc), 0);
        CHECK_EQ(fake_count_writes_to(m->rcc + m->cfgr), 0);
        if (m->flash_acr != 0u)
            CHECK_EQ(fake_count_writes_to(m->flash_acr), 0);
        for (k = 0; k < m->enable_count; k++)
            CHECK(fake_peek(m->rcc + m->enables[k].offset) != m->enables[k].keep);
        n++;
    }
    CHECK(n > 0);
}

/* The status has its message. */
TEST(clock_status_string)
{
    CHECK(strstr(sysboot_status_str(SYSBOOT_ERR_CLOCK), "clock") != NULL);
}

/* The wait states go to the line's maximum, and read back so, before
 * anything of the clock tree or the voltage range changes (an instruction
 * fetched on fewer wait states than the clock of the moment asks reads
 * garbage): from an application on none, whatever the reset clock. F0/F1/F3
 * only lower them (the flash counts SYSCLK there). */
TEST(clock_wait_states_raised_before_any_clock_change_every_row)
{
    unsigned i, k, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d;
        const clock_model *m = dirty_board(i, &d);
        const fake_write *w;
        sysboot_status st;
        int raise = -1, first_clock = -1;
        if (m == NULL || m->latency_first == 0u)
            continue;
        fake_poke(m->flash_acr, 0x00000700u); /* 0 wait states: a slow application clock */
        CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
        w = fake_writes();
        for (k = 0; k < fake_write_count(); k++) {
            if (raise < 0 && w[k].addr == m->flash_acr && (w[k].value & m->latency_mask) >= m->latency_first)
                raise = (int)k;
            if (first_clock < 0 && (w[k].addr == m->rcc || w[k].addr == m->rcc + m->cfgr ||
                                    w[k].addr == m->rcc + m->prescaler_reg ||
                                    (m->pwr != 0u && w[k].addr - m->pwr < 0x400u)))
                first_clock = (int)k;   /* (the USB detach before may gate USB clocks) */
        }
        if (!(raise >= 0 && raise < first_clock))
            printf("    row %03X: wait states %d, first clock write %d\n", (unsigned)d->dev_id, raise, first_clock);
        CHECK(raise >= 0 && raise < first_clock);
        if (m->latency_kept)
            CHECK((fake_peek(m->flash_acr) & m->latency_mask) >= m->latency_first);
        else
            CHECK_EQ(fake_peek(m->flash_acr) & m->latency_mask, m->latency_end);
        n++;
    }
    CHECK(n > 0);
}

/* The most wait states a line of the layout uses, where that is more than
 * the table raises them to: L4+ 5 (RM0432: 120 MHz in range 1 boost), WB 3
 * (FLASH_LATENCY_3, stm32wb55xx.h; WL's maximum is 2); the model's
 * latency_top (C5: the field's 15). */
static uint32_t line_latency_max(const clock_model *m, const sysboot_device *d)
{
    if (m->latency_top != 0u)
        return m->latency_top;
    if (d->series == SYSBOOT_SERIES_L4P)
        return 5u;
    if (d->series == SYSBOOT_SERIES_WB)
        return 3u;
    return m->latency_first;
}

/* An application already on more wait states than the table raises them to
 * keeps them until SYSCLK is the reset clock: raised, never lowered while
 * the clock is fast; and they end at the layout's end value all the same. */
TEST(clock_wait_states_above_the_raise_kept_while_fast)
{
    unsigned i, k, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d;
        const clock_model *m = dirty_board(i, &d);
        const fake_write *w;
        sysboot_status st;
        uint32_t app;
        int sw;
        if (m == NULL || m->latency_first == 0u || line_latency_max(m, d) <= m->latency_first)
            continue;
        app = line_latency_max(m, d);
        fake_poke(m->flash_acr, 0x00000700u | app);
        CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
        sw = first_write(m->rcc + m->cfgr, m->sw_mask, m->sw_reset);
        CHECK(sw >= 0);
        w = fake_writes();
        for (k = 0; k < (unsigned)sw; k++)
            if (w[k].addr == m->flash_acr)
                CHECK((w[k].value & m->latency_mask) >= app);
        if (!m->latency_kept)
            CHECK_EQ(fake_peek(m->flash_acr) & m->latency_mask, m->latency_end);
        n++;
    }
    CHECK(n > 0);
}

/* And back to their reset value last, once every clock register of the
 * tree and the voltage range are at reset (the ICACHE and the peripheral
 * enables come after). */
TEST(clock_wait_states_lowered_last_every_row)
{
    unsigned i, k, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d;
        const clock_model *m = dirty_board(i, &d);
        const fake_write *w;
        sysboot_status st;
        int last_acr = -1, last_clock = -1, quiesce;
        if (m == NULL || m->flash_acr == 0u || m->latency_kept)
            continue;
        CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
        quiesce = fake_find_write(SYSBOOT_SysTick_CTRL, 0);
        w = fake_writes();
        for (k = 0; k < (unsigned)quiesce; k++) {
            if (w[k].addr == m->flash_acr)
                last_acr = (int)k;
            if (clock_model_in_rcc(m, w[k].addr) || (m->pwr != 0u && w[k].addr - m->pwr < 0x400u))
                last_clock = (int)k;
        }
        if (!(last_acr > last_clock))
            printf("    row %03X: last wait-state write %d, last clock write %d\n", (unsigned)d->dev_id,
                   last_acr, last_clock);
        CHECK(last_acr > last_clock);
        CHECK_EQ(fake_peek(m->flash_acr) & m->latency_mask, m->latency_end);
        n++;
    }
    CHECK(n > 0);
}

/* The voltage range back to its reset value where a lower one may have
 * been left (G0, G4, L4, U0, WB, WL: reset range 1; L0, L1: range 2):
 * with the PWR clock enabled first where it has an enable; raised before
 * the clock changes, or, where the reset range is a middle one, set once
 * the PLLs are off. */
TEST(clock_voltage_range_back_to_reset_every_row)
{
    unsigned i, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d;
        const clock_model *m = dirty_board(i, &d);
        sysboot_status st;
        uint32_t vos = m != NULL ? m->pwr + m->vos_reg : 0u;
        int set, on, sw, pll_off;
        if (m == NULL || m->pwr == 0u)
            continue;
        fake_poke(vos, (fake_peek(vos) & ~m->vos_mask) | m->vos_dirty);
        if (m->pwren != 0u)   /* the application turned the PWR clock off again */
            fake_poke(m->rcc + m->pwren_reg, fake_peek(m->rcc + m->pwren_reg) & ~m->pwren);
        CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
        CHECK_EQ(fake_peek(vos) & m->vos_mask, m->vos_reset);
        set = first_write(vos, m->vos_mask, m->vos_reset);
        sw = first_write(m->rcc + m->cfgr, m->sw_mask, m->sw_reset);
        pll_off = first_write(m->rcc, m->pll_on, 0u);
        if (m->pwren != 0u) {
            on = first_write(m->rcc + m->pwren_reg, m->pwren, m->pwren);
            CHECK(on >= 0 && on < set);
        }
        if (m->vos_late)
            CHECK(set > pll_off);
        else
            CHECK(set >= 0 && set < sw);
        n++;
    }
    CHECK(n > 0);
}

/* A voltage range that never settles (VOSF stays set): no clock change
 * after it, SYSBOOT_ERR_CLOCK, no branch. */
TEST(clock_voltage_range_never_ready)
{
    unsigned i, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d;
        const clock_model *m = dirty_board(i, &d);
        if (m == NULL || m->pwr == 0u)
            continue;
        fake_poke(m->pwr + m->vos_flag_reg, m->vos_flag);
        fake_stuck(m->pwr + m->vos_flag_reg, m->vos_flag);
        expect_clock_refusal(sysboot_jump_now);
        n++;
    }
    CHECK(n > 0);
}

/* F0/F1/F3: PLLSRC, PLLXTPRE and PLLMUL (CFGR[21:15]; bit 15 is PLLSRC[0]
 * on F04x/F07x/F09x/F030xC and F302xE/F303xE/F398, RM0091/RM0316) may
 * change only with the PLL off: the prescaler write leaves them. */
TEST(clock_f1_pll_source_untouched_while_the_pll_runs)
{
    unsigned i, k, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d;
        const clock_model *m = dirty_board(i, &d);
        const fake_write *w;
        sysboot_status st;
        uint32_t cfgr;
        int pll_off;
        if (m == NULL || m->layout != SYSBOOT_CLOCK_LAYOUT_F1)
            continue;
        cfgr = m->rcc + m->cfgr;
        fake_poke(cfgr, fake_peek(cfgr) | 0x00008000u);   /* PLLSRC = 01: HSI/PREDIV */
        CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
        pll_off = first_write(m->rcc, m->pll_on, 0u);
        w = fake_writes();
        for (k = 0; k < (unsigned)pll_off; k++)
            if (w[k].addr == cfgr)
                CHECK_EQ(w[k].value & 0x003F8000u, 0x001D8000u);
        n++;
    }
    CHECK(n > 0);
}

/* F2/F4 and F7 have different registers at RCC 0x8C..0x94 (stm32f446xx.h:
 * DCKCFGR, CKGATENR @0x90, DCKCFGR2 @0x94; stm32f746xx.h: DCKCFGR1,
 * DCKCFGR2 @0x90, nothing at 0x94): each line's dedicated clock registers
 * at reset, the other line's offset never written. */
TEST(clock_f4_f7_dedicated_clock_registers)
{
    unsigned i, n4 = 0, n7 = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d;
        const clock_model *m = dirty_board(i, &d);
        sysboot_status st;
        uint32_t rcc;
        if (m == NULL || (d->series != SYSBOOT_SERIES_F4 && d->series != SYSBOOT_SERIES_F7))
            continue;
        rcc = m->rcc;
        fake_poke(rcc + 0x8C, 0x08000000u);   /* F469 CK48MSEL; F7 bit 27: reserved */
        fake_poke(rcc + 0x90, 0x0800007Fu);   /* F7 CK48MSEL, USARTxSEL; F446 CKGATENR bits */
        fake_poke(rcc + 0x94, 0x08000000u);   /* F446 CK48MSEL */
        CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
        CHECK_EQ(fake_peek(rcc + 0x8C), 0);
        if (d->series == SYSBOOT_SERIES_F7) {
            CHECK_EQ(fake_peek(rcc + 0x90), 0);
            CHECK_EQ(fake_count_writes_to(rcc + 0x94), 0);
            n7++;
        } else {
            CHECK_EQ(fake_peek(rcc + 0x94), 0);
            CHECK_EQ(fake_count_writes_to(rcc + 0x90), 0);
            n4++;
        }
    }
    CHECK(n4 > 0 && n7 > 0);
}

/* SYSBOOT_OPT_KEEP_USB: the clocks a kept USB device may run on stay (its
 * PLLs, HSE, HSI48, MSI range and kernel clock muxes, and the voltage range
 * a PLL needs: L0/L1 keep range 1), SYSCLK still goes to the reset
 * oscillator, and the peripheral clock enables stay. */
static sysboot_status jump_keep_usb(void) { return sysboot_jump_now_with(SYSBOOT_OPT_KEEP_USB); }

TEST(clock_keep_usb_keeps_the_usb_clocks_every_row)
{
    unsigned i, k, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d;
        const clock_model *m = dirty_board(i, &d);
        sysboot_status st;
        uint32_t vos = m != NULL ? m->pwr + m->vos_reg : 0u, range1 = 0u;
        if (m == NULL)
            continue;
        if (m->pwr != 0u) {   /* range 1 (VOS 01), which a PLL feeding USB may need */
            range1 = m->vos_mask & (0u - m->vos_mask);
            fake_poke(vos, (fake_peek(vos) & ~m->vos_mask) | range1);
        }
        CHECK_EQ(fake_run_status(jump_keep_usb, &st), FAKE_BRANCHED);
        CHECK_EQ(fake_peek(m->rcc + m->cfgr) & m->sws_mask, clock_model_sws_reset(m));
        CHECK_EQ(fake_peek(m->rcc) & (m->pll_on | m->hse_on), m->pll_on | m->hse_on);
        for (k = 0; k < m->enable_count; k++)
            CHECK_EQ(fake_peek(m->rcc + m->enables[k].offset), 0xFFFFFFFFu);
        if (m->pwr != 0u)
            CHECK_EQ(fake_peek(vos) & m->vos_mask, range1);
        n++;
    }
    CHECK(n > 0);
}

/* Flash wait states that never take effect (ACR writes lost): no switch to
 * the faster reset clock, SYSBOOT_ERR_CLOCK, no branch. */
TEST(clock_latency_never_in_effect)
{
    unsigned i, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d;
        const clock_model *m = dirty_board(i, &d);
        if (m == NULL || m->latency_first == 0u)
            continue;
        fake_poke(m->flash_acr, 0x00000700u);
        fake_ignore_writes_to(m->flash_acr);
        expect_clock_refusal(sysboot_jump_now);
        CHECK_EQ(fake_count_writes_to(m->rcc + m->cfgr), 0);
        n++;
    }
    CHECK(n > 0);
}

/* H5, H503, H7RS: the new HSI divider must be in effect (HSIDIVF) before
 * the hand-over; one that never is gives SYSBOOT_ERR_CLOCK, no branch. */
TEST(clock_hsi_divider_never_in_effect)
{
    unsigned i, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d;
        const clock_model *m = dirty_board(i, &d);
        if (m == NULL || m->cr_fixed == 0u)
            continue;
        fake_poke(m->rcc, fake_peek(m->rcc) & ~m->cr_fixed);
        expect_clock_refusal(sysboot_jump_now);
        n++;
    }
    CHECK(n > 0);
}

/* Does addr hold a clock enable of one of d's USB blocks (which the USB
 * detach gates, wherever the code runs)? */
static int usb_block_clock(const sysboot_device *d, uint32_t addr)
{
    unsigned count, k;
    const sysboot_usb_block *b = sysboot_usb_blocks(&count);
    for (k = 0; k < count; k++)
        if (b[k].profile == d->profile && b[k].clock_reg == addr)
            return 1;
    return 0;
}

/* Layouts whose lines have an external memory interface (QSPI, OCTOSPI,
 * XSPI) with a kernel clock mux that can pick a PLL or an oscillator the
 * reset stops (RM0351/RM0432 L4+, RM0440, RM0433, RM0456, RM0438, RM0481,
 * RM0477; U3 and C5 taken as U5/H5): there the PLLs and HSE must stay on.
 * Stated here, not read from the library's tables, so a lost mark shows. */
static int layout_has_pll_clocked_xmem(uint8_t layout)
{
    static const uint8_t layouts[] = {
        SYSBOOT_CLOCK_LAYOUT_L4, SYSBOOT_CLOCK_LAYOUT_G4, SYSBOOT_CLOCK_LAYOUT_H7, SYSBOOT_CLOCK_LAYOUT_H7AB,
        SYSBOOT_CLOCK_LAYOUT_U5, SYSBOOT_CLOCK_LAYOUT_L5, SYSBOOT_CLOCK_LAYOUT_H5,
        SYSBOOT_CLOCK_LAYOUT_H503, SYSBOOT_CLOCK_LAYOUT_U3, SYSBOOT_CLOCK_LAYOUT_C5,
        SYSBOOT_CLOCK_LAYOUT_H7RS,
    };
    unsigned k;
    for (k = 0; k < sizeof layouts; k++)
        if (layouts[k] == layout)
            return 1;
    return 0;
}

/* Code running from QSPI/OCTOSPI/XSPI/FMC memory (0x60000000-0xDFFFFFFF):
 * SYSCLK still goes to the reset oscillator, but the PLLs and HSE that may
 * clock that memory stay on, and every peripheral clock enable (its
 * controller's, its pins') stays. From internal memory the whole reset runs. */
TEST(clock_code_in_external_memory_keeps_its_clocks)
{
    static const struct { uint32_t at; int external; } places[] = {
        { 0x90000400u, 1 }, { 0x60000000u, 1 }, { 0xDFFFFFFFu, 1 }, { 0x70001000u, 1 },
        { 0x08000400u, 0 }, { 0x24000100u, 0 }, { 0x5FFFFFFEu, 0 }, { 0xE0000000u, 0 },
    };
    unsigned i, p, k, n = 0, kept = 0;
    for (p = 0; p < sizeof places / sizeof places[0]; p++) {
        for (i = 0; i < ALL_ROWS; i++) {
            const sysboot_device *d;
            const clock_model *m = dirty_board(i, &d);
            sysboot_status st;
            int spared = 0;
            if (m == NULL)
                continue;
            fake_code_address = places[p].at;
            CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_BRANCHED);
            CHECK_EQ(fake_peek(m->rcc + m->cfgr) & m->sws_mask, clock_model_sws_reset(m));
            for (k = 0; k < m->enable_count; k++)
                spared += fake_peek(m->rcc + m->enables[k].offset) == 0xFFFFFFFFu ||
                          usb_block_clock(d, m->rcc + m->enables[k].offset);
            if (places[p].external) {
                CHECK_EQ(spared, (int)m->enable_count);
                if (layout_has_pll_clocked_xmem(m->layout)) {
                    CHECK_EQ(fake_peek(m->rcc) & (m->pll_on | m->hse_on), m->pll_on | m->hse_on);
                    kept++;
                }
                /* a PLL may run on HSI: its divider stays (H5, H7R/S) */
                if (m->cr_fixed != 0u)
                    CHECK_EQ(fake_peek(m->rcc) & 0x18u, m->fields[0].dirty);
                /* MSIK may clock OCTOSPI: its range stays (U5) */
                if (m->layout == SYSBOOT_CLOCK_LAYOUT_U5)
                    CHECK_EQ(fake_peek(m->rcc + 0x08) & 0x0F800000u, 0x00800000u);
            } else {
                CHECK(spared < (int)m->enable_count);
                CHECK_EQ(fake_peek(m->rcc) & (m->pll_on | m->hse_on), 0);
            }
            n++;
        }
    }
    CHECK(n > 0 && kept > 0);
}

const test_case clock_tests[] = {
    { "clock_rows_match_the_hardware_model", clock_rows_match_the_hardware_model },
    { "clock_usb_clock_registers_marked_every_row", clock_usb_clock_registers_marked_every_row },
    { "clock_reset_order_and_end_state_every_row", clock_reset_order_and_end_state_every_row },
    { "clock_every_layout_runs_on_a_row", clock_every_layout_runs_on_a_row },
    { "clock_h7_pll_and_kernel_muxes_reset", clock_h7_pll_and_kernel_muxes_reset },
    { "clock_h7ab_enables_at_their_offsets", clock_h7ab_enables_at_their_offsets },
    { "clock_u5_plls_and_kernel_muxes_reset", clock_u5_plls_and_kernel_muxes_reset },
    { "clock_wba_pll_and_kernel_muxes_reset", clock_wba_pll_and_kernel_muxes_reset },
    { "clock_l1_acc64_before_latency", clock_l1_acc64_before_latency },
    { "clock_l4_msi_range_reset", clock_l4_msi_range_reset },
    { "clock_fields_reset_every_row", clock_fields_reset_every_row },
    { "clock_oscillator_timeout_every_row", clock_oscillator_timeout_every_row },
    { "clock_icache_off_after_the_clock_every_row", clock_icache_off_after_the_clock_every_row },
    { "clock_icache_timeout_every_row", clock_icache_timeout_every_row },
    { "clock_pll_unlock_timeout_every_row", clock_pll_unlock_timeout_every_row },
    { "clock_switch_timeout_every_row", clock_switch_timeout_every_row },
    { "clock_timeout_keeps_callers_mask", clock_timeout_keeps_callers_mask },
    { "clock_keep_option_leaves_clocks", clock_keep_option_leaves_clocks },
    { "clock_status_string", clock_status_string },
    { "clock_wait_states_raised_before_any_clock_change_every_row", clock_wait_states_raised_before_any_clock_change_every_row },
    { "clock_wait_states_above_the_raise_kept_while_fast", clock_wait_states_above_the_raise_kept_while_fast },
    { "clock_wait_states_lowered_last_every_row", clock_wait_states_lowered_last_every_row },
    { "clock_voltage_range_back_to_reset_every_row", clock_voltage_range_back_to_reset_every_row },
    { "clock_voltage_range_never_ready", clock_voltage_range_never_ready },
    { "clock_f1_pll_source_untouched_while_the_pll_runs", clock_f1_pll_source_untouched_while_the_pll_runs },
    { "clock_f4_f7_dedicated_clock_registers", clock_f4_f7_dedicated_clock_registers },
    { "clock_keep_usb_keeps_the_usb_clocks_every_row", clock_keep_usb_keeps_the_usb_clocks_every_row },
    { "clock_hsi_divider_never_in_effect", clock_hsi_divider_never_in_effect },
    { "clock_latency_never_in_effect", clock_latency_never_in_effect },
    { "clock_code_in_external_memory_keeps_its_clocks", clock_code_in_external_memory_keeps_its_clocks },
    { NULL, NULL }
};

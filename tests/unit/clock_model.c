/* The RCC hardware as the fake plays it; facts from the reference manuals
 * (RM0008/RM0090/RM0351/RM0444/RM0433) and CMSIS headers, not from src/. */
#include "clock_model.h"
#include "fake.h"
#include "../../src/clock.h"
#include "../../src/internal.h"

#include <stddef.h>

static const clock_model models[] = {
    { SYSBOOT_CLOCK_LAYOUT_F1, 0x40021000u, 0x40022000u, 0x7u,
      1u << 0, 1u << 1, 0x04, 0x3u, 0xCu, 0x2u,
      (1u << 24) | (1u << 26) | (1u << 28), (1u << 25) | (1u << 27) | (1u << 29),
      1u << 16, 1u << 17, 0x04, 0x00000080u, 0, 0,
      { { 0x14, 0x14u }, { 0x18, 0x00400000u }, { 0x1C, 0 } }, 3 },
    { SYSBOOT_CLOCK_LAYOUT_F4, 0x40023800u, 0x40023C00u, 0xFu,
      1u << 0, 1u << 1, 0x08, 0x3u, 0xCu, 0x2u,
      (1u << 24) | (1u << 26) | (1u << 28), (1u << 25) | (1u << 27) | (1u << 29),
      1u << 16, 1u << 17, 0x08, 0x00000080u, 0x04, 0x24003010u,
      { { 0x30, 0x00140000u }, { 0x34, 0 }, { 0x38, 0 }, { 0x40, 0 }, { 0x44, 0 } }, 5 },
    { SYSBOOT_CLOCK_LAYOUT_L4, 0x40021000u, 0x40022000u, 0x7u,
      1u << 0, 1u << 1, 0x08, 0x3u, 0xCu, 0x3u,
      (1u << 24) | (1u << 26) | (1u << 28), (1u << 25) | (1u << 27) | (1u << 29),
      1u << 16, 1u << 17, 0x08, 0x00000080u, 0x0C, 0x00001000u,
      { { 0x48, 0x100u }, { 0x4C, 0 }, { 0x50, 0 }, { 0x58, 0 }, { 0x5C, 0 }, { 0x60, 0 } }, 6 },
    { SYSBOOT_CLOCK_LAYOUT_G0, 0x40021000u, 0x40022000u, 0x7u,
      1u << 8, 1u << 10, 0x08, 0x7u, 0x38u, 0x2u,
      1u << 24, 1u << 25,
      1u << 16, 1u << 17, 0x08, 0x00000800u, 0, 0,
      { { 0x34, 0 }, { 0x38, 0x100u }, { 0x3C, 0x08000000u }, { 0x40, 0 } }, 4 },
    { SYSBOOT_CLOCK_LAYOUT_H7, 0x58024400u, 0u, 0u,
      1u << 0, 1u << 2, 0x10, 0x7u, 0x38u, 0x3u,
      (1u << 24) | (1u << 26) | (1u << 28), (1u << 25) | (1u << 27) | (1u << 29),
      1u << 16, 1u << 17, 0x18, 0x00000048u, 0x2C, 0x01FF0000u,
      { { 0xD4, 0 }, { 0xD8, 0 }, { 0xDC, 0xE0000000u }, { 0xE0, 0x30000000u }, { 0xE4, 0 },
        { 0xE8, 0 }, { 0xEC, 0 }, { 0xF0, 0 }, { 0xF4, 0 } }, 9 },
};

const clock_model *clock_model_of(const sysboot_device *d)
{
    unsigned i;
    uint8_t layout = sysboot_clock_site_of(d)->layout;
    for (i = 0; i < sizeof models / sizeof models[0]; i++)
        if (models[i].layout == layout)
            return &models[i];
    return NULL;
}

/* Each xxON bit of CR sets the xxRDY bit to its left (one or two up). */
static void follow_bits(uint32_t cr, uint32_t on, uint32_t rdy)
{
    unsigned b;
    for (b = 0; b < 32; b++) {
        if ((on & (1u << b)) == 0u)
            continue;
        if ((rdy & (1u << (b + 1))) != 0u)
            fake_follow(cr, 1u << b, cr, 1u << (b + 1));
        else if ((rdy & (1u << (b + 2))) != 0u)
            fake_follow(cr, 1u << b, cr, 1u << (b + 2));
    }
}

void clock_model_install(const sysboot_device *d)
{
    const clock_model *m = clock_model_of(d);
    uint32_t cr;
    if (m == NULL)
        return;
    cr = m->rcc;
    follow_bits(cr, m->osc_on | m->pll_on | m->hse_on, m->osc_rdy | m->pll_rdy | m->hse_rdy);
    if (m->layout == SYSBOOT_CLOCK_LAYOUT_L4)
        fake_follow(cr, 1u << 8, cr, 1u << 10);   /* HSION -> HSIRDY */
    if (m->layout == SYSBOOT_CLOCK_LAYOUT_H7)
        fake_follow(cr, 1u << 12, cr, 1u << 13);  /* HSI48ON -> HSI48RDY */
    fake_follow(cr + m->cfgr, m->sw_mask, cr + m->cfgr, m->sws_mask);
    /* the reset oscillator runs at reset */
    fake_poke(cr, m->osc_on | m->osc_rdy);
}

void clock_model_dirty(const clock_model *m)
{
    unsigned sws_shift = 0, k;
    uint32_t cr = m->rcc;
    while (((m->sws_mask >> sws_shift) & 1u) == 0u)
        sws_shift++;
    fake_poke(cr, m->pll_on | m->pll_rdy | m->hse_on | m->hse_rdy | (1u << 18));
    fake_poke(cr + m->cfgr, m->sw_pll | (m->sw_pll << sws_shift) |
              (m->prescaler_reg == m->cfgr ? m->prescaler_dirty : 0u));
    if (m->prescaler_reg != m->cfgr)
        fake_poke(cr + m->prescaler_reg, m->prescaler_dirty);
    if (m->flash_acr != 0u)
        fake_poke(m->flash_acr, 0x00000700u | (5u & m->latency_mask));
    for (k = 0; k < m->enable_count; k++)
        fake_poke(cr + m->enables[k].offset, 0xFFFFFFFFu);
    if (m->pllcfgr != 0u)
        fake_poke(cr + m->pllcfgr, 0x12345678u);
}

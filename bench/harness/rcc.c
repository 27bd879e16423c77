/* The RCC model (see rcc.h). */
#include "rcc.h"

#include "machine.h"

#include <stdio.h>
#include <string.h>

typedef struct {
    const char *name;
    uint32_t cfgr;                 /* CFGR offset */
    uint32_t sw_mask, sws_shift;   /* SWS = SW << sws_shift */
    uint32_t reset_cr;             /* reset oscillator on and ready */
    uint32_t sw_reset;             /* SW (and SWS) of the reset clock */
    uint32_t pll_on;               /* every PLLxON bit */
    uint8_t on[12], rdy[12];       /* ON bit -> its ready bit; 0xFF ends */
    uint8_t osc_on;                /* ON bit of the reset SYSCLK oscillator */
    uint32_t presc;                /* AHB/APB prescaler fields in CFGR (reset 0) */
} rcc_layout;

#define END 0xFF
static const rcc_layout layouts[] = {
    { "F1", 0x04, 0x3, 2, 0x00000003u, 0, 0x15000000u, { 0, 16, 24, 26, 28, END }, { 1, 17, 25, 27, 29 }, 0, 0x00003FF0u },
    { "F4", 0x08, 0x3, 2, 0x00000003u, 0, 0x15000000u, { 0, 16, 24, 26, 28, END }, { 1, 17, 25, 27, 29 }, 0, 0x0000FCF0u },
    { "L4", 0x08, 0x3, 2, 0x00000063u, 0, 0x15000000u, { 0, 8, 16, 24, 26, 28, END }, { 1, 10, 17, 25, 27, 29 }, 0, 0x00003FF0u },
    { "G0", 0x08, 0x7, 3, 0x00000500u, 0, 0x01000000u, { 8, 16, 24, END }, { 10, 17, 25 }, 8, 0x00007F00u },
    { "H7", 0x10, 0x7, 3, 0x00000025u, 0, 0x15000000u, { 0, 7, 12, 16, 24, 26, 28, END },
      { 2, 8, 13, 17, 25, 27, 29 }, 0, 0x00000000u },   /* RM0433: prescalers in D1CFGR..D3CFGR */
    /* RM0440: HSI16 (8/10) runs at reset and CFGR resets to 5 (SW = SWS = 01) */
    { "G4", 0x08, 0x3, 2, 0x00000500u, 1, 0x01000000u, { 8, 16, 24, END }, { 10, 17, 25 }, 8, 0x00003FF0u },
    /* RM0434/RM0453: MSI (0/1) at range 6; HSI16 8/10; PLL 24/25, PLLSAI1 26/27 (WB) */
    { "WB", 0x08, 0x3, 2, 0x00000063u, 0, 0x05000000u, { 0, 8, 16, 24, 26, END }, { 1, 10, 17, 25, 27 }, 0, 0x00003FF0u },
    { "WL", 0x08, 0x3, 2, 0x00000063u, 0, 0x01000000u, { 0, 8, 16, 24, END }, { 1, 10, 17, 25 }, 0, 0x00003FF0u },
    /* RM0503: MSI (0/1) at range 6; SW[2:0] 000 = MSI */
    { "U0", 0x08, 0x7, 3, 0x00000063u, 0, 0x01000000u, { 0, 8, 16, 24, END }, { 1, 10, 17, 25 }, 0, 0x00007F00u },
    /* RM0377: MSI (8/9) at reset, HSI16 0/2; CFGR @0x0C */
    { "L0", 0x0C, 0x3, 2, 0x00000300u, 0, 0x01000000u, { 0, 8, 16, 24, END }, { 2, 9, 17, 25 }, 8, 0x00003FF0u },
    /* RM0038: MSI (8/9) at reset, HSI 0/1 */
    { "L1", 0x08, 0x3, 2, 0x00000300u, 0, 0x01000000u, { 0, 8, 16, 24, END }, { 1, 9, 17, 25 }, 8, 0x00003FF0u },
    /* RM0456: MSIS (0/2) and MSIK (4/5) on at reset (CR 0x00000035: unconfirmed);
     * HSI16 8/10, HSI48 12/13, SHSI 14/15; CFGR1 @0x1C, SW 00 = MSIS */
    { "U5", 0x1C, 0x3, 2, 0x00000035u, 0, 0x15000000u, { 0, 4, 8, 12, 14, 16, 24, 26, 28, END },
      { 2, 5, 10, 13, 15, 17, 25, 27, 29 }, 0, 0x00000000u }, /* RM0456: prescalers in CFGR2/CFGR3 */
    /* RM0438: as L4, MSI (0/1) at range 6 */
    { "L5", 0x08, 0x3, 2, 0x00000063u, 0, 0x15000000u, { 0, 8, 16, 24, 26, 28, END }, { 1, 10, 17, 25, 27, 29 }, 0, 0x00003FF0u },
    /* RM0493: HSI16 (8/10) runs at reset, SW 00 = HSI16; one PLL (24/25), HSE32
     * 16/17; CFGR1 @0x1C, prescalers in CFGR2/CFGR3 */
    { "WBA", 0x1C, 0x3, 2, 0x00000500u, 0, 0x01000000u, { 8, 16, 24, END }, { 10, 17, 25 }, 8, 0x00000000u },
    /* RM0481 via the ST SVD: HSI (0/1) at reset, HSIDIV /2 and HSIDIVF 5 set
     * (CR 0x2B: unconfirmed, see data/stm32.def); CSI 8/9, HSI48 12/13;
     * CFGR1 @0x1C SW[1:0], SWS[4:3]; prescalers in CFGR2 */
    { "H5", 0x1C, 0x3, 3, 0x0000002Bu, 0, 0x15000000u, { 0, 8, 12, 16, 24, 26, 28, END },
      { 1, 9, 13, 17, 25, 27, 29 }, 0, 0x00000000u },
    /* RM0492 via the ST SVD: as H5 without PLL3, HSIDIV /1 (CR 0x23) */
    { "H503", 0x1C, 0x3, 3, 0x00000023u, 0, 0x05000000u, { 0, 8, 12, 16, 24, 26, END },
      { 1, 9, 13, 17, 25, 27 }, 0, 0x00000000u },
    /* RM0487 via stm32u385xx.h: MSIS (0/2) and MSIK (3/4) on at reset; no PLL:
     * the application runs on HSE; HSI16 11/13, HSI48 14/15; CFGR1 @0x1C */
    { "U3", 0x1C, 0x3, 2, 0x0000001Du, 0, 0x00000000u, { 0, 3, 11, 14, 16, END },
      { 2, 4, 13, 15, 17 }, 0, 0x00000000u },
    /* RM0522 via stm32c562xx.h: HSIDIV3 (1/5) at reset (CR1 0x22); HSIS 0/4,
     * HSIK 2/6, PSIS/PSIDIV3/PSIK 8-10/12-14 (the PSI plays the PLL);
     * CFGR1 @0x1C SW[1:0], SWS[4:3] */
    { "C5", 0x1C, 0x3, 3, 0x00000022u, 0, 0x00000700u, { 0, 1, 2, 8, 9, 10, 16, END },
      { 4, 5, 6, 12, 13, 14, 17 }, 1, 0x00000000u },
    /* RM0477 via stm32h7s7xx.h: HSI (0/2) at reset, /1, HSIDIVF 5 (CR 0x25:
     * unconfirmed); CSI 7/8, HSI48 12/13; CFGR @0x10 SW[2:0], SWS[5:3];
     * prescalers in CDCFGR/BMCFGR/APBCFGR */
    { "H7RS", 0x10, 0x7, 3, 0x00000025u, 0, 0x15000000u, { 0, 7, 12, 16, 24, 26, 28, END },
      { 2, 8, 13, 17, 25, 27, 29 }, 0, 0x00000000u },
};

static const rcc_layout *layout;
static uint32_t base, icache;

static const rcc_layout *layout_named(const char *want)
{
    unsigned i;
    if (want == NULL)
        return NULL;
    for (i = 0; i < sizeof layouts / sizeof layouts[0]; i++)
        if (strcmp(layouts[i].name, want) == 0)
            return &layouts[i];
    return NULL;
}

static const rcc_layout *board_layout(void)
{
    return layout_named(bench_m.board->rcc_layout);
}

int rcc_modelled(void)
{
    return board_layout() != NULL;
}

int rcc_layout_modelled(const char *name)
{
    return layout_named(name) != NULL;
}

static uint32_t with_ready_flags(uint32_t cr)
{
    unsigned i;
    for (i = 0; layout->on[i] != END; i++) {
        cr &= ~(1u << layout->rdy[i]);
        if (cr & (1u << layout->on[i]))
            cr |= 1u << layout->rdy[i];
    }
    return cr;
}

static unsigned ready_bit_of(unsigned on_bit)
{
    unsigned i;
    for (i = 0; layout->on[i] != END; i++)
        if (layout->on[i] == on_bit)
            return layout->rdy[i];
    return 31u;
}

static uint32_t with_switch_status(uint32_t cfgr)
{
    uint32_t sw = cfgr & layout->sw_mask;
    return (cfgr & ~(layout->sw_mask << layout->sws_shift)) | (sw << layout->sws_shift);
}

static uint32_t cr, cfgr, icache_cr;

void rcc_power_on(int dirty)
{
    layout = board_layout();
    base = bench_m.board->rcc_base;
    icache = bench_m.board->icache_base;
    icache_cr = 0;                   /* the ICACHE is off at reset */
    if (layout == NULL)
        return;
    cr = layout->reset_cr;
    cfgr = with_switch_status(layout->sw_reset);
    if (dirty) {
        /* HSE and the main PLL on (U3 has none), SYSCLK = HSE or PLL (SW =
         * 2, or 3 on the 3-bit layouts), the reset oscillator off, every
         * prescaler dividing */
        cr = with_ready_flags((cr & ~(1u << layout->osc_on)) | (1u << 16) |
                              (layout->pll_on & (0u - layout->pll_on)));
        cfgr = with_switch_status(layout->presc | (layout->sw_mask == 0x3 ? 0x2u : 0x3u));
        icache_cr = icache != 0u ? 1u : 0u;
    }
}

int rcc_read(uint32_t addr, uint32_t stored, uint32_t *value)
{
    (void)stored;
    if (layout == NULL)
        return 0;
    if (addr == base) { *value = cr; return 1; }
    if (addr == base + layout->cfgr) { *value = cfgr; return 1; }
    if (icache != 0u && addr == icache) { *value = icache_cr; return 1; }
    if (icache != 0u && addr == icache + 4u) { *value = 0; return 1; } /* BUSYF: invalidation over at once */
    return 0;
}

int rcc_write(uint32_t addr, uint32_t value, uint32_t *stored)
{
    (void)stored;
    if (layout == NULL)
        return 0;
    if (addr == base) {
        cr = with_ready_flags(value);
        if (bench_m.stuck_oscillator)  /* the reset oscillator never gets ready */
            cr &= ~(1u << ready_bit_of(layout->osc_on));
        return 1;
    }
    if (addr == base + layout->cfgr) { cfgr = with_switch_status(value); return 1; }
    if (icache != 0u && addr == icache) { icache_cr = value; return 1; }
    return 0;
}

int rcc_at_reset(char *why, unsigned size)
{
    uint32_t sws = (cfgr >> layout->sws_shift) & layout->sw_mask;
    snprintf(why, size, "CR %08X CFGR %08X ICACHE_CR %08X", (unsigned)cr, (unsigned)cfgr, (unsigned)icache_cr);
    return sws == layout->sw_reset && (cr & (1u << layout->osc_on)) != 0 &&
           (cr & layout->pll_on) == 0 && (cr & (1u << 16)) == 0 &&
           (cfgr & layout->presc) == 0 && (icache_cr & 1u) == 0;
}

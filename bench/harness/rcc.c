/* The RCC register model (see rcc.h). */
#include "rcc.h"

#include "clock_facts.h"
#include "clock_rules.h"
#include "machine.h"
#include "soc.h"
#include "sysboot.h"

#include <stdio.h>
#include <string.h>

static const clock_facts *facts;
static uint32_t icache, icache_cr, start_stack;

int rcc_modelled(void)
{
    return clock_facts_of_board() != NULL;
}

int rcc_board_modelled(const bench_board *b)
{
    const bench_board *keep = bench_m.board;
    int ok;
    bench_m.board = b;
    ok = clock_facts_of_board() != NULL;
    bench_m.board = keep;
    return ok;
}

uint32_t clock_facts_read(uint32_t addr)
{
    uint32_t v;
    if (rcc_read(addr, 0, &v))
        return v;
    return soc_peek(addr);
}

static uint32_t block_addr(unsigned block, uint16_t offset)
{
    return clock_facts_block(facts, block) + offset;
}

/* The ready flags of the register at addr, recomputed from its enables. */
static int follow(uint32_t addr, uint32_t *value)
{
    const cf_ready *r;
    uint16_t cfgr, stuck_offset = 0;
    uint32_t mask, reset_sw, stuck_bit = 0;
    int found = 0;
    clock_facts_switch(facts, &cfgr, &mask, &reset_sw);
    if (bench_m.stuck_oscillator)
        clock_facts_ready_for(facts, reset_sw, &stuck_offset, &stuck_bit);
    for (r = clock_facts_readies(facts); r->on != r->rdy; r++) {
        if (block_addr(r->block, r->offset) != addr)
            continue;
        found = 1;
        *value &= ~(1u << r->rdy);
        if ((*value & (1u << r->on)) != 0u)
            *value |= 1u << r->rdy;
    }
    for (r = clock_facts_readies(facts); r->on != r->rdy; r++)
        if (found && block_addr(r->block, r->offset) == addr && (*value & (1u << r->on)) != 0u)
            *value |= 1u << r->rdy;    /* a flag two enables share (HSIDIVF) */
    if (found && bench_m.stuck_oscillator && block_addr(CF_RCC, stuck_offset) == addr)
        *value &= ~stuck_bit;          /* the reset oscillator never gets ready */
    return found;
}

/* Does the register at addr hold ready flags or the switch status? */
static int has_status(uint32_t addr)
{
    const cf_ready *r;
    uint16_t cfgr;
    uint32_t mask, reset_sw;
    clock_facts_switch(facts, &cfgr, &mask, &reset_sw);
    if (addr == block_addr(CF_RCC, cfgr))
        return 1;
    for (r = clock_facts_readies(facts); r->on != r->rdy; r++)
        if (block_addr(r->block, r->offset) == addr)
            return 1;
    return 0;
}

static uint32_t with_switch_status(uint32_t cfgr)
{
    uint16_t off;
    uint32_t mask, reset_sw;
    unsigned shift = clock_facts_sws_shift(facts);
    clock_facts_switch(facts, &off, &mask, &reset_sw);
    return (cfgr & ~(mask << shift)) | ((cfgr & mask) << shift);
}

static void put(uint32_t addr, uint32_t value)
{
    uint16_t cfgr;
    uint32_t mask, reset_sw;
    clock_facts_switch(facts, &cfgr, &mask, &reset_sw);
    follow(addr, &value);
    if (addr == block_addr(CF_RCC, cfgr))
        value = with_switch_status(value);
    soc_poke(addr, value);
}

/* Every register with a ready flag or a switch status made consistent. */
static void settle(void)
{
    const cf_ready *r;
    uint16_t cfgr;
    uint32_t mask, reset_sw;
    clock_facts_switch(facts, &cfgr, &mask, &reset_sw);
    for (r = clock_facts_readies(facts); r->on != r->rdy; r++)
        put(block_addr(r->block, r->offset), soc_peek(block_addr(r->block, r->offset)));
    put(block_addr(CF_RCC, cfgr), soc_peek(block_addr(CF_RCC, cfgr)));
}

void rcc_power_on(int start)
{
    const cf_reg *r;
    const cf_field *f;
    facts = clock_facts_of_board();
    icache = bench_m.board->icache_base;
    icache_cr = 0;                   /* the ICACHE is off at reset */
    start_stack = 0;
    clock_rules_power_on();
    if (facts == NULL)
        return;
    for (r = clock_facts_resets(facts); r->offset != 0xFFFFu; r++)
        soc_poke(block_addr(r->block, r->offset), r->value);
    if (start == RCC_START_DIRTY) {
        /* every checked field away from reset (SYSCLK on a PLL, the reset
         * oscillator off, prescalers dividing, muxes moved), wait states
         * at the line's maximum, the ICACHE on */
        for (f = clock_facts_fields(facts); f->name != NULL; f++) {
            uint32_t a = block_addr(f->block, f->offset);
            soc_poke(a, (soc_peek(a) & ~f->mask) | (f->dirty & f->mask));
        }
        soc_poke(block_addr(CF_FLASH, 0), (soc_peek(block_addr(CF_FLASH, 0)) & ~clock_facts_latency_mask(facts)) |
                                              clock_facts_latency_max(facts));
        icache_cr = icache != 0u ? 1u : 0u;
    } else if (start == RCC_START_APP) {
        for (r = clock_facts_preset(facts, &start_stack); r->offset != 0xFFFFu; r++)
            soc_poke(block_addr(r->block, r->offset), r->value);
        icache_cr = icache != 0u ? 1u : 0u;
    }
    settle();
    clock_rules_started();
}

/* A system reset puts the clock tree back: every checked field and the
 * registers with a listed reset value (the flash interface's ACR only in its
 * wait states: its other bits, the empty flag among them, survive). */
void rcc_system_reset(void)
{
    const cf_reg *r;
    const cf_field *f;
    uint32_t acr, acr_clock;
    facts = clock_facts_of_board();
    icache_cr = 0;
    clock_rules_power_on();
    if (facts == NULL)
        return;
    acr = block_addr(CF_FLASH, 0);
    acr_clock = clock_facts_latency_mask(facts);
    for (f = clock_facts_fields(facts); f->name != NULL; f++) {
        uint32_t a = block_addr(f->block, f->offset);
        soc_poke(a, soc_peek(a) & ~f->mask);
        if (a == acr)
            acr_clock |= f->mask;
    }
    for (r = clock_facts_resets(facts); r->offset != 0xFFFFu; r++) {
        uint32_t a = block_addr(r->block, r->offset), keep = a == acr ? ~acr_clock : 0u;
        soc_poke(a, (soc_peek(a) & keep) | (r->value & ~keep));
    }
    settle();
    clock_rules_started();
}

uint32_t rcc_start_stack(void)
{
    return start_stack;
}

int rcc_read(uint32_t addr, uint32_t stored, uint32_t *value)
{
    (void)stored;
    if (facts == NULL || icache == 0u)
        return 0;
    if (addr == icache) { *value = icache_cr; return 1; }
    if (addr == icache + 4u) { *value = 0; return 1; } /* BUSYF: invalidation over at once */
    return 0;
}

/* PWR registers need their bus clock where the line has an enable for it
 * (RM0444/RM0440/RM0351/RM0503/RM0438/RM0377/RM0038/RM0456/RM0487 RCC
 * PWREN): written with it off, the write is lost. */
static int pwr_unclocked(uint32_t addr)
{
    uint16_t off;
    uint32_t bit, pwr = clock_facts_block(facts, CF_PWR);
    clock_facts_pwr_clock(facts, &off, &bit);
    return bit != 0u && pwr != 0u && addr >= pwr && addr < pwr + 0x400u &&
           (soc_peek(block_addr(CF_RCC, off)) & bit) == 0u;
}

int rcc_write(uint32_t addr, uint32_t value, uint32_t *stored)
{
    uint32_t acr;
    (void)stored;
    if (facts == NULL)
        return 0;
    if (icache != 0u && addr == icache) { icache_cr = value; return 1; }
    if (pwr_unclocked(addr)) {
        bench_log("[uc] PWR write %08X <- %08X with the PWR clock off: lost\n", (unsigned)addr, (unsigned)value);
        return 1;
    }
    acr = block_addr(CF_FLASH, 0);
    if (addr == acr && bench_m.board->series_code == SYSBOOT_SERIES_L1) {
        if ((soc_peek(acr) & 4u) == 0u)   /* RM0038: LATENCY is written only with ACC64 set */
            value = (value & ~1u) | (soc_peek(acr) & 1u);
        soc_poke(addr, value);
        return 1;
    }
    if (!has_status(addr))
        return 0;
    put(addr, value);
    return 1;
}

int rcc_at_reset(char *why, unsigned size)
{
    int ok = clock_rules_entry(why, size);
    if (icache != 0u && (icache_cr & 1u) != 0u) {
        snprintf(why, size, "ICACHE_CR %08X: the instruction cache left on", (unsigned)icache_cr);
        ok = 0;
    }
    return ok;
}

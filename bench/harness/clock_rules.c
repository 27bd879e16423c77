/* The silicon's clock rules (see clock_rules.h). */
#include "clock_rules.h"

#include "../common/bench_ctl.h"
#include "clock_facts.h"
#include "machine.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const clock_facts *facts;
static unsigned broken;
static int fetch_pending;
static char pending[200];
static unsigned last_range;

void clock_rules_power_on(void)
{
    broken = 0;
    fetch_pending = 0;
    facts = NULL;
}

static void now_of(clock_now *c)
{
    clock_facts_now(facts, c);
}

void clock_rules_started(void)
{
    clock_now c;
    facts = clock_facts_of_board();
    if (facts == NULL)
        return;
    now_of(&c);
    last_range = c.range;
}

static void rule_broken(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void rule_broken(const char *fmt, ...)
{
    char msg[240];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    broken++;
    printf("[uc] CLOCK RULE broken at instruction %llu (pc %08X): %s\n", (unsigned long long)bench_m.insns,
           (unsigned)bench_pc(), msg);
    bench_fail("clock rule: %s (instruction %llu)", msg, (unsigned long long)bench_m.insns);
}

static uint32_t block(unsigned b)
{
    return clock_facts_block(facts, b);
}

int clock_rules_watches(uint32_t addr)
{
    uint32_t pwr;
    if (facts == NULL)
        return 0;
    pwr = block(CF_PWR);
    return (addr >= block(CF_RCC) && addr < block(CF_RCC) + 0x400u) || addr == block(CF_FLASH) ||
           (pwr != 0u && addr >= pwr && addr < pwr + 0x400u);
}

static uint32_t stack_pointer(void)
{
    uint32_t sp = 0;
    uc_reg_read(bench_m.uc, UC_ARM_REG_SP, &sp);
    return sp;
}

static void check_wait_states(uint32_t addr, uint32_t value)
{
    clock_now c;
    now_of(&c);
    if (c.needed == CF_UNKNOWN || (c.needed != CF_TOO_FAST && c.latency >= c.needed)) {
        fetch_pending = 0;
        return;
    }
    fetch_pending = 1;
    if (c.needed == CF_TOO_FAST)
        snprintf(pending, sizeof pending, "flash read at %s %u Hz, above the %s maximum (after %08X <- %08X)",
                 c.source, (unsigned)c.flash_hz, c.range_name, (unsigned)addr, (unsigned)value);
    else
        snprintf(pending, sizeof pending,
                 "flash read with LATENCY %u at %s %u Hz in %s: the table asks %u wait state(s) (after %08X <- %08X)",
                 c.latency, c.source, (unsigned)c.flash_hz, c.range_name, c.needed, (unsigned)addr, (unsigned)value);
}

static void check_guards(uint32_t addr, uint32_t old, uint32_t now)
{
    const cf_guard *g;
    for (g = clock_facts_guards(facts); g->name != NULL; g++) {
        uint32_t on = clock_facts_read(block(CF_RCC) + g->on_offset) & g->on;
        if (block(CF_RCC) + g->offset != addr || ((old ^ now) & g->mask) == 0u || on == 0u)
            continue;
        rule_broken("PLL configuration changed while the PLL runs: %s %08X -> %08X with RCC+%02X %08X",
                    g->name, (unsigned)old, (unsigned)now, (unsigned)g->on_offset,
                    (unsigned)clock_facts_read(block(CF_RCC) + g->on_offset));
    }
}

static void check_switch(uint32_t addr, uint32_t old, uint32_t now)
{
    uint16_t cfgr, off;
    uint32_t mask, reset_sw, bit, sw;
    clock_facts_switch(facts, &cfgr, &mask, &reset_sw);
    sw = now & mask;
    if (addr != block(CF_RCC) + cfgr || sw == (old & mask))
        return;
    if (!clock_facts_ready_for(facts, sw, &off, &bit))
        return;
    if ((clock_facts_read(block(CF_RCC) + off) & bit) == 0u)
        rule_broken("SYSCLK switched (SW %u) to an oscillator that is not ready: RCC+%02X %08X, ready bit %08X clear",
                    (unsigned)sw, (unsigned)off, (unsigned)clock_facts_read(block(CF_RCC) + off), (unsigned)bit);
}

static void check_memories(uint32_t addr, uint32_t old, uint32_t now)
{
    const cf_memory *m;
    uint32_t sp = stack_pointer();
    for (m = clock_facts_memories(facts); m->name != NULL; m++) {
        if (block(CF_RCC) + m->offset != addr || (old & m->bit) == 0u || (now & m->bit) != 0u)
            continue;
        if (m->hi == 0u)
            rule_broken("%s cleared: it clocks what every instruction fetch or the second core uses (RCC+%02X %08X -> %08X)",
                        m->name, (unsigned)m->offset, (unsigned)old, (unsigned)now);
        else if (sp > m->lo && sp <= m->hi)
            rule_broken("%s cleared while the stack (SP %08X) is in its SRAM %08X-%08X", m->name, (unsigned)sp,
                        (unsigned)m->lo, (unsigned)(m->hi - 1u));
        else if (BENCH_CTL_ADDR >= m->lo && BENCH_CTL_ADDR < m->hi)
            rule_broken("%s cleared while the application's data (%08X) is in its SRAM", m->name,
                        (unsigned)BENCH_CTL_ADDR);
    }
}

static void check_range(uint32_t addr)
{
    clock_now c;
    now_of(&c);
    if (addr >= block(CF_PWR) && addr < block(CF_PWR) + 0x400u && clock_facts_range_lower(facts, c.range, last_range) &&
        c.flash_hz > clock_facts_range_max(facts, c.range))
        rule_broken("voltage range lowered to %s while the clock is %u Hz, above its %u Hz maximum", c.range_name,
                    (unsigned)c.flash_hz, (unsigned)clock_facts_range_max(facts, c.range));
    last_range = c.range;
}

void clock_rules_written(uint32_t addr, uint32_t old, uint32_t now)
{
    if (facts == NULL)
        return;
    check_guards(addr, old, now);
    check_switch(addr, old, now);
    check_memories(addr, old, now);
    if (block(CF_PWR) != 0u)
        check_range(addr);
    check_wait_states(addr, now);
}

void clock_rules_on_fetch(uint32_t pc)
{
    if (!fetch_pending || pc < FLASH_BASE || pc >= FLASH_BASE + FLASH_SIZE)
        return;
    fetch_pending = 0;   /* once per state: re-armed by the next write */
    rule_broken("%s", pending);
}

static uint32_t reset_value(unsigned b, uint16_t offset)
{
    const cf_reg *r;
    for (r = clock_facts_resets(facts); r->offset != 0xFFFFu; r++)
        if (r->block == b && r->offset == offset)
            return r->value;
    return 0;
}

int clock_rules_entry(char *why, unsigned size)
{
    const cf_field *f;
    const char *src;
    uint32_t hz;
    clock_now c;
    int ok = 1;
    if (facts == NULL) {
        snprintf(why, size, "layout not modelled");
        return 1;
    }
    now_of(&c);
    clock_facts_reset_clock(facts, &src, &hz);
    snprintf(why, size, "SYSCLK %s %u Hz, flash clock %u Hz, %s, LATENCY %u", c.source, (unsigned)c.sysclk,
             (unsigned)c.flash_hz, c.range_name, c.latency);
    if (strcmp(c.source, src) != 0 || c.sysclk != hz || c.flash_hz != hz) {
        snprintf(why, size, "SYSCLK %s %u Hz (flash clock %u Hz), not the reset clock %s %u Hz", c.source,
                 (unsigned)c.sysclk, (unsigned)c.flash_hz, src, (unsigned)hz);
        ok = 0;
    }
    for (f = clock_facts_fields(facts); f->name != NULL; f++) {
        uint32_t a = clock_facts_block(facts, f->block) + f->offset;
        uint32_t v = clock_facts_read(a) & f->mask, want = reset_value(f->block, f->offset) & f->mask;
        int good = f->kind == CF_SET_ONLY || (f->kind == CF_AT_LEAST ? v >= want : v == want);
        if (good)
            continue;
        printf("[uc]      %s: %08X & %08X = %08X, reset %08X\n", f->name, (unsigned)a, (unsigned)f->mask,
               (unsigned)v, (unsigned)want);
        if (ok)
            snprintf(why, size, "%s: %08X, reset %08X", f->name, (unsigned)v, (unsigned)want);
        ok = 0;
    }
    if (broken != 0u) {
        if (ok)
            snprintf(why, size, "%u clock rule(s) broken on the way", broken);
        ok = 0;
    }
    return ok;
}

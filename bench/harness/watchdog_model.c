/* The IWDG and WWDG (see watchdog_model.h). */
#include "watchdog_model.h"

#include "../common/bench_ctl.h"
#include "machine.h"
#include "soc.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

typedef struct {
    const char *profile;
    uint32_t iwdg_base, iwdg_window, iwdg_on_mask, hw_iwdg_reg, hw_iwdg_mask, hw_iwdg_on;
    uint32_t wwdg_base, hw_wwdg_reg, hw_wwdg_mask, hw_wwdg_on;
} watchdog_row;

static const watchdog_row watchdog_rows[] = {
#define SYSBOOT_WATCHDOG(profile, ib, iw, io, hr, hm, ho, wb, wr, wm, wo, src) \
    { #profile, ib, iw, io, hr, hm, ho, wb, wr, wm, wo },
#include "../../data/stm32.def"
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

#define IWDG_KR   0x00u
#define IWDG_PR   0x04u
#define IWDG_RLR  0x08u
#define IWDG_SR   0x0Cu
#define IWDG_WINR 0x10u
#define IWDG_MAX  0xFFFu               /* RLR and WINR reset value */
#define LSI_HZ    32000u
#define WWDG_CR   0x00u
#define WWDG_CFR  0x04u
#define WWDG_WDGA (1u << 7)
#define WWDG_T    0x7Fu
#define WWDG_T6   0x40u
#define WWDG_TICK 4096u                /* cycles per step at WDGTB = 0, PCLK = core clock */

static struct {
    const watchdog_row *row;
    uint64_t lsi_cycle;                /* instructions per LSI cycle */
    int iwdg_on, iwdg_unlocked;
    uint32_t pr, rlr, winr;
    uint64_t iwdg_reload_at;
    int wwdg_on;
    uint32_t wwdg_t, wwdg_cfr;
    uint64_t wwdg_load_at;
    uint64_t deadline;                 /* next expiry; 0 = none */
    int reset_pending;
    unsigned resets;
    char why[120];
} wd;

static const watchdog_row *row_of(const bench_board *b)
{
    unsigned i;
    for (i = 0; i < COUNT(watchdog_rows); i++)
        if (strcmp(watchdog_rows[i].profile, b->profile_key) == 0)
            return &watchdog_rows[i];
    return NULL;
}

void watchdog_model_print_facts(const bench_board *b)
{
    const watchdog_row *r = row_of(b);
    if (r == NULL)
        return;
    if (r->iwdg_base) printf(" iwdg");
    if (r->iwdg_base && r->iwdg_on_mask) printf(" iwdgonf");
    if (r->wwdg_base) printf(" wwdg");
    if (r->iwdg_base && r->hw_iwdg_reg) printf(" hwiwdgopt");
}

static uint64_t iwdg_period(void)
{
    return (uint64_t)(4u << (wd.pr > 6 ? 6 : wd.pr)) * wd.lsi_cycle;
}

/* Counter steps gone since the last reload, capped at the reload value. */
static uint32_t iwdg_counter(void)
{
    uint64_t steps = (bench_m.insns - wd.iwdg_reload_at) / iwdg_period();
    return steps >= wd.rlr ? 0 : wd.rlr - (uint32_t)steps;
}

static uint32_t wwdg_counter(void)
{
    uint64_t steps = (bench_m.insns - wd.wwdg_load_at) / WWDG_TICK;
    return steps >= wd.wwdg_t ? 0 : wd.wwdg_t - (uint32_t)steps;
}

static uint64_t iwdg_deadline(void)
{
    return wd.iwdg_on ? wd.iwdg_reload_at + (uint64_t)(wd.rlr + 1u) * iwdg_period() : 0;
}

/* When T6 clears: T - 0x3F steps after the load (at once if already clear). */
static uint64_t wwdg_deadline(void)
{
    if (!wd.wwdg_on)
        return 0;
    if (wd.wwdg_t < WWDG_T6)
        return wd.wwdg_load_at;
    return wd.wwdg_load_at + (uint64_t)(wd.wwdg_t - (WWDG_T6 - 1u)) * WWDG_TICK;
}

static void update_deadline(void)
{
    uint64_t i = iwdg_deadline(), w = wwdg_deadline();
    wd.deadline = i == 0 ? w : w == 0 || i < w ? i : w;
}

static void fire(const char *what)
{
    if (wd.reset_pending)
        return;
    wd.reset_pending = 1;
    if (wd.resets++ == 0)
        snprintf(wd.why, sizeof wd.why, "%s at instruction %llu (pc %08X)", what,
                 (unsigned long long)bench_m.insns, (unsigned)bench_pc());
    bench_fail("watchdog reset: %s", wd.why);
    printf("[uc] watchdog reset: %s at instruction %llu\n", what, (unsigned long long)bench_m.insns);
    bench_m.reset_requested = 1;
    uc_emu_stop(bench_m.uc);
}

static void on_code(uc_engine *uc, uint64_t addr, uint32_t size, void *ud)
{
    (void)uc; (void)addr; (void)size; (void)ud;
    if (wd.deadline != 0 && bench_m.insns >= wd.deadline && !wd.reset_pending)
        fire(wd.deadline == wwdg_deadline() ? "WWDG counter T6 cleared (no refresh in the window)"
                                            : "IWDG counter reached 0 (no reload)");
}

void watchdog_model_install(void)
{
    uc_hook hook;
    uc_hook_add(bench_m.uc, &hook, UC_HOOK_CODE, BENCH_HOOK(on_code), NULL, 1, 0);
}

static void option_field(uint32_t reg, uint32_t mask, uint32_t value)
{
    if (reg != 0)
        soc_poke(reg, (soc_peek(reg) & ~mask) | (value & mask));
}

static int hw_iwdg_selected(void)
{
    const watchdog_row *r = wd.row;
    return r != NULL && r->hw_iwdg_reg != 0 && (soc_peek(r->hw_iwdg_reg) & r->hw_iwdg_mask) == r->hw_iwdg_on;
}

/* Both watchdogs as any reset leaves them: the IWDG running only if the
 * option bytes start it. */
static void reset_state(void)
{
    wd.pr = 0;
    wd.rlr = wd.winr = IWDG_MAX;
    wd.iwdg_unlocked = 0;
    wd.iwdg_on = hw_iwdg_selected();
    wd.iwdg_reload_at = bench_m.insns;
    wd.wwdg_on = 0;
    wd.wwdg_t = WWDG_T;
    wd.wwdg_cfr = WWDG_T;
    update_deadline();
}

void watchdog_model_power_on(void)
{
    const watchdog_row *r = row_of(bench_m.board);
    uint32_t bases[2] = { 0, 0 }, none = 0xFFFFFFFFu;
    memset(&wd, 0, sizeof wd);
    wd.row = r;
    wd.lsi_cycle = bench_m.board->max_core_hz / LSI_HZ;
    if (wd.lsi_cycle == 0)
        wd.lsi_cycle = 1;
    if (r != NULL) {
        /* "on" is the hardware value; software is the other one */
        option_field(r->hw_iwdg_reg, r->hw_iwdg_mask, bench_m.hw_iwdg ? r->hw_iwdg_on : ~r->hw_iwdg_on);
        option_field(r->hw_wwdg_reg, r->hw_wwdg_mask, ~r->hw_wwdg_on);
        bases[0] = r->iwdg_base;
        bases[1] = r->wwdg_base;
    }
    reset_state();
    uc_mem_write(bench_m.uc, BENCH_CTL_ADDR + offsetof(bench_ctl, iwdg_base), bases, sizeof bases);
    uc_mem_write(bench_m.uc, BENCH_CTL_ADDR + offsetof(bench_ctl, hazards), &none, 4);
}

void watchdog_model_system_reset(void)
{
    reset_state();
    wd.reset_pending = 0;
}

int watchdog_model_took_reset(void)
{
    return wd.reset_pending;
}

unsigned watchdog_model_resets(const char **why)
{
    *why = wd.why;
    return wd.resets;
}

static int iwdg_read(uint32_t off, uint32_t *value)
{
    switch (off) {
    case IWDG_PR: *value = wd.pr; return 1;
    case IWDG_RLR: *value = wd.rlr; return 1;
    case IWDG_SR: *value = wd.iwdg_on ? wd.row->iwdg_on_mask : 0; return 1;   /* no update pending */
    case IWDG_WINR: *value = wd.row->iwdg_window ? wd.winr : 0; return 1;
    default: *value = 0; return 1;                                            /* KR is write-only */
    }
}

static void iwdg_write(uint32_t off, uint32_t v)
{
    if (off == IWDG_KR) {
        v &= 0xFFFFu;
        wd.iwdg_unlocked = v == 0x5555u;
        if (v == 0xCCCCu && !wd.iwdg_on) {
            wd.iwdg_on = 1;
            wd.iwdg_reload_at = bench_m.insns;
            bench_log("[uc] IWDG started: PR %u RLR %u, %llu instructions\n", (unsigned)wd.pr, (unsigned)wd.rlr,
                      (unsigned long long)((wd.rlr + 1u) * iwdg_period()));
        } else if (v == 0xAAAAu && wd.iwdg_on) {
            if (wd.row->iwdg_window && wd.winr < wd.rlr && iwdg_counter() > wd.winr)
                fire("IWDG reloaded above its window");
            wd.iwdg_reload_at = bench_m.insns;
        }
        update_deadline();
        return;
    }
    if (!wd.iwdg_unlocked)
        return;                                        /* write-protected */
    if (off == IWDG_PR) wd.pr = v & 7u;
    if (off == IWDG_RLR) wd.rlr = v & IWDG_MAX;
    if (off == IWDG_WINR && wd.row->iwdg_window) wd.winr = v & IWDG_MAX;
    update_deadline();
}

static void wwdg_write(uint32_t off, uint32_t v)
{
    if (off == WWDG_CFR) {
        wd.wwdg_cfr = v;
        return;
    }
    if (off != WWDG_CR)
        return;
    if (wd.wwdg_on || (v & WWDG_WDGA)) {
        if (wd.wwdg_on && wwdg_counter() > (wd.wwdg_cfr & WWDG_T)) {
            fire("WWDG refreshed above its window");
            return;
        }
        if (!wd.wwdg_on)
            bench_log("[uc] WWDG started: T %02X W %02X\n", (unsigned)(v & WWDG_T), (unsigned)(wd.wwdg_cfr & WWDG_T));
        wd.wwdg_on = 1;
        wd.wwdg_t = v & WWDG_T;
        wd.wwdg_load_at = bench_m.insns;
        if (!(v & WWDG_T6))
            fire("WWDG written with T6 clear");
    } else {
        wd.wwdg_t = v & WWDG_T;
    }
    update_deadline();
}

int watchdog_model_read(uint32_t addr, uint32_t *value)
{
    const watchdog_row *r = wd.row;
    if (r == NULL)
        return 0;
    if (r->iwdg_base && addr >= r->iwdg_base && addr < r->iwdg_base + 0x400u)
        return iwdg_read(addr - r->iwdg_base, value);
    if (r->wwdg_base && addr >= r->wwdg_base && addr < r->wwdg_base + 0x400u) {
        if (addr - r->wwdg_base == WWDG_CR)
            *value = wd.wwdg_on ? WWDG_WDGA | wwdg_counter() : wd.wwdg_t;
        else
            *value = addr - r->wwdg_base == WWDG_CFR ? wd.wwdg_cfr : 0;
        return 1;
    }
    return 0;
}

int watchdog_model_write(uint32_t addr, uint32_t value)
{
    const watchdog_row *r = wd.row;
    if (r == NULL)
        return 0;
    if (r->iwdg_base && addr >= r->iwdg_base && addr < r->iwdg_base + 0x400u) {
        iwdg_write(addr - r->iwdg_base, value);
        return 1;
    }
    if (r->wwdg_base && addr >= r->wwdg_base && addr < r->wwdg_base + 0x400u) {
        wwdg_write(addr - r->wwdg_base, value);
        return 1;
    }
    return 0;
}

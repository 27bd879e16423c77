/* The D-cache dirty-line model (see dcache.h). */
#include "dcache.h"

#include "machine.h"

#include <stdlib.h>
#include <string.h>

#define LINE 32u
#define SETS 128u
#define WAYS 4u

static uint32_t base, nlines;
static uint8_t *dirty;
static uint8_t (*before)[LINE];   /* SRAM contents before the line went dirty */
static int enabled;
static uc_hook write_hook;

static void on_write(uc_engine *uc, uc_mem_type type, uint64_t addr, int size, int64_t value, void *ud)
{
    uint32_t first, last, i;
    (void)type; (void)value; (void)ud;
    if (!enabled || addr < base)
        return;
    first = (uint32_t)(addr - base) / LINE;
    last = (uint32_t)(addr + (uint64_t)size - 1 - base) / LINE;
    for (i = first; i <= last && i < nlines; i++) {
        if (!dirty[i]) {
            uc_mem_read(uc, base + i * LINE, before[i], LINE);
            dirty[i] = 1;
        }
    }
}

void dcache_init(uint32_t sram_base, uint32_t sram_size)
{
    base = sram_base;
    nlines = sram_size / LINE;
    free(dirty);
    free(before);
    dirty = calloc(nlines, 1);
    before = calloc(nlines, LINE);
    enabled = 0;
    uc_hook_add(bench_m.uc, &write_hook, UC_HOOK_MEM_WRITE, BENCH_HOOK(on_write), NULL,
                sram_base, sram_base + sram_size - 1);
}

void dcache_set_enabled(int on)
{
    enabled = on;
}

void dcache_clean_line(uint32_t addr)
{
    if (addr >= base && (addr - base) / LINE < nlines)
        dirty[(addr - base) / LINE] = 0;
}

/* A line's set is its index bits; its way is spread over the four by the
 * line and tag bits, so a clean that skips a way leaves lines dirty, as on
 * silicon. */
static uint32_t line_way(uint32_t a)
{
    return ((a >> 5) + (a >> 12)) % WAYS;
}

void dcache_clean_set_way(uint32_t setway)
{
    uint32_t set = (setway >> 5) & (SETS - 1), way = setway >> 30, i;
    for (i = (set - (base >> 5)) & (SETS - 1); i < nlines; i += SETS) {
        uint32_t a = base + i * LINE;
        if (line_way(a) == way)
            dirty[i] = 0;
    }
}

unsigned dcache_dirty_lines(void)
{
    unsigned n = 0, i;
    for (i = 0; i < nlines; i++)
        n += dirty[i];
    return n;
}

void dcache_lose_dirty_lines(void)
{
    uint32_t i;
    for (i = 0; i < nlines; i++) {
        if (dirty[i]) {
            uc_mem_write(bench_m.uc, base + i * LINE, before[i], LINE);
            dirty[i] = 0;
        }
    }
    enabled = 0;
}

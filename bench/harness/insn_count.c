/* Instruction and stack count between a marker and the ROM (see insn_count.h). */
#include "insn_count.h"

#include "machine.h"

#include <stdio.h>

static struct {
    int installed, counting, reached_rom;
    uint32_t from;
    uint64_t insns;
    unsigned resets_at_start, segment_resets, resets_to_rom;
    uint32_t segment_sp;           /* SP at the marker, or the MSP a reset loaded */
    uint32_t stack_call, stack_after_reset;
} count;

static int in_system_memory(uint64_t addr)
{
    return addr >= bench_m.sysmem_map_base && addr < (uint64_t)bench_m.sysmem_map_base + bench_m.sysmem_map_size;
}

static void on_code(uc_engine *uc, uint64_t addr, uint32_t size, void *ud)
{
    uint32_t sp = 0, depth;
    (void)size; (void)ud;
    if (count.reached_rom)
        return;
    uc_reg_read(uc, UC_ARM_REG_SP, &sp);
    if (!count.counting) {
        if ((uint32_t)addr != count.from)
            return;
        count.counting = 1;
        count.resets_at_start = count.segment_resets = bench_m.resets;
        count.segment_sp = sp;
    }
    if (in_system_memory(addr)) {
        count.reached_rom = 1;
        count.resets_to_rom = bench_m.resets - count.resets_at_start;
        return;
    }
    if (bench_m.resets != count.segment_resets) {   /* first instruction after a reset */
        count.segment_resets = bench_m.resets;
        count.segment_sp = sp;
    }
    depth = sp < count.segment_sp ? count.segment_sp - sp : 0u;
    if (count.segment_resets == count.resets_at_start) {
        if (depth > count.stack_call)
            count.stack_call = depth;
    } else if (depth > count.stack_after_reset) {
        count.stack_after_reset = depth;
    }
    count.insns++;
}

void insn_count_install(uint32_t from)
{
    uc_hook hook;
    count.installed = 1;
    count.from = from & ~1u;
    uc_hook_add(bench_m.uc, &hook, UC_HOOK_CODE, BENCH_HOOK(on_code), NULL, 1, 0);
}

void insn_count_report(void)
{
    if (!count.installed)
        return;
    printf("COUNT from=%08X rom=%d insns=%llu resets=%u stack_call=%u stack_after_reset=%u\n",
           (unsigned)count.from, count.reached_rom, (unsigned long long)count.insns,
           count.resets_to_rom, (unsigned)count.stack_call,
           (unsigned)count.stack_after_reset);
    fflush(stdout);
}

/* The ECC/parity SRAM model (see ecc.h). */
#include "ecc.h"

#include "../common/bench_ctl.h"
#include "machine.h"

#include <stdint.h>
#include <string.h>

/* bench/apps/app.ld: the record's page. */
#define ECC_FIRST BENCH_RECORD_ADDR
#define ECC_WORDS 8u

static uint8_t written[ECC_WORDS];

static void on_write(uc_engine *uc, uc_mem_type type, uint64_t addr, int size, int64_t value, void *ud)
{
    uint64_t a;
    (void)uc; (void)type; (void)value; (void)ud;
    for (a = addr & ~3ull; a < addr + (uint64_t)size; a += 4)
        if (a >= ECC_FIRST && a < ECC_FIRST + 4u * ECC_WORDS)
            written[(a - ECC_FIRST) / 4u] = 1;
}

static void on_read(uc_engine *uc, uc_mem_type type, uint64_t addr, int size, int64_t value, void *ud)
{
    (void)type; (void)size; (void)value; (void)ud;
    if (!bench_m.ecc_sram || addr < ECC_FIRST || addr >= ECC_FIRST + 4u * ECC_WORDS)
        return;
    if (!written[(addr - ECC_FIRST) / 4u]) {
        bench_fail("ECC error: read of SRAM word %08X never written since power-on (pc %08X)",
                   (unsigned)addr, (unsigned)bench_pc());
        bench_m.stop_reason = BENCH_STOP_FAULT;
        uc_emu_stop(uc);
    }
}

void ecc_install(void)
{
    uc_hook h;
    uc_hook_add(bench_m.uc, &h, UC_HOOK_MEM_WRITE, BENCH_HOOK(on_write), NULL, ECC_FIRST,
                ECC_FIRST + 4u * ECC_WORDS - 1u);
    uc_hook_add(bench_m.uc, &h, UC_HOOK_MEM_READ, BENCH_HOOK(on_read), NULL, ECC_FIRST,
                ECC_FIRST + 4u * ECC_WORDS - 1u);
}

void ecc_power_on(void)
{
    memset(written, 0, sizeof written);
}

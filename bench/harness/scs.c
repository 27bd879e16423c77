/* The SCS register model (see scs.h). */
#include "scs.h"

#include "dcache.h"
#include "machine.h"
#include "sysboot.h"

#include <string.h>

scs_state bench_scs;

#define ICSR_PENDSVSET (1u << 28)
#define ICSR_PENDSVCLR (1u << 27)
#define ICSR_PENDSTSET (1u << 26)
#define ICSR_PENDSTCLR (1u << 25)
#define CCR_DC (1u << 16)
#define CCR_IC (1u << 17)

static int core_is_v6m(void)
{
    return bench_m.core == SYSBOOT_CORE_M0 || bench_m.core == SYSBOOT_CORE_M0P;
}

unsigned scs_nvic_words(void)
{
    return core_is_v6m() ? 1u : 5u;   /* v7-M/v8-M boards: ICTR = 4, 160 lines */
}

void scs_reset(void)
{
    memset(&bench_scs, 0, sizeof bench_scs);
    /* STKALIGN set out of reset on M7 and v8-M; LSPEN|ASPEN in FPCCR */
    bench_scs.ccr = core_is_v6m() ? 0x208u : 0x200u;
    bench_scs.fpccr = 0xC0000000u;
}

static int has_mpu(void)
{
    return bench_m.core != SYSBOOT_CORE_M0;
}

static uint64_t scs_read(uc_engine *uc, uint64_t off64, unsigned size, void *ud)
{
    uint32_t off = (uint32_t)off64, v;
    (void)uc; (void)size; (void)ud;
    if (off >= 0x100 && off < 0x100 + 4 * SCS_NVIC_WORDS)
        v = bench_scs.iser[(off - 0x100) / 4];
    else if (off >= 0x180 && off < 0x180 + 4 * SCS_NVIC_WORDS)
        v = bench_scs.iser[(off - 0x180) / 4];
    else if (off >= 0x200 && off < 0x200 + 4 * SCS_NVIC_WORDS)
        v = bench_scs.ispr[(off - 0x200) / 4];
    else if (off >= 0x280 && off < 0x280 + 4 * SCS_NVIC_WORDS)
        v = bench_scs.ispr[(off - 0x280) / 4];
    else switch (off) {
    case 0x004: v = core_is_v6m() ? 0 : scs_nvic_words() - 1; break;
    case 0x010: v = bench_scs.syst_ctrl; break;
    case 0x014: v = bench_scs.syst_load; break;
    case 0x018: v = bench_scs.syst_val; break;
    case 0xD00: v = bench_m.cpuid; break;
    case 0xD04: v = bench_scs.icsr_pend; break;
    case 0xD08: v = bench_scs.vtor; break;
    case 0xD0C: v = 0xFA050000u | bench_scs.aircr_prigroup; break;
    case 0xD10: v = bench_scs.scr; break;
    case 0xD14: v = bench_scs.ccr; break;
    case 0xD28: v = bench_scs.cfsr; break;
    case 0xD38: v = bench_scs.bfar; break;
    case 0xD80: v = bench_m.core == SYSBOOT_CORE_M7 ? DCACHE_CCSIDR : 0; break;
    case 0xD84: v = bench_scs.csselr; break;
    case 0xD88: v = bench_scs.cpacr; break;
    case 0xD90: v = has_mpu() ? 0x800u : 0; break;   /* 8 regions */
    case 0xD94: v = bench_scs.mpu_ctrl; break;
    case 0xF34: v = bench_scs.fpccr; break;
    default:    v = bench_scs.store[off / 4];
    }
    bench_log("  scs read  E000E%03X -> %08X (pc %08X)\n", (unsigned)off, (unsigned)v, bench_pc());
    return v;
}

static void scs_write(uc_engine *uc, uint64_t off64, unsigned size, uint64_t val64, void *ud)
{
    uint32_t off = (uint32_t)off64, v = (uint32_t)val64;
    (void)size; (void)ud;
    bench_log("  scs write E000E%03X <- %08X (pc %08X)\n", (unsigned)off, (unsigned)v, bench_pc());
    if (off >= 0x100 && off < 0x100 + 4 * SCS_NVIC_WORDS)
        bench_scs.iser[(off - 0x100) / 4] |= v;
    else if (off >= 0x180 && off < 0x180 + 4 * SCS_NVIC_WORDS)
        bench_scs.iser[(off - 0x180) / 4] &= ~v;
    else if (off >= 0x200 && off < 0x200 + 4 * SCS_NVIC_WORDS)
        bench_scs.ispr[(off - 0x200) / 4] |= v;
    else if (off >= 0x280 && off < 0x280 + 4 * SCS_NVIC_WORDS)
        bench_scs.ispr[(off - 0x280) / 4] &= ~v;
    else switch (off) {
    case 0x010: bench_scs.syst_ctrl = v & 7u; break;
    case 0x014: bench_scs.syst_load = v & 0xFFFFFFu; break;
    case 0x018: bench_scs.syst_val = 0; break;           /* any write clears */
    case 0xD04:
        if (v & ICSR_PENDSTSET) bench_scs.icsr_pend |= ICSR_PENDSTSET;
        if (v & ICSR_PENDSTCLR) bench_scs.icsr_pend &= ~ICSR_PENDSTSET;
        if (v & ICSR_PENDSVSET) bench_scs.icsr_pend |= ICSR_PENDSVSET;
        if (v & ICSR_PENDSVCLR) bench_scs.icsr_pend &= ~ICSR_PENDSVSET;
        break;
    case 0xD08: bench_scs.vtor = bench_m.core == SYSBOOT_CORE_M0 ? 0 : (v & ~0x7Fu)   /* M0: no VTOR */; break;
    case 0xD0C:
        if ((v >> 16) != 0x05FAu)
            break;                                        /* wrong key: ignored */
        bench_scs.aircr_prigroup = v & 0x700u;
        if (v & 4u) {
            bench_m.reset_requested = 1;
            uc_emu_stop(uc);
        }
        break;
    case 0xD10: bench_scs.scr = v & 0x1Eu; break;     /* SEVONPEND, SLEEPDEEPS (v8-M), SLEEPDEEP, SLEEPONEXIT */
    case 0xD14:
        if (core_is_v6m())
            break;                                        /* ARMv6-M: CCR is read-only */
        if ((bench_scs.ccr & CCR_IC) && !(v & CCR_IC))
            bench_scs.icache_invalidated_after_off = 0;
        if (v & CCR_IC)
            bench_scs.icache_was_on = 1;
        bench_scs.ccr = v;
        dcache_set_enabled((v & CCR_DC) != 0);
        break;
    case 0xD28: bench_scs.cfsr &= ~v; break;             /* write 1 to clear */
    case 0xD84: bench_scs.csselr = v; break;
    case 0xD88: bench_scs.cpacr = v; break;
    case 0xD94: bench_scs.mpu_ctrl = v; break;
    case 0xF34: bench_scs.fpccr = v; break;
    case 0xF50:                                           /* ICIALLU */
        if (!(bench_scs.ccr & CCR_IC))
            bench_scs.icache_invalidated_after_off = 1;
        break;
    case 0xF68:                                           /* DCCMVAC */
        if (!bench_m.ignore_dccmvac)
            dcache_clean_line(v);
        break;
    case 0xF74: dcache_clean_set_way(v); break;           /* DCCISW */
    default:    bench_scs.store[off / 4] = v;
    }
}

/* A precise bus error on a data read: absorbed at priority -1 with
 * CCR.BFHFNMIGN set (Armv7-M/v8-M), else a HardFault, which ends the run. */
int scs_bus_error(uint32_t addr)
{
    uint32_t faultmask = 0;
    uc_reg_read(bench_m.uc, UC_ARM_REG_FAULTMASK, &faultmask);
    if (!core_is_v6m() && (faultmask & 1u) && (bench_scs.ccr & 0x100u)) {
        bench_scs.cfsr |= (1u << 9) | (1u << 15);          /* PRECISERR, BFARVALID */
        bench_scs.bfar = addr;
        return 1;
    }
    return 0;
}

void scs_map(void)
{
    uc_mmio_map(bench_m.uc, 0xE000E000u, 0x1000, scs_read, NULL, scs_write, NULL);
}

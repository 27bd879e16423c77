/*
 * The stand-in's entry checks: the state ST's ROM relies on, read from the
 * inside (the harness checks the same from the outside).
 */
#include "standin.h"

#include "../common/semihost.h"

/* No .bss in a ROM without C runtime: the count travels by pointer. */
static void expect_at(unsigned *failures, int ok, const char *what, uint32_t got)
{
    if (ok)
        return;
    (*failures)++;
    sh_puts("ROM: FAIL ");
    sh_puts(what);
    sh_puts(" = ");
    sh_hex(got);
    sh_puts("\n");
}

static uint32_t read_address_zero(void)
{
    uint32_t v, zero = 0;
    /* asm: GCC turns a C read of address 0 into a trap */
    __asm__ volatile("ldr %0, [%1]" : "=r"(v) : "r"(zero));
    return v;
}

unsigned standin_check(const standin_entry_state *s)
{
#if STANDIN_CORE != CORE_M0
    extern const void *const standin_vectors[];
    uint32_t table = (uint32_t)(uintptr_t)standin_vectors;
#endif
    uint32_t en = 0, pend = 0, words = 1, i;
    unsigned failures = 0;
#define expect(ok, what, got) expect_at(&failures, (ok), (what), (got))
    expect(s->sp == STANDIN_MSP, "SP at entry (vector[0])", s->sp);
    expect(s->control == 0, "CONTROL", s->control);
    expect((s->ipsr & 0x1FFu) == 0, "IPSR (thread mode)", s->ipsr);
    expect(s->primask == 0, "PRIMASK", s->primask);
    expect(s->basepri == 0, "BASEPRI", s->basepri);
    expect(s->faultmask == 0, "FAULTMASK", s->faultmask);
#if !STANDIN_V6M
    words = (REG32(0xE000E004u) & 0xFu) + 1u;               /* ICTR */
#endif
    for (i = 0; i < words; i++) {
        en |= REG32(0xE000E100u + 4u * i);
        pend |= REG32(0xE000E200u + 4u * i);
    }
    expect(en == 0, "NVIC ISER (OR of all words)", en);
    expect(pend == 0, "NVIC ISPR (OR of all words)", pend);
    expect((REG32(0xE000E010u) & 3u) == 0, "SysTick CTRL.ENABLE|TICKINT", REG32(0xE000E010u));
    expect((REG32(0xE000ED04u) & ((1u << 26) | (1u << 28))) == 0, "ICSR PENDSTSET|PENDSVSET",
           REG32(0xE000ED04u));
#if STANDIN_CORE != CORE_M0
    if (REG32(0xE000ED90u) & 0xFF00u)                       /* MPU present */
        expect((REG32(0xE000ED94u) & 1u) == 0, "MPU_CTRL.ENABLE", REG32(0xE000ED94u));
#endif
#if STANDIN_CORE == CORE_M7
    expect((REG32(0xE000ED14u) & (3u << 16)) == 0, "CCR.DC|IC (caches)", REG32(0xE000ED14u));
#endif
#if STANDIN_FPU
    expect((REG32(0xE000ED88u) & (0xFu << 20)) == 0, "CPACR CP10/CP11", REG32(0xE000ED88u));
    expect((REG32(0xE000EF34u) & 1u) == 0, "FPCCR.LSPACT", REG32(0xE000EF34u));
#endif
#if STANDIN_CORE == CORE_M0
    expect(read_address_zero() == STANDIN_MSP, "word at 0 (system memory remapped)", read_address_zero());
#else
    /* VTOR at our table, or 0 with system memory at 0 (booted by hardware) */
    expect(REG32(0xE000ED08u) == table ||
           (REG32(0xE000ED08u) == 0 && read_address_zero() == STANDIN_MSP),
           "VTOR", REG32(0xE000ED08u));
#if STANDIN_REMAP
    expect(read_address_zero() == STANDIN_MSP, "word at 0 (system memory remapped)", read_address_zero());
#endif
#endif
#undef expect
    return failures;
}

/*
 * Cortex-M7 D-cache off, in assembly because C cannot promise what it
 * must: no memory access between turning the cache off and writing every
 * dirty line back. At -O0 a C loop keeps its counters on the stack, whose
 * lines may still be dirty in the cache: after CCR.DC is cleared the loop
 * reads stale memory, and the clean then writes old lines over new values
 * (an endless loop or a short clean). Registers only, no stack, leaf.
 *
 * Sequence (ARMv7-M ARM B2.2.7; Cortex-M7 TRM: the L1 D-cache has 32-byte
 * lines, so the set index starts at bit 5, and 4 ways, at bits 31:30):
 * select the L1 D-cache (CSSELR = 0), read its geometry (CCSIDR), clear
 * CCR.DC, then DCCISW every set and way, DSB, ISB.
 */
#include "core.h"

#if !defined(SYSBOOT_FAKE_HW)

#if defined(__ARM_ARCH_7EM__)
__attribute__((naked)) void sysboot_core_dcache_off(void)
{
    __asm__ volatile(
        "movw  r0, #0xED84\n\t"
        "movt  r0, #0xE000\n\t"     /* CSSELR */
        "movs  r1, #0\n\t"
        "str   r1, [r0]\n\t"        /* level 1 data cache */
        "dsb   0xF\n\t"
        "ldr   r1, [r0, #-4]\n\t"   /* CCSIDR */
        "movw  r0, #0xED14\n\t"
        "movt  r0, #0xE000\n\t"     /* CCR */
        "ldr   r2, [r0]\n\t"
        "bic   r2, r2, #0x10000\n\t"
        "str   r2, [r0]\n\t"        /* DC off: no new allocations */
        "dsb   0xF\n\t"
        "ubfx  r12, r1, #3, #10\n\t"  /* ways - 1 */
        "ubfx  r1, r1, #13, #15\n\t"  /* sets - 1: the set counter */
        "movw  r0, #0xEF74\n\t"
        "movt  r0, #0xE000\n\t"     /* DCCISW */
        "1:\n\t"
        "mov   r2, r12\n\t"         /* way counter */
        "2:\n\t"
        "lsls  r3, r2, #30\n\t"
        "orr   r3, r3, r1, lsl #5\n\t"
        "str   r3, [r0]\n\t"        /* clean and invalidate this set/way */
        "subs  r2, r2, #1\n\t"
        "bpl   2b\n\t"
        "subs  r1, r1, #1\n\t"
        "bpl   1b\n\t"
        "dsb   0xF\n\t"
        "isb   0xF\n\t"
        "bx    lr\n\t");
}
#else
/* Only Cortex-M7 parts have a D-cache; jump.c calls this for them alone. */
void sysboot_core_dcache_off(void)
{
}
#endif

#else
/* Host test builds provide sysboot_core_dcache_off in the fake. */
typedef int sysboot_dcache_is_target_only;
#endif

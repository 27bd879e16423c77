/*
 * Core operations C cannot express: special registers, barriers, and the
 * final branch. On the target they are inline assembly (and the trampoline
 * in trampoline.c); a host test build (SYSBOOT_FAKE_HW) supplies fakes.
 */
#ifndef SYSBOOT_CORE_H
#define SYSBOOT_CORE_H

#include <stdint.h>

#if defined(__GNUC__)
#define SYSBOOT_NORETURN __attribute__((noreturn))
/* Inlined even at -Os, where a small static helper left out of line would
 * keep its facts as loads (or a call for a constant). */
#define SYSBOOT_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define SYSBOOT_NORETURN
#define SYSBOOT_ALWAYS_INLINE inline
#endif

/* MSP := msp, CONTROL := 0, PRIMASK/BASEPRI/FAULTMASK := 0, then branch to
 * pc; one assembly routine so no stack access can fall after the MSP load. */
SYSBOOT_NORETURN void sysboot_core_branch(uint32_t msp, uint32_t pc);

/* Cortex-M7: turn the D-cache off, then clean and invalidate every line by
 * set/way, using registers only (dcache.c): with the cache going off, any
 * stack access in between could read memory that a dirty line still hides
 * (docs/failure-modes.md; the old CMSIS SCB_DisableDCache hang at -O0). */
void sysboot_core_dcache_off(void);

/* Armv7-M and Armv8-M Mainline: FAULTMASK and CCR.BFHFNMIGN exist, so a
 * read of an address that may not exist can be tried (identify.c). */
#if defined(SYSBOOT_FAKE_HW) || defined(__ARM_ARCH_7M__) || defined(__ARM_ARCH_7EM__) || \
    defined(__ARM_ARCH_8M_MAIN__) || defined(__ARM_ARCH_8_1M_MAIN__)
#define SYSBOOT_CORE_HAS_FAULTMASK 1
#else
#define SYSBOOT_CORE_HAS_FAULTMASK 0
#endif

#if defined(SYSBOOT_FAKE_HW)
uint32_t sysboot_core_faultmask(void);
void sysboot_core_fault_mask(void);
void sysboot_core_fault_unmask(void);
uint32_t sysboot_core_ipsr(void);
uint32_t sysboot_core_control(void);
void sysboot_core_disable_irq(void);
uint32_t sysboot_core_primask(void);
void sysboot_core_enable_irq(void);
void sysboot_core_dsb(void);
void sysboot_core_isb(void);
void sysboot_core_spin(uint32_t iterations);
#else
static inline uint32_t sysboot_core_ipsr(void)
{
    uint32_t v;
    __asm__ volatile("mrs %0, ipsr" : "=r"(v));
    return v;
}

static inline uint32_t sysboot_core_control(void)
{
    uint32_t v;
    __asm__ volatile("mrs %0, control" : "=r"(v));
    return v;
}

static inline void sysboot_core_disable_irq(void)
{
    __asm__ volatile("cpsid i" ::: "memory");
}

#if SYSBOOT_CORE_HAS_FAULTMASK
/* FAULTMASK bit 0; set: priority -1, where CCR.BFHFNMIGN applies. */
static inline uint32_t sysboot_core_faultmask(void)
{
    uint32_t v;
    __asm__ volatile("mrs %0, faultmask" : "=r"(v));
    return v;
}

static inline void sysboot_core_fault_mask(void)
{
    __asm__ volatile("cpsid f" ::: "memory");
}

static inline void sysboot_core_fault_unmask(void)
{
    __asm__ volatile("cpsie f" ::: "memory");
}
#endif

/* PRIMASK bit 0: 1 when the caller had interrupts masked. */
static inline uint32_t sysboot_core_primask(void)
{
    uint32_t v;
    __asm__ volatile("mrs %0, primask" : "=r"(v));
    return v;
}

static inline void sysboot_core_enable_irq(void)
{
    __asm__ volatile("cpsie i" ::: "memory");
}

static inline void sysboot_core_dsb(void)
{
    __asm__ volatile("dsb 0xF" ::: "memory");
}

static inline void sysboot_core_isb(void)
{
    __asm__ volatile("isb 0xF" ::: "memory");
}

/* Busy-wait: at least one core cycle per iteration on every Cortex-M (a
 * dual-issuing M7 included), more with flash wait states or at -O0. The
 * empty asm keeps the compiler from folding the loop away; plain C keeps
 * it free of Thumb-1/Thumb-2 syntax differences. */
static inline void sysboot_core_spin(uint32_t iterations)
{
    while (iterations != 0u) {
        iterations--;
        __asm__ volatile("" : "+r"(iterations));
    }
}
#endif

#endif /* SYSBOOT_CORE_H */

/*
 * A deliberately broken sysboot_jump_now(), written for the bench: the
 * direct path with ONE step left out, chosen by a define. It replaces the
 * library's (weakened) definition; each variant must make a scenario FAIL.
 *   BROKEN_SKIP_NVIC      NVIC ICER/ICPR not written       -> irqs
 *   BROKEN_SKIP_SYSTICK   SysTick left running              -> systick
 *   BROKEN_SKIP_PENDCLR   ICSR PENDSTCLR/PENDSVCLR skipped  -> pendsv
 *   BROKEN_SKIP_PENDSTCLR only PENDSVCLR written: a pending SysTick stays
 *                         (QEMU takes it in the ROM)          -> qemu direct
 *   BROKEN_KEEP_PSP       branch without CONTROL = 0        -> psp
 *   BROKEN_KEEP_MASKS     branch with PRIMASK/BASEPRI kept  -> masks
 *   BROKEN_SKIP_MPU       MPU left on                       -> mpu
 *   BROKEN_SKIP_DCLEAN    D-cache off without clean         -> caches
 *   BROKEN_SKIP_FPU       CPACR/LSPACT left                 -> fpu
 *   BROKEN_SKIP_VTOR      VTOR left at the application      -> vtor_app
 *   BROKEN_SKIP_CONTEXT   no IPSR/nPRIV check               -> isr, unpriv
 *   BROKEN_KEEP_SCR       SCB->SCR and the CCR traps left    -> sleep
 * No variant resets the clock tree (the library's clock.c does): built with
 * no define, this copy is the "forgot the clocks" twin of the clocks scenario.
 */
#include "internal.h"
#include "core_regs.h"
#include "hw.h"

#define W(a, v) sysboot_hw_write((a), (v))
#define R(a) sysboot_hw_read(a)

static void quiesce(uint32_t part)
{
    uint32_t words = 1u, i;
#if !defined(BROKEN_SKIP_SYSTICK)
    W(SYSBOOT_SysTick_CTRL, 0u);
#endif
#if defined(BROKEN_SKIP_PENDSTCLR)
    W(SYSBOOT_SCB_ICSR, SYSBOOT_ICSR_PENDSVCLR);
#elif !defined(BROKEN_SKIP_PENDCLR)
    W(SYSBOOT_SCB_ICSR, SYSBOOT_ICSR_PENDSTCLR | SYSBOOT_ICSR_PENDSVCLR);
#endif
#if !defined(BROKEN_SKIP_NVIC)
    if (part != SYSBOOT_CORE_M0 && part != SYSBOOT_CORE_M0P)
        words = (R(SYSBOOT_SCnSCB_ICTR) & 0xFu) + 1u;
    for (i = 0; i < words; i++) {
        W(SYSBOOT_NVIC_ICER + 4u * i, 0xFFFFFFFFu);
        W(SYSBOOT_NVIC_ICPR + 4u * i, 0xFFFFFFFFu);
    }
#else
    (void)words;
    (void)i;
#endif
#if !defined(BROKEN_SKIP_MPU)
    if (part != SYSBOOT_CORE_M0)
        W(SYSBOOT_MPU_CTRL, 0u);
#endif
#if !defined(BROKEN_KEEP_SCR)
    W(SYSBOOT_SCB_SCR, 0u);
    W(SYSBOOT_SCB_CCR, R(SYSBOOT_SCB_CCR) & ~(SYSBOOT_CCR_UNALIGN_TRP | SYSBOOT_CCR_DIV_0_TRP));
#endif
    if (part == SYSBOOT_CORE_M7 && (R(SYSBOOT_SCB_CCR) & SYSBOOT_CCR_DC)) {
        W(SYSBOOT_SCB_CCR, R(SYSBOOT_SCB_CCR) & ~(SYSBOOT_CCR_DC | SYSBOOT_CCR_IC));
#if !defined(BROKEN_SKIP_DCLEAN)
        {
            uint32_t set, way;
            for (set = 0; set < 128u; set++)
                for (way = 0; way < 4u; way++)
                    W(SYSBOOT_SCB_DCCISW, (way << 30) | (set << 5));
        }
#endif
        W(SYSBOOT_SCB_ICIALLU, 0u);
    }
#if !defined(BROKEN_SKIP_FPU)
    if (part == SYSBOOT_CORE_M4 || part == SYSBOOT_CORE_M7 || part == SYSBOOT_CORE_M33) {
        W(SYSBOOT_FPU_FPCCR, R(SYSBOOT_FPU_FPCCR) & ~SYSBOOT_FPCCR_LSPACT);
        W(SYSBOOT_SCB_CPACR, R(SYSBOOT_SCB_CPACR) & ~SYSBOOT_CPACR_CP10_CP11);
    }
#endif
}

static void branch(uint32_t msp, uint32_t pc)
{
#if defined(BROKEN_KEEP_PSP)
    /* MSP loaded, but CONTROL.SPSEL left as the RTOS had it */
    __asm__ volatile("msr msp, %0\n bx %1\n" ::"r"(msp), "r"(pc));
#elif defined(BROKEN_KEEP_MASKS)
    __asm__ volatile("movs r2, #0\n msr control, r2\n isb\n msr msp, %0\n bx %1\n" ::"r"(msp), "r"(pc) : "r2");
#else
    sysboot_core_branch(msp, pc);
#endif
}

sysboot_status sysboot_jump_now(void)
{
    const sysboot_device *d;
    const sysboot_profile *p;
    uint32_t part;
    sysboot_status st;

#if !defined(BROKEN_SKIP_CONTEXT)
    st = sysboot_check_context();
    if (st != SYSBOOT_OK)
        return st;
#endif
    d = sysboot_identify();
    st = sysboot_check(d);
    if (st != SYSBOOT_OK)
        return st;
    p = sysboot_profile_of(d);
    part = sysboot_core_part();
    __asm__ volatile("cpsid i" ::: "memory");
    quiesce(part);
#if !defined(BROKEN_SKIP_VTOR)
    if (p->core != SYSBOOT_CORE_M0)
        W(SYSBOOT_SCB_VTOR, d->bootloader);
#endif
    if (p->remap.reg != 0u) {
        if (p->remap_clock_reg != 0u)
            W(p->remap_clock_reg, R(p->remap_clock_reg) | p->remap_clock_mask);
        W(p->remap.reg, (R(p->remap.reg) & ~p->remap.mask) | p->remap.value);
    }
    branch(R(d->bootloader), R(d->bootloader + 4u));
    for (;;) {
    }
}

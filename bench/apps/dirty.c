/*
 * Leave the core as a real application would when it asks for the ROM:
 * interrupts live, SysTick ticking, an RTOS on PSP, masks raised, MPU and
 * caches on, FP state active, VTOR at the application.
 */
#include "../common/scenario_ids.h"
#include "app.h"

#if defined(__ARM_ARCH_7M__) || defined(__ARM_ARCH_7EM__) || defined(__ARM_ARCH_8M_MAIN__)
#define APP_MAINLINE 1
#else
#define APP_MAINLINE 0
#endif

static void irqs(void)
{
    uint32_t words = 1, w;
#if APP_MAINLINE
    words = (REG32(0xE000E004u) & 0xFu) + 1u;
#endif
    for (w = 0; w < words; w++) {
        if (w > 2 && w != words - 1)
            continue;                               /* words 0, 1, 2 and the last one */
        REG32(0xE000E100u + 4u * w) = 0x00010101u << (w & 3u);
        REG32(0xE000E200u + 4u * w) = 0x00010001u << (w & 3u);
    }
}

static void systick(void)
{
    REG32(0xE000E014u) = 0x00FFFFFFu;
    REG32(0xE000E018u) = 0;
    REG32(0xE000E010u) = 7u;                        /* ENABLE | TICKINT | CLKSOURCE */
    REG32(0xE000ED04u) = 1u << 26;                  /* PENDSTSET */
}

static void pendsv(void)
{
    REG32(0xE000ED04u) = 1u << 28;                  /* PENDSVSET */
}

/* Thread mode on PSP: the current stack carries on as the process stack. */
static inline __attribute__((always_inline)) void to_psp(void)
{
    __asm__ volatile(
        "mrs r0, msp\n"
        "msr psp, r0\n"
        "movs r0, #2\n"
        "msr control, r0\n"
        "isb\n" ::: "r0", "memory");
}

/* CONTROL.nPRIV: thread mode drops its privilege (for good). */
static void unprivileged(void)
{
    uint32_t control;
    __asm__ volatile("mrs %0, control" : "=r"(control));
    control |= 1u;
    __asm__ volatile("msr control, %0\n isb" ::"r"(control) : "memory");
}

static void masks(void)
{
#if APP_MAINLINE
    __asm__ volatile("movs r0, #0x40\n msr basepri, r0\n cpsid f\n" ::: "r0", "memory");
#endif
    __asm__ volatile("cpsid i" ::: "memory");
}

static void mpu(void)
{
    if (REG32(0xE000ED90u) & 0xFF00u)
        REG32(0xE000ED94u) = 5u;                    /* ENABLE | PRIVDEFENA */
}

#if defined(__ARM_ARCH_7EM__) && defined(__ARM_FP)
#define APP_M7_CACHES 1
#endif

#if defined(APP_M7_CACHES)
volatile uint32_t app_cache_scratch[256];
#endif

static void caches(void)
{
#if defined(APP_M7_CACHES)
    uint32_t i;
    if (((REG32(0xE000ED00u) >> 4) & 0xFFFu) != 0xC27u)
        return;
    REG32(0xE000ED14u) |= (1u << 16) | (1u << 17);  /* CCR.DC | CCR.IC */
    __asm__ volatile("dsb\n isb" ::: "memory");
    for (i = 0; i < 256; i++)
        app_cache_scratch[i] = i;                             /* dirty lines in every way */
#endif
}

static void fpu(void)
{
#if defined(__ARM_FP)
    REG32(0xE000ED88u) |= 0xFu << 20;               /* CP10/CP11 full access */
    __asm__ volatile("dsb\n isb\n vmov s0, r0\n vadd.f32 s1, s0, s0\n" ::: "memory");
    REG32(0xE000EF34u) |= 1u;                       /* LSPACT: a lazy FP frame is owed */
#endif
}

/* An application that sleeps between interrupts (SLEEPONEXIT) and traps
 * unaligned accesses and divisions by zero (CCR, read-only on ARMv6-M). */
static void sleep(void)
{
    REG32(0xE000ED10u) |= (1u << 1) | (1u << 2) | (1u << 4);   /* SLEEPONEXIT, SLEEPDEEP, SEVONPEND */
#if APP_MAINLINE || defined(__ARM_ARCH_8M_BASE__)
    REG32(0xE000ED14u) |= (1u << 3) | (1u << 4);               /* UNALIGN_TRP, DIV_0_TRP */
#endif
}

static void vtor_app(void)
{
#if APP_MAINLINE || defined(__ARM_ARCH_8M_BASE__) || defined(__ARM_ARCH_6M__)
    REG32(0xE000ED08u) = 0x08000000u;
#endif
}

void dirty_for(uint32_t scenario)
{
    switch (scenario) {
    case BENCH_SCN_irqs: irqs(); break;
    case BENCH_SCN_systick: systick(); break;
    case BENCH_SCN_pendsv: pendsv(); break;
    case BENCH_SCN_psp: to_psp(); break;
    case BENCH_SCN_unpriv:
        unprivileged();
        break;
    case BENCH_SCN_masks: masks(); break;
    case BENCH_SCN_mpu: mpu(); break;
    case BENCH_SCN_caches: caches(); break;
    case BENCH_SCN_fpu: fpu(); break;
    case BENCH_SCN_vtor_app: vtor_app(); break;
    case BENCH_SCN_sleep: sleep(); break;
    case BENCH_SCN_all_dirty:
        masks();        /* first: on a real core the pending lines would fire now */
        vtor_app();
        irqs();
        systick();
        pendsv();
        mpu();
        caches();
        fpu();
        sleep();
        to_psp();
        break;
    default:
        break;
    }
}

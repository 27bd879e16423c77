/*
 * The direct path: hand over without a reset, for applications that cannot
 * put sysboot_early() in their startup. Everything a reset would have put
 * back must be put back here, in an order that cannot let an interrupt, a
 * cache line or the FPU get in the way (docs/failure-modes.md).
 */
#include "decide.h"
#include "record.h"
#include "reset.h"
#include "handover.h"
#include "peripherals.h"
#include "clock.h"
#include "core_regs.h"
#include "hw.h"

#include <stddef.h>

static void stop_systick(void)
{
    sysboot_hw_write(SYSBOOT_SysTick_CTRL, 0u);
    sysboot_hw_write(SYSBOOT_SysTick_LOAD, 0u);
    sysboot_hw_write(SYSBOOT_SysTick_VAL, 0u);
    sysboot_hw_write(SYSBOOT_SCB_ICSR, SYSBOOT_ICSR_PENDSTCLR | SYSBOOT_ICSR_PENDSVCLR);
}

static void clear_nvic(uint32_t part)
{
    /* ICTR tells how many 32-line words the NVIC implements; ARMv6-M has
     * no ICTR and at most 32 lines. */
    uint32_t words = 1u;
    uint32_t i;

    if (part != SYSBOOT_CORE_M0 && part != SYSBOOT_CORE_M0P)
        words = (sysboot_hw_read(SYSBOOT_SCnSCB_ICTR) & 0xFu) + 1u;
    for (i = 0; i < words; i++) {
        sysboot_hw_write(SYSBOOT_NVIC_ICER + 4u * i, 0xFFFFFFFFu);
        sysboot_hw_write(SYSBOOT_NVIC_ICPR + 4u * i, 0xFFFFFFFFu);
    }
}

static void disable_mpu(uint32_t part)
{
    if (part == SYSBOOT_CORE_M0)
        return; /* no MPU on the STM32 Cortex-M0 lines */
    if ((sysboot_hw_read(SYSBOOT_MPU_TYPE) & SYSBOOT_MPU_TYPE_DREGION) != 0u) {
        sysboot_core_dsb();
        sysboot_hw_write(SYSBOOT_MPU_CTRL, 0u);
        sysboot_core_dsb();
        sysboot_core_isb();
    }
}

/* Cortex-M7: write back and drop every D-cache line, then turn both caches
 * off; the ROM runs uncached and must see what the application wrote. */
static void disable_caches(uint32_t part)
{
    uint32_t ccr;

    if (part != SYSBOOT_CORE_M7)
        return;
    ccr = sysboot_hw_read(SYSBOOT_SCB_CCR);
    if ((ccr & SYSBOOT_CCR_DC) != 0u)
        sysboot_core_dcache_off();
    if ((ccr & SYSBOOT_CCR_IC) != 0u) {
        sysboot_core_dsb();
        sysboot_core_isb();
        sysboot_hw_clear_bits(SYSBOOT_SCB_CCR, SYSBOOT_CCR_IC);
        sysboot_hw_write(SYSBOOT_SCB_ICIALLU, 0u);
        sysboot_core_dsb();
        sysboot_core_isb();
    }
}

/* The sleep and trap configuration back to reset (0; ARMv6-M's read-only
 * CCR ignores the write): SLEEPONEXIT would stop an interrupt-driven ROM
 * (USB DFU) after its first handler, and the CCR traps fault on code the
 * ROM was not built for. */
static void reset_sleep_and_traps(void)
{
    sysboot_hw_write(SYSBOOT_SCB_SCR, 0u);
    sysboot_hw_clear_bits(SYSBOOT_SCB_CCR, SYSBOOT_CCR_UNALIGN_TRP | SYSBOOT_CCR_DIV_0_TRP);
}

/* No lazily stacked FP state may follow us into the ROM; CONTROL.FPCA is
 * cleared by the trampoline. CPACR goes back to its reset value. */
static void release_fpu(uint32_t part)
{
    if (part != SYSBOOT_CORE_M4 && part != SYSBOOT_CORE_M7 && part != SYSBOOT_CORE_M33)
        return;
    if ((sysboot_hw_read(SYSBOOT_SCB_CPACR) & SYSBOOT_CPACR_CP10_CP11) == 0u)
        return; /* FPU never enabled: nothing can be stacked */
    sysboot_hw_clear_bits(SYSBOOT_FPU_FPCCR, SYSBOOT_FPCCR_LSPACT);
    sysboot_hw_clear_bits(SYSBOOT_SCB_CPACR, SYSBOOT_CPACR_CP10_CP11);
    sysboot_core_dsb();
    sysboot_core_isb();
}

sysboot_status sysboot_jump_now_with(uint32_t options)
{
    const sysboot_device *d;
    uint32_t part;
    uint32_t irq_was_masked;
    sysboot_status st = SYSBOOT_DECIDE(&d, 0u);

    if (st != SYSBOOT_OK)
        return st;

    sysboot_before_handover();
    part = sysboot_facts(d)->core; /* the running core: the verdict checked it */
    irq_was_masked = sysboot_core_primask() & 1u;
    sysboot_core_disable_irq();
    /* USB first: its hold must run on the application's clocks, with the
     * watchdogs still reachable. */
    if (SYSBOOT_USB_DETACH_BUILT(d) && (options & SYSBOOT_OPT_KEEP_USB) == 0u)
        (void)sysboot_usb_detach_device(d);
#if !defined(SYSBOOT_NO_CLOCK_RESET)
    /* Clock tree next (J2): after the USB hold, which counts on the
     * application's clock, and before SysTick and the NVIC are touched, so
     * that a clock that never gets ready leaves an application that still
     * runs: interrupts back as they were, nothing else quiesced. Masked
     * meanwhile so no handler or task switch runs on a half-reset tree. */
    if ((options & SYSBOOT_OPT_KEEP_CLOCKS) == 0u) {
        st = sysboot_clock_reset(d, SYSBOOT_CLOCK_TREE, options);
        if (st != SYSBOOT_OK) {
            if (irq_was_masked == 0u)
                sysboot_core_enable_irq();
            return st;
        }
    }
#else
    (void)irq_was_masked;
#endif
    stop_systick();
    clear_nvic(part);
    disable_mpu(part);
    reset_sleep_and_traps();
    disable_caches(part);
    release_fpu(part);
#if !defined(SYSBOOT_NO_CLOCK_RESET)
    /* Peripheral clock enables last: after the hook and the USB detach have
     * stopped what used them. The handover re-enables the SYSCFG clock. A
     * USB device the application keeps (SYSBOOT_OPT_KEEP_USB) keeps them. */
    if ((options & (SYSBOOT_OPT_KEEP_CLOCKS | SYSBOOT_OPT_KEEP_USB)) == 0u)
        (void)sysboot_clock_reset(d, SYSBOOT_CLOCK_ENABLES, options);
#endif
#if !defined(SYSBOOT_NO_EARLY_HOOK)
    /* With sysboot_early() in the startup code, the return from the ROM
     * gets the same clean reset as on the reset path. Without it (the build
     * says so) the record is not read: it may be ECC SRAM never written. */
    {
        uint32_t request;
        if (sysboot_record_get(&request) && sysboot_record_state(request) == SYSBOOT_STATE_IDLE) {
            sysboot_record_write(d, SYSBOOT_STATE_IN_ROM, 0u);
            /* A return from the ROM without a reset must not look like power-on. */
            sysboot_reset_flags_clear(d);
        }
    }
#endif
    sysboot_handover(d);
}

sysboot_status sysboot_jump_now(void)
{
    return sysboot_jump_now_with(0u);
}

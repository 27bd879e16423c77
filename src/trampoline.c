/*
 * The last instructions before the ROM: one naked routine, so the compiler
 * cannot spill to or reload from the stack after MSP has moved (failure
 * mode E3: a jump that works at -O2 and fails at -O0).
 *   r0 = the ROM's initial MSP, r1 = its reset vector (Thumb bit set).
 */
#include "core.h"

#if !defined(SYSBOOT_FAKE_HW)

#if defined(__ARM_ARCH_7M__) || defined(__ARM_ARCH_7EM__) || defined(__ARM_ARCH_8M_MAIN__) || \
    defined(__ARM_ARCH_8_1M_MAIN__)
/* BASEPRI and FAULTMASK exist only on the Mainline profiles. */
#define SYSBOOT_CLEAR_MASKS "msr basepri, r2\n\tcpsie f\n\t"
#else
#define SYSBOOT_CLEAR_MASKS ""
#endif

#if defined(__ARM_ARCH_8M_MAIN__) || defined(__ARM_ARCH_8_1M_MAIN__)
/* ARMv8-M: an application (Zephyr's stack guard, CMSIS startup) may have
 * set MSPLIM to the bottom of its own stack; the ROM's stack lies below it
 * and its first push would fault. Reset value: 0, no limit. */
#define SYSBOOT_CLEAR_STACK_LIMIT "msr msplim, r2\n\t"
#else
#define SYSBOOT_CLEAR_STACK_LIMIT ""
#endif

/* A naked function may hold nothing but assembly (clang rejects even a
 * (void) cast), hence the unused attributes. */
__attribute__((naked, noreturn)) void sysboot_core_branch(uint32_t msp __attribute__((unused)),
                                                         uint32_t pc __attribute__((unused)))
{
    __asm__ volatile(
        "movs r2, #0\n\t"
        "msr control, r2\n\t"   /* privileged, MSP, FPCA clear */
        "isb 0xF\n\t"
        SYSBOOT_CLEAR_MASKS
        SYSBOOT_CLEAR_STACK_LIMIT
        "msr msp, r0\n\t"
        "cpsie i\n\t"           /* the ROM (USB DFU, SPI) needs interrupts */
        "bx r1\n\t");
}

#else
/* Host test builds provide sysboot_core_branch in the fake. */
typedef int sysboot_trampoline_is_target_only;
#endif

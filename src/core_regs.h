/*
 * Cortex-M core registers the library touches, with CMSIS-Core names.
 * Addresses are architectural (ARMv6-M / ARMv7-M / ARMv8-M ARM).
 */
#ifndef SYSBOOT_CORE_REGS_H
#define SYSBOOT_CORE_REGS_H

#define SYSBOOT_SCnSCB_ICTR   0xE000E004u  /* interrupt controller type (not on v6-M) */
#define SYSBOOT_SysTick_CTRL  0xE000E010u
#define SYSBOOT_SysTick_LOAD  0xE000E014u
#define SYSBOOT_SysTick_VAL   0xE000E018u
#define SYSBOOT_NVIC_ISER     0xE000E100u
#define SYSBOOT_NVIC_ICER     0xE000E180u
#define SYSBOOT_NVIC_ISPR     0xE000E200u
#define SYSBOOT_NVIC_ICPR     0xE000E280u
#define SYSBOOT_SCB_CPUID     0xE000ED00u
#define SYSBOOT_SCB_ICSR      0xE000ED04u
#define SYSBOOT_SCB_VTOR      0xE000ED08u
#define SYSBOOT_SCB_AIRCR     0xE000ED0Cu
#define SYSBOOT_SCB_SCR       0xE000ED10u
#define SYSBOOT_SCB_CCR       0xE000ED14u
#define SYSBOOT_SCB_CFSR      0xE000ED28u  /* BFSR is bits 15:8 (not on v6-M) */
/* the L1 D-cache geometry and set/way maintenance dcache.c uses */
#define SYSBOOT_SCB_CCSIDR    0xE000ED80u
#define SYSBOOT_SCB_CSSELR    0xE000ED84u
#define SYSBOOT_SCB_DCCISW    0xE000EF74u
#define SYSBOOT_SCB_CPACR     0xE000ED88u
#define SYSBOOT_MPU_TYPE      0xE000ED90u
#define SYSBOOT_MPU_CTRL      0xE000ED94u
#define SYSBOOT_FPU_FPCCR     0xE000EF34u
#define SYSBOOT_SCB_ICIALLU   0xE000EF50u
#define SYSBOOT_SCB_DCCMVAC   0xE000EF68u

#define SYSBOOT_ICSR_PENDSTCLR   (1u << 25)
#define SYSBOOT_ICSR_PENDSVCLR   (1u << 27)
#define SYSBOOT_AIRCR_VECTKEY    0x05FA0000u
#define SYSBOOT_AIRCR_PRIGROUP   0x00000700u
#define SYSBOOT_AIRCR_SYSRESETREQ (1u << 2)
#define SYSBOOT_CCR_UNALIGN_TRP  (1u << 3)   /* RAO on ARMv6-M */
#define SYSBOOT_CCR_DIV_0_TRP    (1u << 4)   /* ARMv7-M, ARMv8-M Mainline */
#define SYSBOOT_CCR_BFHFNMIGN    (1u << 8)
#define SYSBOOT_CCR_DC           (1u << 16)
#define SYSBOOT_CCR_IC           (1u << 17)
#define SYSBOOT_CPACR_CP10_CP11  (0xFu << 20)
#define SYSBOOT_FPCCR_LSPACT     (1u << 0)
#define SYSBOOT_CFSR_PRECISERR   (1u << 9)
#define SYSBOOT_CFSR_BFARVALID   (1u << 15)
#define SYSBOOT_MPU_TYPE_DREGION (0xFFu << 8)
#define SYSBOOT_CONTROL_NPRIV    (1u << 0)
#define SYSBOOT_IPSR_EXCEPTION   0x1FFu

#endif /* SYSBOOT_CORE_REGS_H */

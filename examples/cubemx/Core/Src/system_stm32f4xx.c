/*
 * STAND-IN for system_stm32f4xx.c (written for sysboot). The generated
 * startup calls SystemInit() before .data/.bss exist; on the F4 it grants
 * FPU access and sets VTOR. The clock tree is set later, in main()'s
 * SystemClock_Config().
 */
#include <stdint.h>

#define SCB_CPACR (*(volatile uint32_t *)0xE000ED88u)
#define SCB_VTOR  (*(volatile uint32_t *)0xE000ED08u)

void SystemInit(void);

void SystemInit(void)
{
    SCB_CPACR |= 0xFu << 20; /* CP10, CP11 full access */
    SCB_VTOR = 0x08000000u;
}

/*
 * A minimal stand-in for HAL_RCC_DeInit(), so the baseline links and runs
 * without the HAL: reset oscillator on, SYSCLK switched to it, HSE and the
 * PLLs off, PLL configuration and interrupt enables at their reset values.
 * Unlike the HAL it has no timeouts, leaves the flash wait states, the
 * other oscillators and the kernel clock muxes alone, and knows three
 * register layouts only (F2/F4/F7, G0, H7; every other MCU gets F2/F4/F7).
 * Its size is measured and reported as the stand-in's, never as the HAL's.
 */
#include "baseline.h"

#include <stdint.h>

#define STANDIN_REG32(addr) (*(volatile uint32_t *)(uintptr_t)(addr))

#if MCU == BASELINE_MCU_G0
#define STANDIN_RCC          0x40021000u
#define STANDIN_CFGR         0x08u
#define STANDIN_HSION        (1u << 8)
#define STANDIN_HSIRDY       (1u << 10)
#define STANDIN_SWS_MASK     0x38u
#define STANDIN_OFF_BITS     0x01090000u  /* PLLON, CSSON, HSEON */
#define STANDIN_RDY_BITS     0x02020000u  /* PLLRDY, HSERDY */
#define STANDIN_PLLCFGR      0x0Cu
#define STANDIN_PLLCFGR_RESET 0x00001000u
#define STANDIN_CIER         0x18u
#elif MCU == BASELINE_MCU_H7x || MCU == BASELINE_MCU_H7A || MCU == BASELINE_MCU_H7B
#define STANDIN_RCC          0x58024400u
#define STANDIN_CFGR         0x10u
#define STANDIN_HSION        (1u << 0)
#define STANDIN_HSIRDY       (1u << 2)
#define STANDIN_SWS_MASK     0x38u
#define STANDIN_OFF_BITS     0x15090000u  /* PLL1ON..PLL3ON, HSECSSON, HSEON */
#define STANDIN_RDY_BITS     0x2A020000u  /* PLL1RDY..PLL3RDY, HSERDY */
#define STANDIN_PLLCFGR      0x2Cu
#define STANDIN_PLLCFGR_RESET 0x01FF0000u
#define STANDIN_CIER         0x60u
#else
#define STANDIN_RCC          0x40023800u
#define STANDIN_CFGR         0x08u
#define STANDIN_HSION        (1u << 0)
#define STANDIN_HSIRDY       (1u << 1)
#define STANDIN_SWS_MASK     0x0Cu
#define STANDIN_OFF_BITS     0x15090000u  /* PLLON, PLLI2SON, PLLSAION, CSSON, HSEON */
#define STANDIN_RDY_BITS     0x2A020000u  /* PLLRDY, PLLI2SRDY, PLLSAIRDY, HSERDY */
#define STANDIN_PLLCFGR      0x04u
#define STANDIN_PLLCFGR_RESET 0x24003010u
#define STANDIN_CIER         0x0Cu
#endif

#define STANDIN_CR STANDIN_RCC

void baseline_rcc_deinit(void)
{
    STANDIN_REG32(STANDIN_CR) |= STANDIN_HSION;
    while ((STANDIN_REG32(STANDIN_CR) & STANDIN_HSIRDY) == 0u) {
    }
    STANDIN_REG32(STANDIN_RCC + STANDIN_CFGR) = 0u;
    while ((STANDIN_REG32(STANDIN_RCC + STANDIN_CFGR) & STANDIN_SWS_MASK) != 0u) {
    }
    STANDIN_REG32(STANDIN_CR) &= ~STANDIN_OFF_BITS;
    while ((STANDIN_REG32(STANDIN_CR) & STANDIN_RDY_BITS) != 0u) {
    }
    STANDIN_REG32(STANDIN_RCC + STANDIN_PLLCFGR) = STANDIN_PLLCFGR_RESET;
    STANDIN_REG32(STANDIN_RCC + STANDIN_CIER) = 0u;
}

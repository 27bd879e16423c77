/*
 * The direct path's clock reset (docs/clock-reset.md). The ROM assumes the reset clock tree when
 * it sets up its own clocks (HSE detection, the PLL for USB DFU), and
 * AN2606 asks code that jumps to it to stop the PLLs and peripheral clocks
 * first. Each register layout is a table of steps, run by one small loop,
 * with no HAL, no SysTick and no interrupt: every wait is bounded. One rule
 * orders every table, so that no instruction is ever fetched with fewer
 * flash wait states than the clock and voltage range of the moment ask:
 *   flash wait states raised to the line's maximum, waiting until they
 *   read back -> the voltage range up to its reset value where the reset
 *   range is not the lowest -> reset oscillator on, wait ready -> SYSCLK
 *   switched to it, wait for the switch status -> its divider or range and
 *   the bus prescalers back to reset -> PLLs and HSE off, wait unlocked ->
 *   PLL configuration, kernel clock muxes -> the voltage range to reset
 *   where it may have to fall (L0/L1) -> flash wait states lowered to their
 *   reset value, last, now that the clock is the reset clock;
 * the peripheral clock enables are a second table, run last by jump.c.
 * Facts: CMSIS device headers (register offsets, _Msk values; each step's
 * comment names the bits), reset values from the reference manuals and ST
 * SVD files named beside each table and in data/stm32.def, the order from
 * the reference manuals and each family's HAL_RCC_DeInit().
 */
#include "clock.h"
#include "line.h"
#include "hw.h"
#include "peripherals.h"

#include <stddef.h>

#if !defined(SYSBOOT_NO_CLOCK_RESET)

#if defined(__GNUC__)
#define SYSBOOT_TABLE_MAYBE_UNUSED __attribute__((unused))
#else
#define SYSBOOT_TABLE_MAYBE_UNUSED
#endif

/* The step kinds (clock.h): register |= bits, &= ~bits, = value, bits of
 * mask set to value; and waits until the bits are set, clear, or value. */
#define HALVES(word) { (uint16_t)((word) & 0xFFFFu), (uint16_t)((word) >> 16) }
#define STEP(block, offset, op, word) \
    { HALVES(word), (uint8_t)((offset) / 4u), (uint8_t)(SYSBOOT_CLOCK_##block | (op)) }
#define SET(block, offset, bits)   STEP(block, offset, 0u, bits)
#define CLEAR(block, offset, bits) STEP(block, offset, SYSBOOT_CLOCK_OP_ZERO, bits)
#define LOAD(block, offset, value) STEP(block, offset, SYSBOOT_CLOCK_OP_WHOLE, value)
#define FIELD(block, offset, mask, value) \
    STEP(block, offset, SYSBOOT_CLOCK_OP_FIELD, mask), { HALVES(value), 0u, 0u }
#define WAIT_SET(block, offset, bits)   STEP(block, offset, SYSBOOT_CLOCK_OP_WAIT, bits)
#define WAIT_CLEAR(block, offset, bits) \
    STEP(block, offset, SYSBOOT_CLOCK_OP_WAIT | SYSBOOT_CLOCK_OP_ZERO, bits)
#define WAIT_FIELD(block, offset, mask, value) \
    STEP(block, offset, SYSBOOT_CLOCK_OP_WAIT | SYSBOOT_CLOCK_OP_FIELD, mask), { HALVES(value), 0u, 0u }
/* A field raised to the value, never lowered (clock.h SYSBOOT_CLOCK_OP_RAISE). */
#define RAISE(block, offset, mask, value) \
    STEP(block, offset, SYSBOOT_CLOCK_OP_RAISE, mask), { HALVES(value), 0u, 0u }
/* The same, for steps that could stop a clock an external memory or a kept
 * USB device runs on (clock.h SYSBOOT_CLOCK_OP_KEEP). */
#define XM SYSBOOT_CLOCK_OP_KEEP
#define CLEAR_XM(block, offset, bits) STEP(block, offset, SYSBOOT_CLOCK_OP_ZERO | XM, bits)
#define LOAD_XM(block, offset, value) STEP(block, offset, SYSBOOT_CLOCK_OP_WHOLE | XM, value)
#define LOAD_USB(block, offset, value) STEP(block, offset, SYSBOOT_CLOCK_OP_WHOLE | SYSBOOT_CLOCK_OP_USB, value)
#define CLEAR_USB(block, offset, bits) STEP(block, offset, SYSBOOT_CLOCK_OP_ZERO | SYSBOOT_CLOCK_OP_USB, bits)
#define FIELD_XM(block, offset, mask, value) \
    STEP(block, offset, SYSBOOT_CLOCK_OP_FIELD | XM, mask), { HALVES(value), 0u, 0u }
#define WAIT_SET_XM(block, offset, bits) STEP(block, offset, SYSBOOT_CLOCK_OP_WAIT | XM, bits)
#define WAIT_CLEAR_XM(block, offset, bits) \
    STEP(block, offset, SYSBOOT_CLOCK_OP_WAIT | SYSBOOT_CLOCK_OP_ZERO | XM, bits)
#define ALL 0xFFFFFFFFu

/* F0/F1/F3 (cmsis_device_f0/f1/f3: CR @0x00, CFGR @0x04, AHBENR @0x14,
 * APB2ENR @0x18, APB1ENR @0x1C, CFGR2 @0x2C (F0, F3, F100, F105/F107),
 * CFGR3 @0x30 (F0, F3), CR2 @0x34 (F0); FLASH ACR @0x00). The wait states
 * count SYSCLK here (RM0091, RM0008, RM0316 FLASH_ACR.LATENCY) and the
 * reset clock, HSI at 8 MHz, needs none: no state on the way asks more than
 * the application had, so they are only lowered, last (a raise cannot be
 * one table: the maximum is 1 on F0, 2 on F1/F3). PLLSRC, PLLXTPRE/PREDIV
 * and PLLMUL may change only with the PLL off, and CFGR bit 15 is
 * PLLSRC[0] on F04x/F07x/F09x/F030xC and F302xE/F303xE/F398: the AHB/APB
 * prescalers go first, the rest of CFGR, CFGR2 and CFGR3 after the PLLs
 * (reset values 0: RM0091, RM0008, RM0316; HAL_RCC_DeInit). PLL2/PLL3
 * exist on F105/F107 only; CR2 (HSI48ON 16, HSI14ON 0) on F0 only. CIR
 * @0x08: the ready interrupt enables [14:8] back to 0, as HAL_RCC_DeInit
 * leaves them (the flags below are read-only, the clear bits above read 0). */
static const sysboot_clock_step layout_f1_tree[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    SET(RCC, 0x00, 0x00000001u), /* F1: RCC_CR_HSION */
    WAIT_SET(RCC, 0x00, 0x00000002u), /* F1: RCC_CR_HSIRDY */
    CLEAR(RCC, 0x04, 0x00000003u), /* F1: RCC_CFGR_SW = HSI */
    WAIT_CLEAR(RCC, 0x04, 0x0000000Cu), /* F1: RCC_CFGR_SWS = HSI */
    CLEAR(RCC, 0x04, 0x00003FF0u), /* F1: RCC_CFGR_HPRE, PPRE1, PPRE2 (F0: PPRE) at reset */
    CLEAR_XM(RCC, 0x00, 0x15090000u), /* F1: RCC_CR_PLLON, PLL2ON, PLL3ON, CSSON, HSEON off */
    WAIT_CLEAR_XM(RCC, 0x00, 0x2A020000u), /* F1: RCC_CR_PLLRDY, PLL2RDY, PLL3RDY, HSERDY clear */
    CLEAR_XM(RCC, 0x00, 0x00040000u), /* F1: RCC_CR_HSEBYP off with HSE stopped */
    LOAD_XM(RCC, 0x04, 0x00000000u), /* F1: RCC_CFGR (PLLSRC, PLLXTPRE, PLLMUL, USBPRE, ADCPRE, MCO) at reset */
    LOAD_XM(RCC, 0x2C, 0x00000000u), /* F1: RCC_CFGR2 (PREDIV, PLL2MUL, PLL3MUL, ADC prescalers) at reset */
    LOAD_XM(RCC, 0x30, 0x00000000u), /* F1: RCC_CFGR3 (USART1SW, I2C1SW, CECSW, USBSW, ADCSW) at reset */
    CLEAR_XM(RCC, 0x34, 0x00010001u), /* F1: RCC_CR2_HSI48ON, RCC_CR2_HSI14ON off (F0) */
    CLEAR(RCC, 0x08, 0x00007F00u), /* F1: RCC_CIR_LSIRDYIE, LSERDYIE, HSIRDYIE, HSERDYIE, PLLRDYIE, PLL2RDYIE, PLL3RDYIE (F105/F107; F0: HSI14RDYIE, HSI48RDYIE) off */
    CLEAR(FLASH, 0x00, 0x00000007u), /* F1: FLASH_ACR_LATENCY 0 */
};
static const sysboot_clock_step layout_f1_enables[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    CLEAR_USB(RCC, 0x14, ~0x00000014u), /* F1: RCC_AHBENR but SRAMEN, FLITFEN */
    CLEAR(RCC, 0x18, ~0x00400000u), /* F1: RCC_APB2ENR but DBGMCUEN (F0) */
    LOAD_USB(RCC, 0x1C, 0x00000000u), /* F1: RCC_APB1ENR */
};

/* F2/F4/F7 (cmsis_device_f2/f4/f7: CR @0x00, PLLCFGR @0x04, CFGR @0x08, CIR
 * @0x0C, AHB1ENR..AHB3ENR @0x30..0x38, APB1ENR @0x40, APB2ENR @0x44; FLASH
 * ACR LATENCY[3:0], FLASH_ACR_LATENCY_7WS in every header). PLLI2S and
 * PLLSAI bits are reserved (0) where absent. PLLCFGR reset value
 * 0x24003010: RM0033, RM0090, RM0385; CIR reset 0. PLLI2SCFGR and
 * PLLSAICFGR are left: their reset values differ between the lines (ST SVD
 * 0x20003000 where HAL_RCC_DeInit writes 0x24003000 or 0x20003010), and
 * they only matter with PLLI2S/PLLSAI on, which the table stops. After the
 * PLLs, the dedicated clock registers, which are not the same registers on
 * F4 and F7: two layouts. */
#define LAYOUT_F4_TREE(...)                                                                                                         \
    SET(FLASH, 0x00, 0x00000007u), /* F4: FLASH_ACR_LATENCY 7 or more while the clock changes */                                  \
    WAIT_SET(FLASH, 0x00, 0x00000007u), /* F4: the new FLASH_ACR_LATENCY in effect */                                             \
    SET(RCC, 0x00, 0x00000001u), /* F4: RCC_CR_HSION */                                                                           \
    WAIT_SET(RCC, 0x00, 0x00000002u), /* F4: RCC_CR_HSIRDY */                                                                     \
    CLEAR(RCC, 0x08, 0x00000003u), /* F4: RCC_CFGR_SW = HSI */                                                                    \
    WAIT_CLEAR(RCC, 0x08, 0x0000000Cu), /* F4: RCC_CFGR_SWS = HSI */                                                              \
    LOAD(RCC, 0x08, 0x00000000u), /* F4: RCC_CFGR (HPRE, PPRE1, PPRE2, RTCPRE, MCO1, MCO2) at reset */                            \
    CLEAR_XM(RCC, 0x00, 0x15090000u), /* F4: RCC_CR_PLLON, PLLI2SON, PLLSAION, CSSON, HSEON off */                                \
    WAIT_CLEAR_XM(RCC, 0x00, 0x2A020000u), /* F4: RCC_CR_PLLRDY, PLLI2SRDY, PLLSAIRDY, HSERDY clear */                            \
    CLEAR_XM(RCC, 0x00, 0x00040000u), /* F4: RCC_CR_HSEBYP off with HSE stopped */                                                \
    LOAD_XM(RCC, 0x04, 0x24003010u), /* F4: RCC_PLLCFGR at reset */                                                               \
    __VA_ARGS__ /* the dedicated clock registers, per layout */                                                                 \
    CLEAR(RCC, 0x0C, 0x00007F00u), /* F4: RCC_CIR_LSIRDYIE, LSERDYIE, HSIRDYIE, HSERDYIE, PLLRDYIE, PLLI2SRDYIE, PLLSAIRDYIE off */ \
    CLEAR(FLASH, 0x00, 0x0000000Fu), /* F4: FLASH_ACR_LATENCY 0 */
/* F4 (stm32f429xx.h, stm32f446xx.h, stm32f469xx.h, stm32f412zx.h,
 * stm32f413xx.h): DCKCFGR @0x8C (on F401/F410/F411/F412/F413/F42x/F43x/
 * F446/F469/F479), CK48MSEL bit 27 on F469/F479; DCKCFGR2 @0x94 on
 * F410/F412/F413/F446, CK48MSEL bit 27; both reset 0 (ST SVD F446, F469,
 * F413). CKGATENR @0x90 (F410/F412/F413/F446) is left: its reset value 0
 * only lets the bus clocks gate themselves. */
static const sysboot_clock_step layout_f4_tree[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    LAYOUT_F4_TREE(
    LOAD_XM(RCC, 0x8C, 0x00000000u), /* F4: RCC_DCKCFGR (CK48MSEL on F469/F479, TIMPRE, SAI/I2S sources) at reset */
    LOAD_XM(RCC, 0x94, 0x00000000u), /* F4: RCC_DCKCFGR2 (F410/F412/F413/F446: CK48MSEL, SDIOSEL, FMPI2C1SEL) at reset */
    )
};
/* F7 (stm32f746xx.h, stm32f767xx.h, stm32f723xx.h): DCKCFGR1 @0x8C,
 * DCKCFGR2 @0x90 (CK48MSEL bit 27, the USART and I2C kernel clocks), reset
 * 0 (RM0385; every ST F7 SVD says 0x20003000, PLLI2SCFGR's value: see
 * tools/facts_check.py SVD_DISAGREEMENTS); nothing at 0x94. */
static const sysboot_clock_step layout_f7_tree[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    LAYOUT_F4_TREE(
    LOAD_XM(RCC, 0x8C, 0x00000000u), /* F7: RCC_DCKCFGR1 (PLLI2SDIVQ, PLLSAIDIVQ, SAI1SEL, SAI2SEL, TIMPRE) at reset */
    LOAD_XM(RCC, 0x90, 0x00000000u), /* F7: RCC_DCKCFGR2 (CK48MSEL, SDMMC1SEL, USART1SEL ... LPTIM1SEL) at reset */
    )
};
static const sysboot_clock_step layout_f4_enables[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    CLEAR_USB(RCC, 0x30, ~0x00140000u), /* F4: RCC_AHB1ENR but BKPSRAMEN, CCMDATARAMEN/DTCMRAMEN */
    LOAD_USB(RCC, 0x34, 0x00000000u), /* F4: RCC_AHB2ENR */
    LOAD(RCC, 0x38, 0x00000000u), /* F4: RCC_AHB3ENR */
    LOAD(RCC, 0x40, 0x00000000u), /* F4: RCC_APB1ENR */
    LOAD(RCC, 0x44, 0x00000000u), /* F4: RCC_APB2ENR */
};

/* L4/L4+ (cmsis_device_l4: CR @0x00 MSION 0, MSIRDY 1, MSIPLLEN 2,
 * MSIRGSEL 3, MSIRANGE[7:4], HSION 8, HSIRDY 10; CFGR @0x08; PLLCFGR @0x0C;
 * PLLSAI1CFGR @0x10, PLLSAI2CFGR @0x14 (reset 0x00001000, ST SVD L476;
 * reserved where the line has no such PLL: the write is ignored); AHB1ENR
 * @0x48 FLASHEN 8; AHB2ENR @0x4C, AHB3ENR @0x50, APB1ENR1 @0x58 PWREN 28,
 * APB1ENR2 @0x5C, APB2ENR @0x60; CCIPR @0x88; CRRCR @0x98 HSI48ON 0;
 * CCIPR2 @0x9C (L4+, L49x); FLASH ACR LATENCY[2:0] 0..4 (stm32l476xx.h),
 * [3:0] on L4+; PWR @0x40007000 CR1 VOS[10:9] (01 range 1, reset), LPR 14,
 * SR2 @0x14 REGLPF 9, VOSF 10). MSI at 4 MHz (range 6) is the reset clock
 * (RM0351 6.2.3); the range may change only while MSIRDY is set, as it is
 * after the first wait. MSI may clock USB (CLK48SEL) or OCTOSPI (L4+
 * OSPISEL): its range is kept with what a kept device runs on, and so are
 * the wait states it needs. */
static const sysboot_clock_step layout_l4_tree[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    RAISE(FLASH, 0x00, 0x0000000Fu, 0x00000004u), /* L4: FLASH_ACR_LATENCY 4 or more (L4's maximum; L4+ may keep 5) */
    WAIT_SET(FLASH, 0x00, 0x00000004u), /* L4: the new FLASH_ACR_LATENCY in effect */
    SET(RCC, 0x58, 0x10000000u), /* L4: RCC_APB1ENR1_PWREN (the PWR registers clocked) */
    FIELD(PWR, 0x00, 0x00004600u, 0x00000200u), /* L4: PWR_CR1_VOS range 1 (reset), PWR_CR1_LPR off */
    WAIT_CLEAR(PWR, 0x14, 0x00000600u), /* L4: PWR_SR2_VOSF, PWR_SR2_REGLPF clear */
    SET(RCC, 0x00, 0x00000001u), /* L4: RCC_CR_MSION */
    WAIT_SET(RCC, 0x00, 0x00000002u), /* L4: RCC_CR_MSIRDY */
    CLEAR(RCC, 0x08, 0x00000003u), /* L4: RCC_CFGR_SW = MSI */
    WAIT_CLEAR(RCC, 0x08, 0x0000000Cu), /* L4: RCC_CFGR_SWS = MSI */
    FIELD_XM(RCC, 0x00, 0x000000FCu, 0x00000068u), /* L4: RCC_CR_MSIRANGE 6 (4 MHz) by RCC_CR_MSIRGSEL, MSIPLLEN off */
    LOAD(RCC, 0x08, 0x00000000u), /* L4: RCC_CFGR (HPRE, PPRE1, PPRE2, STOPWUCK, MCOSEL, MCOPRE) at reset */
    CLEAR_XM(RCC, 0x00, 0x15090B00u), /* L4: RCC_CR_PLLON, PLLSAI1ON, PLLSAI2ON, CSSON, HSEON, HSIASFS, HSIKERON, HSION off */
    WAIT_CLEAR_XM(RCC, 0x00, 0x2A020400u), /* L4: RCC_CR_PLLRDY, PLLSAI1RDY, PLLSAI2RDY, HSERDY, HSIRDY clear */
    CLEAR_XM(RCC, 0x00, 0x00040000u), /* L4: RCC_CR_HSEBYP off with HSE stopped */
    CLEAR_XM(RCC, 0x98, 0x00000001u), /* L4: RCC_CRRCR_HSI48ON off */
    LOAD_XM(RCC, 0x0C, 0x00001000u), /* L4: RCC_PLLCFGR at reset */
    LOAD_XM(RCC, 0x10, 0x00001000u), /* L4: RCC_PLLSAI1CFGR at reset */
    LOAD_XM(RCC, 0x14, 0x00001000u), /* L4: RCC_PLLSAI2CFGR at reset */
    LOAD_XM(RCC, 0x88, 0x00000000u), /* L4: RCC_CCIPR (CLK48SEL ...) kernel clock muxes at reset */
    LOAD_XM(RCC, 0x9C, 0x00000000u), /* L4: RCC_CCIPR2 (OSPISEL ...) kernel clock muxes at reset */
    CLEAR_XM(FLASH, 0x00, 0x0000000Fu), /* L4: FLASH_ACR_LATENCY 0 */
};
static const sysboot_clock_step layout_l4_enables[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    CLEAR(RCC, 0x48, ~0x00000100u), /* L4: RCC_AHB1ENR but FLASHEN */
    LOAD_USB(RCC, 0x4C, 0x00000000u), /* L4: RCC_AHB2ENR */
    LOAD(RCC, 0x50, 0x00000000u), /* L4: RCC_AHB3ENR */
    CLEAR_USB(RCC, 0x58, ~0x00000400u), /* L4: RCC_APB1ENR1 but RTCAPBEN (reserved, 0, on L47x/L48x) */
    LOAD(RCC, 0x5C, 0x00000000u), /* L4: RCC_APB1ENR2 */
    LOAD(RCC, 0x60, 0x00000000u), /* L4: RCC_APB2ENR */
};

/* G0 (cmsis_device_g0 stm32g0b1xx.h: CR @0x00 HSION 8, HSIKERON 9, HSIRDY
 * 10, HSIDIV[13:11], HSEON 16, HSERDY 17, HSEBYP 18, CSSON 19, HSI48ON 22,
 * HSI48RDY 23 (G0B1/G0C1), PLLON 24, PLLRDY 25; CFGR @0x08 SW[2:0],
 * SWS[5:3]; PLLCFGR @0x0C (reset 0x00001000); IOPENR @0x34, AHBENR @0x38
 * FLASHEN 8, APBENR1 @0x3C DBGEN 27, PWREN 28, APBENR2 @0x40; CCIPR @0x54,
 * CCIPR2 @0x58 USBSEL (reset 0); FLASH ACR LATENCY[2:0] 0..2
 * (FLASH_LATENCY_2); PWR @0x40007000 CR1 VOS[10:9] (01 range 1, reset:
 * ST SVD G0B1 PWR_CR1 0x00000208), LPR 14, SR2 @0x14 REGLPF 9, VOSF 10).
 * HSISYS = HSI16 / HSIDIV, /1 at reset (RM0444). */
static const sysboot_clock_step layout_g0_tree[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    FIELD(FLASH, 0x00, 0x00000007u, 0x00000002u), /* G0: FLASH_ACR_LATENCY 2 (the line's maximum) */
    WAIT_SET(FLASH, 0x00, 0x00000002u), /* G0: the new FLASH_ACR_LATENCY in effect */
    SET(RCC, 0x3C, 0x10000000u), /* G0: RCC_APBENR1_PWREN (the PWR registers clocked) */
    FIELD(PWR, 0x00, 0x00004600u, 0x00000200u), /* G0: PWR_CR1_VOS range 1 (reset), PWR_CR1_LPR off */
    WAIT_CLEAR(PWR, 0x14, 0x00000600u), /* G0: PWR_SR2_VOSF, PWR_SR2_REGLPF clear */
    SET(RCC, 0x00, 0x00000100u), /* G0: RCC_CR_HSION */
    WAIT_SET(RCC, 0x00, 0x00000400u), /* G0: RCC_CR_HSIRDY */
    CLEAR(RCC, 0x08, 0x00000007u), /* G0: RCC_CFGR_SW = HSISYS */
    WAIT_CLEAR(RCC, 0x08, 0x00000038u), /* G0: RCC_CFGR_SWS = HSISYS */
    CLEAR(RCC, 0x00, 0x00003800u), /* G0: RCC_CR_HSIDIV /1 (HSISYS 16 MHz, reset) */
    LOAD(RCC, 0x08, 0x00000000u), /* G0: RCC_CFGR (HPRE, PPRE, MCOSEL, MCOPRE) at reset */
    CLEAR_XM(RCC, 0x00, 0x01490200u), /* G0: RCC_CR_PLLON, HSI48ON, CSSON, HSEON, HSIKERON off */
    WAIT_CLEAR_XM(RCC, 0x00, 0x02820000u), /* G0: RCC_CR_PLLRDY, HSI48RDY, HSERDY clear */
    CLEAR_XM(RCC, 0x00, 0x00040000u), /* G0: RCC_CR_HSEBYP off with HSE stopped */
    LOAD_XM(RCC, 0x0C, 0x00001000u), /* G0: RCC_PLLCFGR at reset */
    LOAD(RCC, 0x54, 0x00000000u), /* G0: RCC_CCIPR kernel clock muxes at reset */
    LOAD_XM(RCC, 0x58, 0x00000000u), /* G0: RCC_CCIPR2 (USBSEL, FDCANSEL, I2S2SEL) at reset */
    CLEAR(FLASH, 0x00, 0x00000007u), /* G0: FLASH_ACR_LATENCY 0 */
};
/* G0 and C0: IOPENR @0x34, AHBENR @0x38 FLASHEN 8, APBENR1 @0x3C DBGEN 27,
 * RTCAPBEN 10, APBENR2 @0x40. */
static const sysboot_clock_step layout_g0_enables[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    LOAD(RCC, 0x34, 0x00000000u), /* G0: RCC_IOPENR */
    CLEAR(RCC, 0x38, ~0x00000100u), /* G0: RCC_AHBENR but FLASHEN */
    CLEAR_USB(RCC, 0x3C, ~0x08000400u), /* G0: RCC_APBENR1 but DBGEN, RTCAPBEN */
    LOAD(RCC, 0x40, 0x00000000u), /* G0: RCC_APBENR2 */
};

/* C0 (cmsis_device_c0 stm32c071xx.h/stm32c011xx.h: CR @0x00 SYSDIV[4:2],
 * HSIKERDIV[7:5], HSION 8, HSIKERON 9, HSIRDY 10, HSIDIV[13:11], HSEON 16,
 * HSERDY 17, HSEBYP 18, CSSON 19, HSIUSB48ON 22, HSIUSB48RDY 23 (C071,
 * C09x); CFGR @0x08 SW[2:0] (000 = HSISYS), SWS[5:3]; CCIPR @0x54, CCIPR2
 * @0x58 USBSEL 12; FLASH ACR LATENCY[2:0], 0 or 1 (FLASH_LATENCY_1)).
 * HSISYS = HSI48 / HSIDIV, /4 (12 MHz) at reset, HSIKERDIV /3, SYSDIV /1
 * (RCC_CR 0x00001540: ST SVD STM32C071; stm32c0xx_hal_rcc.h "HSI
 * oscillator divided by 4 (default after reset)"; the C011/C031 SVD's
 * 0x00000500 is contradicted: tools/facts_check.py SVD_DISAGREEMENTS). No
 * PLL, no voltage scaling. */
static const sysboot_clock_step layout_c0_tree[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    SET(FLASH, 0x00, 0x00000001u), /* C0: FLASH_ACR_LATENCY 1 (the line's maximum) */
    WAIT_SET(FLASH, 0x00, 0x00000001u), /* C0: the new FLASH_ACR_LATENCY in effect */
    SET(RCC, 0x00, 0x00000100u), /* C0: RCC_CR_HSION */
    WAIT_SET(RCC, 0x00, 0x00000400u), /* C0: RCC_CR_HSIRDY */
    CLEAR(RCC, 0x08, 0x00000007u), /* C0: RCC_CFGR_SW = HSISYS */
    WAIT_CLEAR(RCC, 0x08, 0x00000038u), /* C0: RCC_CFGR_SWS = HSISYS */
    FIELD(RCC, 0x00, 0x000038FCu, 0x00001040u), /* C0: RCC_CR_HSIDIV /4, RCC_CR_HSIKERDIV /3, RCC_CR_SYSDIV /1 (reset) */
    LOAD(RCC, 0x08, 0x00000000u), /* C0: RCC_CFGR (HPRE, PPRE, MCOSEL, MCO2SEL) at reset */
    CLEAR_XM(RCC, 0x00, 0x00490200u), /* C0: RCC_CR_HSIUSB48ON, CSSON, HSEON, HSIKERON off */
    WAIT_CLEAR_XM(RCC, 0x00, 0x00820000u), /* C0: RCC_CR_HSIUSB48RDY, HSERDY clear */
    CLEAR_XM(RCC, 0x00, 0x00040000u), /* C0: RCC_CR_HSEBYP off with HSE stopped */
    LOAD(RCC, 0x54, 0x00000000u), /* C0: RCC_CCIPR kernel clock muxes at reset */
    LOAD_XM(RCC, 0x58, 0x00000000u), /* C0: RCC_CCIPR2 (USBSEL, I2S1SEL) at reset */
    CLEAR(FLASH, 0x00, 0x00000007u), /* C0: FLASH_ACR_LATENCY 0 */
};

/* H7 (cmsis_device_h7 stm32h743xx.h, same offsets in h7a3/h723: CR @0x00
 * HSION 0, HSIKERON 1, HSIRDY 2, HSIDIV[4:3], HSIDIVF 5, CSION 7, CSIRDY 8,
 * CSIKERON 9, HSI48ON 12, HSI48RDY 13, HSEON 16, HSERDY 17, HSEBYP 18,
 * CSSHSEON 19, PLL1ON..PLL3ON 24/26/28, each RDY one up; CFGR @0x10
 * SW[2:0], SWS[5:3]; D1CFGR..D3CFGR @0x18..0x20; PLLCKSELR @0x28; PLLCFGR
 * @0x2C; PLL1DIVR..PLL3FRACR @0x30..0x44; D1CCIPR..D3CCIPR @0x4C..0x58;
 * AHB3ENR..APB4ENR @0xD4..0xF4 (H74x/H72x; H7A3/B: layout H7AB); FLASH
 * @0x52002000 ACR LATENCY[3:0]). HSI /1 (64 MHz) is the reset clock
 * (HAL_RCC_DeInit clears HSIDIV, CSION, CSIKERON). The wait states go to
 * FLASH_LATENCY_DEFAULT, 7, first, as HAL_RCC_DeInit does, and stay
 * there: the reset value on H74x/H75x/H72x/
 * H73x (stm32h743xx.h, stm32h723xx.h), more than H7A3/H7B's 3
 * (stm32h7a3xx.h), and enough for HSI at every VOS. VOS is left: its reset
 * value, VOS3, is the lowest. The switch comes before the domain
 * prescalers: sys_ck may exceed the bus maximum with HPRE at 1. */
static const sysboot_clock_step layout_h7_tree[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    SET(FLASH, 0x00, 0x00000007u), /* H7: FLASH_ACR_LATENCY 7 (FLASH_LATENCY_DEFAULT) or more */
    WAIT_SET(FLASH, 0x00, 0x00000007u), /* H7: the new FLASH_ACR_LATENCY in effect */
    SET(RCC, 0x00, 0x00000001u), /* H7: RCC_CR_HSION */
    WAIT_SET(RCC, 0x00, 0x00000004u), /* H7: RCC_CR_HSIRDY */
    CLEAR(RCC, 0x10, 0x00000007u), /* H7: RCC_CFGR_SW = HSI */
    WAIT_CLEAR(RCC, 0x10, 0x00000038u), /* H7: RCC_CFGR_SWS = HSI */
    LOAD(RCC, 0x18, 0x00000000u), /* H7: RCC_D1CFGR (H7A3/B: CDCFGR1; D1CPRE, HPRE, D1PPRE) at reset */
    LOAD(RCC, 0x1C, 0x00000000u), /* H7: RCC_D2CFGR (H7A3/B: CDCFGR2) at reset */
    LOAD(RCC, 0x20, 0x00000000u), /* H7: RCC_D3CFGR (H7A3/B: SRDCFGR) at reset */
    LOAD(RCC, 0x10, 0x00000000u), /* H7: RCC_CFGR (MCO1, MCO2, RTCPRE, TIMPRE) at reset */
    CLEAR_XM(RCC, 0x00, 0x15091282u), /* H7: RCC_CR_PLL1ON..PLL3ON, CSSHSEON, HSEON, HSI48ON, CSIKERON, CSION, HSIKERON off */
    WAIT_CLEAR_XM(RCC, 0x00, 0x2A022100u), /* H7: RCC_CR_PLL1RDY..PLL3RDY, HSERDY, HSI48RDY, CSIRDY clear */
    CLEAR_XM(RCC, 0x00, 0x00040000u), /* H7: RCC_CR_HSEBYP off with HSE stopped */
    CLEAR_XM(RCC, 0x00, 0x00000018u), /* H7: RCC_CR_HSIDIV /1 (a PLL may run on HSI) */
    WAIT_SET_XM(RCC, 0x00, 0x00000020u), /* H7: RCC_CR_HSIDIVF: the divider in effect */
    LOAD_XM(RCC, 0x28, 0x02020200u), /* H7: RCC_PLLCKSELR at reset */
    LOAD_XM(RCC, 0x2C, 0x01FF0000u), /* H7: RCC_PLLCFGR at reset */
    LOAD_XM(RCC, 0x30, 0x01010280u), /* H7: RCC_PLL1DIVR at reset */
    LOAD_XM(RCC, 0x34, 0x00000000u), /* H7: RCC_PLL1FRACR at reset */
    LOAD_XM(RCC, 0x38, 0x01010280u), /* H7: RCC_PLL2DIVR at reset */
    LOAD_XM(RCC, 0x3C, 0x00000000u), /* H7: RCC_PLL2FRACR at reset */
    LOAD_XM(RCC, 0x40, 0x01010280u), /* H7: RCC_PLL3DIVR at reset */
    LOAD_XM(RCC, 0x44, 0x00000000u), /* H7: RCC_PLL3FRACR at reset */
    LOAD_XM(RCC, 0x4C, 0x00000000u), /* H7: RCC_D1CCIPR (H7A3/B: CDCCIPR; FMCSEL, QSPISEL, CKPERSEL) kernel clock muxes at reset */
    LOAD(RCC, 0x50, 0x00000000u), /* H7: RCC_D2CCIP1R (H7A3/B: CDCCIP1R) kernel clock muxes at reset */
    LOAD_XM(RCC, 0x54, 0x00000000u), /* H7: RCC_D2CCIP2R (H7A3/B: CDCCIP2R; USBSEL ...) kernel clock muxes at reset */
    LOAD(RCC, 0x58, 0x00000000u), /* H7: RCC_D3CCIPR (H7A3/B: SRDCCIPR) kernel clock muxes at reset */
};
/* The enables, from AHB3ENR at enr, the SRAM enables of AHB2ENR kept: H74x/
 * H72x 0xD4, SRAM1EN..SRAM3EN (bits 29..31); H7A3/B3/B0 (stm32h7a3xx.h,
 * stm32h7b3xx.h, stm32h7b0xx.h: 0xD4..0xF4 are reserved there; layout H7AB,
 * with H7's tree) 0x134, AHBSRAM1EN, AHBSRAM2EN (29, 30). BKPRAMEN,
 * SRDSRAMEN and RTCAPBEN kept too; on H7A3/B they are 0 at reset like every
 * enable (RM0455 not read; ST's H7B3 SVD as svd2rust gives it). */
#define LAYOUT_H7_ENABLES(enr, srams)                                                                                               \
    LOAD(RCC, (enr) + 0x00, 0x00000000u), /* H7: RCC_AHB3ENR */                                                                   \
    LOAD_USB(RCC, (enr) + 0x04, 0x00000000u), /* H7: RCC_AHB1ENR (USB OTG enables) */                                             \
    CLEAR(RCC, (enr) + 0x08, ~(srams)), /* H7: RCC_AHB2ENR but D2 SRAM1EN..SRAM3EN (H7A3/B: AHBSRAM1EN, AHBSRAM2EN) */          \
    CLEAR(RCC, (enr) + 0x0C, ~0x30000000u), /* H7: RCC_AHB4ENR but BKPRAMEN, SRDSRAMEN */                                         \
    LOAD(RCC, (enr) + 0x10, 0x00000000u), /* H7: RCC_APB3ENR */                                                                   \
    LOAD(RCC, (enr) + 0x14, 0x00000000u), /* H7: RCC_APB1LENR */                                                                  \
    LOAD(RCC, (enr) + 0x18, 0x00000000u), /* H7: RCC_APB1HENR */                                                                  \
    LOAD(RCC, (enr) + 0x1C, 0x00000000u), /* H7: RCC_APB2ENR */                                                                   \
    CLEAR(RCC, (enr) + 0x20, ~0x00010000u), /* H7: RCC_APB4ENR but RTCAPBEN */
static const sysboot_clock_step layout_h7_enables[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    LAYOUT_H7_ENABLES(0xD4, 0xE0000000u)
};
static const sysboot_clock_step layout_h7ab_enables[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    LAYOUT_H7_ENABLES(0x134, 0x60000000u)
};

/* G4 (cmsis_device_g4 stm32g474xx.h, same offsets in g431/g491/g414: CR
 * @0x00 HSION 8, HSIKERON 9, HSIRDY 10, HSEON 16, HSERDY 17, HSEBYP 18,
 * CSSON 19, PLLON 24, PLLRDY 25; CFGR @0x08 SW[1:0], SWS[3:2] (01 = HSI16,
 * the reset clock: CFGR resets to 0x00000005, RM0440); PLLCFGR @0x0C;
 * AHB1ENR @0x48 FLASHEN 8; APB1ENR1 @0x58 PWREN 28, RTCAPBEN 10; CCIPR
 * @0x88, CRRCR @0x98 HSI48ON 0, CCIPR2 @0x9C; FLASH ACR LATENCY[3:0]
 * (FLASH_LATENCY_15), reset 1 (FLASH_ACR 0x00040601: ST SVD STM32G474,
 * STM32G431); PWR @0x40007000 CR1 VOS[10:9] (01 range 1, reset), LPR 14,
 * SR2 @0x14 REGLPF 9, VOSF 10). The boost mode (PWR_CR5.R1MODE) is left:
 * it only allows more. The SW write keeps the prescalers: the frequency
 * only falls. */
static const sysboot_clock_step layout_g4_tree[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    SET(FLASH, 0x00, 0x0000000Fu), /* G4: FLASH_ACR_LATENCY 15 (the line's maximum) */
    WAIT_SET(FLASH, 0x00, 0x0000000Fu), /* G4: the new FLASH_ACR_LATENCY in effect */
    SET(RCC, 0x58, 0x10000000u), /* G4: RCC_APB1ENR1_PWREN (the PWR registers clocked) */
    FIELD(PWR, 0x00, 0x00004600u, 0x00000200u), /* G4: PWR_CR1_VOS range 1 (reset), PWR_CR1_LPR off */
    WAIT_CLEAR(PWR, 0x14, 0x00000600u), /* G4: PWR_SR2_VOSF, PWR_SR2_REGLPF clear */
    SET(RCC, 0x00, 0x00000100u), /* G4: RCC_CR_HSION */
    WAIT_SET(RCC, 0x00, 0x00000400u), /* G4: RCC_CR_HSIRDY */
    FIELD(RCC, 0x08, 0x00000003u, 0x00000001u), /* G4: RCC_CFGR_SW = HSI16 */
    WAIT_FIELD(RCC, 0x08, 0x0000000Cu, 0x00000004u), /* G4: RCC_CFGR_SWS = HSI16 */
    CLEAR(RCC, 0x08, 0x7F003FF0u), /* G4: RCC_CFGR_HPRE, PPRE1, PPRE2, MCOSEL, MCOPRE at reset */
    CLEAR_XM(RCC, 0x00, 0x01090200u), /* G4: RCC_CR_PLLON, CSSON, HSEON, HSIKERON off */
    WAIT_CLEAR_XM(RCC, 0x00, 0x02020000u), /* G4: RCC_CR_PLLRDY, HSERDY clear */
    CLEAR_XM(RCC, 0x00, 0x00040000u), /* G4: RCC_CR_HSEBYP off with HSE stopped */
    CLEAR_XM(RCC, 0x98, 0x00000001u), /* G4: RCC_CRRCR_HSI48ON off */
    LOAD_XM(RCC, 0x0C, 0x00001000u), /* G4: RCC_PLLCFGR at reset */
    LOAD_XM(RCC, 0x88, 0x00000000u), /* G4: RCC_CCIPR (CLK48SEL ...) kernel clock muxes at reset */
    LOAD_XM(RCC, 0x9C, 0x00000000u), /* G4: RCC_CCIPR2 (QSPISEL, I2C4SEL) kernel clock muxes at reset */
    FIELD(FLASH, 0x00, 0x0000000Fu, 0x00000001u), /* G4: FLASH_ACR_LATENCY 1 (reset) */
};
static const sysboot_clock_step layout_g4_enables[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    CLEAR(RCC, 0x48, ~0x00000100u), /* G4: RCC_AHB1ENR but FLASHEN */
    LOAD(RCC, 0x4C, 0x00000000u), /* G4: RCC_AHB2ENR */
    LOAD(RCC, 0x50, 0x00000000u), /* G4: RCC_AHB3ENR */
    CLEAR_USB(RCC, 0x58, ~0x00000400u), /* G4: RCC_APB1ENR1 but RTCAPBEN */
    LOAD(RCC, 0x5C, 0x00000000u), /* G4: RCC_APB1ENR2 */
    LOAD(RCC, 0x60, 0x00000000u), /* G4: RCC_APB2ENR */
};

/* WB and WL (cmsis_device_wb stm32wb55xx.h/stm32wb15xx.h, cmsis_device_wl
 * stm32wl55xx.h/stm32wle5xx.h: CR @0x00 MSION 0, MSIRDY 1, MSIPLLEN 2,
 * MSIRANGE[7:4], HSION 8, HSIKERON 9, HSIRDY 10, HSIASFS 11, HSEON 16,
 * HSERDY 17, CSSON 19, HSEPRE 20, HSEBYPPWR 21 (WL; reserved on WB), PLLON
 * 24, PLLRDY 25, PLLSAI1ON 26, PLLSAI1RDY 27 (WB5x/WB3x; reserved
 * elsewhere); CFGR @0x08 as L4; PLLCFGR @0x0C; CCIPR @0x88; CRRCR @0x98
 * HSI48ON 0 (WB5x/WB3x); EXTCFGR @0x108 SHDHPRE[3:0], C2HPRE[7:4]; AHB3ENR
 * @0x50 HSEMEN 19, FLASHEN 25, 0x02080000 at reset (ST SVD STM32WB55,
 * STM32WLE5); FLASH @0x58004000 ACR LATENCY[2:0], 0..3 on WB
 * (FLASH_LATENCY_3), 0..2 on WL (FLASH_LATENCY_2); PWR @0x58000400, always
 * clocked: CR1 VOS[10:9] (01 range 1, reset), LPR 14, SR2 @0x14 REGLPF 9,
 * VOSF 10). MSI at 4 MHz (range 6) is the reset clock. CPU2's prescaler
 * C2HPRE and its C2xxxENR are CPU2's and left as they are; so are WB's
 * SMPSCR and PLLSAI1CFGR (off here; reserved on WB1x). */
static const sysboot_clock_step layout_wb_tree[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    RAISE(FLASH, 0x00, 0x00000007u, 0x00000002u), /* WB: FLASH_ACR_LATENCY 2 or more (WL's maximum; WB may keep 3) */
    WAIT_SET(FLASH, 0x00, 0x00000002u), /* WB: the new FLASH_ACR_LATENCY in effect */
    FIELD(PWR, 0x00, 0x00004600u, 0x00000200u), /* WB: PWR_CR1_VOS range 1 (reset), PWR_CR1_LPR off */
    WAIT_CLEAR(PWR, 0x14, 0x00000600u), /* WB: PWR_SR2_VOSF, PWR_SR2_REGLPF clear */
    SET(RCC, 0x00, 0x00000001u), /* WB: RCC_CR_MSION */
    WAIT_SET(RCC, 0x00, 0x00000002u), /* WB: RCC_CR_MSIRDY */
    CLEAR(RCC, 0x08, 0x00000003u), /* WB: RCC_CFGR_SW = MSI */
    WAIT_CLEAR(RCC, 0x08, 0x0000000Cu), /* WB: RCC_CFGR_SWS = MSI */
    FIELD_XM(RCC, 0x00, 0x000000F4u, 0x00000060u), /* WB: RCC_CR_MSIRANGE 6 (4 MHz), MSIPLLEN off */
    LOAD(RCC, 0x08, 0x00000000u), /* WB: RCC_CFGR (HPRE, PPRE1, PPRE2, STOPWUCK, MCOSEL, MCOPRE) at reset */
    CLEAR(RCC, 0x108, 0x0000000Fu), /* WB: RCC_EXTCFGR_SHDHPRE at reset */
    CLEAR_XM(RCC, 0x00, 0x05190B00u), /* WB: RCC_CR_PLLON, PLLSAI1ON, HSEPRE, CSSON, HSEON, HSIASFS, HSIKERON, HSION off */
    WAIT_CLEAR_XM(RCC, 0x00, 0x0A020400u), /* WB: RCC_CR_PLLRDY, PLLSAI1RDY, HSERDY, HSIRDY clear */
    CLEAR_XM(RCC, 0x00, 0x00200000u), /* WB: RCC_CR_HSEBYPPWR (WL TCXO supply) off with HSE stopped */
    CLEAR_XM(RCC, 0x98, 0x00000001u), /* WB: RCC_CRRCR_HSI48ON off */
    LOAD_XM(RCC, 0x0C, 0x22040100u), /* WB: RCC_PLLCFGR at reset */
    LOAD_XM(RCC, 0x88, 0x00000000u), /* WB: RCC_CCIPR (CLK48SEL ...) kernel clock muxes at reset */
    CLEAR_XM(FLASH, 0x00, 0x00000007u), /* WB: FLASH_ACR_LATENCY 0 */
};
static const sysboot_clock_step layout_wb_enables[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    LOAD(RCC, 0x48, 0x00000000u), /* WB: RCC_AHB1ENR */
    LOAD(RCC, 0x4C, 0x00000000u), /* WB: RCC_AHB2ENR */
    CLEAR(RCC, 0x50, ~0x02080000u), /* WB: RCC_AHB3ENR but FLASHEN, HSEMEN */
    CLEAR_USB(RCC, 0x58, ~0x00000400u), /* WB: RCC_APB1ENR1 but RTCAPBEN */
    LOAD(RCC, 0x5C, 0x00000000u), /* WB: RCC_APB1ENR2 */
    LOAD(RCC, 0x60, 0x00000000u), /* WB: RCC_APB2ENR */
};
/* WL: WB's registers plus APB3ENR @0x64 (SUBGHZSPIEN 0; reserved on WB). */
static const sysboot_clock_step layout_wl_enables[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    LOAD(RCC, 0x48, 0x00000000u), /* WL: RCC_AHB1ENR */
    LOAD(RCC, 0x4C, 0x00000000u), /* WL: RCC_AHB2ENR */
    CLEAR(RCC, 0x50, ~0x02080000u), /* WL: RCC_AHB3ENR but FLASHEN, HSEMEN */
    CLEAR(RCC, 0x58, ~0x00000400u), /* WL: RCC_APB1ENR1 but RTCAPBEN */
    LOAD(RCC, 0x5C, 0x00000000u), /* WL: RCC_APB1ENR2 */
    LOAD(RCC, 0x60, 0x00000000u), /* WL: RCC_APB2ENR */
    LOAD(RCC, 0x64, 0x00000000u), /* WL: RCC_APB3ENR */
};

/* U0 (cmsis_device_u0 stm32u083xx.h/stm32u031xx.h: CR @0x00 as L4 (MSION
 * 0, MSIRDY 1, MSIPLLEN 2, MSIRGSEL 3, MSIRANGE[7:4], HSION 8, HSIKERON 9,
 * HSIRDY 10, HSIASFS 11, HSEON 16, HSERDY 17, HSEBYP 18, CSSON 19, PLLON
 * 24, PLLRDY 25); CFGR @0x08 SW[2:0], SWS[5:3] with 000 = MSI
 * (system_stm32u0xx.c), HPRE[11:8], PPRE[14:12]; PLLCFGR @0x0C; AHBENR
 * @0x48 FLASHEN 8, IOPENR @0x4C, APBENR1 @0x58 RTCAPBEN 10, PWREN 28,
 * APBENR2 @0x60; CCIPR @0x88; CRRCR @0x98 HSI48ON 0; FLASH ACR LATENCY
 * 0..2 (FLASH_LATENCY_2); PWR @0x40007000 CR1 VOS[10:9] (01 range 1,
 * reset: ST SVD STM32U083 PWR_CR1 0x00000208), LPR 14, SR2 @0x14 REGLPF 9,
 * VOSF 10). MSI at 4 MHz (range 6) is the reset clock
 * (system_stm32u0xx.c, RM0503). */
static const sysboot_clock_step layout_u0_tree[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    FIELD(FLASH, 0x00, 0x00000007u, 0x00000002u), /* U0: FLASH_ACR_LATENCY 2 (the line's maximum) */
    WAIT_SET(FLASH, 0x00, 0x00000002u), /* U0: the new FLASH_ACR_LATENCY in effect */
    SET(RCC, 0x58, 0x10000000u), /* U0: RCC_APBENR1_PWREN (the PWR registers clocked) */
    FIELD(PWR, 0x00, 0x00004600u, 0x00000200u), /* U0: PWR_CR1_VOS range 1 (reset), PWR_CR1_LPR off */
    WAIT_CLEAR(PWR, 0x14, 0x00000600u), /* U0: PWR_SR2_VOSF, PWR_SR2_REGLPF clear */
    SET(RCC, 0x00, 0x00000001u), /* U0: RCC_CR_MSION */
    WAIT_SET(RCC, 0x00, 0x00000002u), /* U0: RCC_CR_MSIRDY */
    CLEAR(RCC, 0x08, 0x00000007u), /* U0: RCC_CFGR_SW = MSI */
    WAIT_CLEAR(RCC, 0x08, 0x00000038u), /* U0: RCC_CFGR_SWS = MSI */
    FIELD_XM(RCC, 0x00, 0x000000FCu, 0x00000068u), /* U0: RCC_CR_MSIRANGE 6 (4 MHz) by RCC_CR_MSIRGSEL, MSIPLLEN off */
    LOAD(RCC, 0x08, 0x00000000u), /* U0: RCC_CFGR (HPRE, PPRE, MCOSEL, MCOPRE, MCO2SEL, MCO2PRE) at reset */
    CLEAR_XM(RCC, 0x00, 0x01090B00u), /* U0: RCC_CR_PLLON, CSSON, HSEON, HSIASFS, HSIKERON, HSION off */
    WAIT_CLEAR_XM(RCC, 0x00, 0x02020400u), /* U0: RCC_CR_PLLRDY, HSERDY, HSIRDY clear */
    CLEAR_XM(RCC, 0x00, 0x00040000u), /* U0: RCC_CR_HSEBYP off with HSE stopped */
    CLEAR_XM(RCC, 0x98, 0x00000001u), /* U0: RCC_CRRCR_HSI48ON off */
    LOAD_XM(RCC, 0x0C, 0x00001000u), /* U0: RCC_PLLCFGR at reset */
    LOAD_XM(RCC, 0x88, 0x00000000u), /* U0: RCC_CCIPR (CLK48SEL ...) kernel clock muxes at reset */
    CLEAR_XM(FLASH, 0x00, 0x00000007u), /* U0: FLASH_ACR_LATENCY 0 */
};
static const sysboot_clock_step layout_u0_enables[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    CLEAR(RCC, 0x48, ~0x00000100u), /* U0: RCC_AHBENR but FLASHEN */
    LOAD(RCC, 0x4C, 0x00000000u), /* U0: RCC_IOPENR */
    CLEAR_USB(RCC, 0x58, ~0x00000400u), /* U0: RCC_APBENR1 but RTCAPBEN */
    LOAD(RCC, 0x60, 0x00000000u), /* U0: RCC_APBENR2 */
};

/* L0 (cmsis_device_l0 stm32l073xx.h/stm32l011xx.h: CR @0x00 HSI16ON 0,
 * HSIKERON 1, HSI16RDY 2, HSIDIVEN 3, HSIOUTEN 5, MSION 8, MSIRDY 9, HSEON
 * 16, HSERDY 17, HSEBYP 18, CSSHSEON 19, PLLON 24, PLLRDY 25; ICSCR @0x04
 * MSIRANGE[15:13]; CRRCR @0x08 HSI48ON 0 (L0x2/L0x3); CFGR @0x0C SW[1:0]
 * (00 = MSI), SWS[3:2], prescalers [15:4], PLLSRC/PLLMUL/PLLDIV [23:16],
 * MCO [30:24]; IOPENR @0x2C, AHBENR @0x30 MIFEN 8, APB2ENR @0x34 FWEN 7,
 * DBGEN 22, APB1ENR @0x38 PWREN 28; CCIPR @0x4C HSI48SEL 26; FLASH ACR
 * LATENCY bit 0; PWR @0x40007000 CR VOS[12:11] (01 range 1, 10 range 2,
 * reset: ST SVD PWR_CR 0x00001000, 11 range 3), CSR @0x04 VOSF 4). MSI
 * range 5 (2.097 MHz) is the reset clock (RM0377, RM0376); the range may
 * change only while MSIRDY is set. The reset range is the middle one: it
 * is restored once the clock is down, from range 1 as from range 3; a PLL
 * kept for USB keeps the range: its 96 MHz VCO needs range 1 (PLL VCO at
 * most 96/48/24 MHz in range 1/2/3: ChibiOS STM32L0xx/STM32L1xx hal_lld.h
 * STM32_PLLVCO_MAX per STM32_VOS, from the datasheets; RM0377 not read). */
static const sysboot_clock_step layout_l0_tree[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    SET(FLASH, 0x00, 0x00000001u), /* L0: FLASH_ACR_LATENCY 1 (the line's maximum) */
    WAIT_SET(FLASH, 0x00, 0x00000001u), /* L0: the new FLASH_ACR_LATENCY in effect */
    SET(RCC, 0x00, 0x00000100u), /* L0: RCC_CR_MSION */
    WAIT_SET(RCC, 0x00, 0x00000200u), /* L0: RCC_CR_MSIRDY */
    CLEAR(RCC, 0x0C, 0x00000003u), /* L0: RCC_CFGR_SW = MSI */
    WAIT_CLEAR(RCC, 0x0C, 0x0000000Cu), /* L0: RCC_CFGR_SWS = MSI */
    FIELD(RCC, 0x04, 0x0000E000u, 0x0000A000u), /* L0: RCC_ICSCR_MSIRANGE 5 (2.097 MHz) */
    CLEAR(RCC, 0x0C, 0x7F00BFF0u), /* L0: RCC_CFGR_HPRE, PPRE1, PPRE2, STOPWUCK, MCOSEL, MCOPRE at reset */
    CLEAR_XM(RCC, 0x00, 0x0109002Bu), /* L0: RCC_CR_PLLON, CSSHSEON, HSEON, HSIOUTEN, HSIDIVEN, HSIKERON, HSION (HSI16) off */
    WAIT_CLEAR_XM(RCC, 0x00, 0x02020004u), /* L0: RCC_CR_PLLRDY, HSERDY, HSIRDY (HSI16) clear */
    CLEAR_XM(RCC, 0x00, 0x00040000u), /* L0: RCC_CR_HSEBYP off with HSE stopped */
    CLEAR_XM(RCC, 0x08, 0x00000001u), /* L0: RCC_CRRCR_HSI48ON off */
    LOAD_XM(RCC, 0x0C, 0x00000000u), /* L0: RCC_CFGR (PLLSRC, PLLMUL, PLLDIV) at reset */
    LOAD_XM(RCC, 0x4C, 0x00000000u), /* L0: RCC_CCIPR (HSI48SEL ...) kernel clock muxes at reset */
    SET(RCC, 0x38, 0x10000000u), /* L0: RCC_APB1ENR_PWREN (the PWR registers clocked) */
    FIELD_XM(PWR, 0x00, 0x00001800u, 0x00001000u), /* L0: PWR_CR_VOS range 2 (reset) */
    WAIT_CLEAR(PWR, 0x04, 0x00000010u), /* L0: PWR_CSR_VOSF clear */
    CLEAR(FLASH, 0x00, 0x00000001u), /* L0: FLASH_ACR_LATENCY 0 */
};
static const sysboot_clock_step layout_l0_enables[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    LOAD(RCC, 0x2C, 0x00000000u), /* L0: RCC_IOPENR */
    CLEAR(RCC, 0x30, ~0x00000100u), /* L0: RCC_AHBENR but MIFEN */
    CLEAR(RCC, 0x34, ~0x00400080u), /* L0: RCC_APB2ENR but DBGEN, FWEN */
    LOAD_USB(RCC, 0x38, 0x00000000u), /* L0: RCC_APB1ENR */
};

/* L1 (cmsis_device_l1 stm32l152xe.h/stm32l151xb.h: CR @0x00 HSION 0,
 * HSIRDY 1, MSION 8, MSIRDY 9, HSEON 16, HSERDY 17, HSEBYP 18, PLLON 24,
 * PLLRDY 25, CSSON 28; ICSCR @0x04 MSIRANGE[15:13]; CFGR @0x08 SW[1:0] (00
 * = MSI), SWS[3:2], prescalers [13:4], PLLSRC/PLLMUL/PLLDIV [23:16], MCO
 * [30:24]; AHBENR @0x1C FLITFEN 15, APB2ENR @0x20, APB1ENR @0x24 PWREN 28;
 * FLASH @0x40023C00 ACR LATENCY bit 0, ACC64 bit 2; PWR as L0). MSI range 5
 * (2.097 MHz) is the reset clock (RM0038). LATENCY is written only with
 * ACC64 set (RM0038 FLASH_ACR): ACC64 goes first and stays, with PRFTEN
 * (64-bit access at 0 wait states is allowed). The voltage range as L0. */
static const sysboot_clock_step layout_l1_tree[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    SET(FLASH, 0x00, 0x00000004u), /* L1: FLASH_ACR_ACC64 (LATENCY is written only with it) */
    SET(FLASH, 0x00, 0x00000001u), /* L1: FLASH_ACR_LATENCY 1 (the line's maximum) */
    WAIT_SET(FLASH, 0x00, 0x00000001u), /* L1: the new FLASH_ACR_LATENCY in effect */
    SET(RCC, 0x00, 0x00000100u), /* L1: RCC_CR_MSION */
    WAIT_SET(RCC, 0x00, 0x00000200u), /* L1: RCC_CR_MSIRDY */
    CLEAR(RCC, 0x08, 0x00000003u), /* L1: RCC_CFGR_SW = MSI */
    WAIT_CLEAR(RCC, 0x08, 0x0000000Cu), /* L1: RCC_CFGR_SWS = MSI */
    FIELD(RCC, 0x04, 0x0000E000u, 0x0000A000u), /* L1: RCC_ICSCR_MSIRANGE 5 (2.097 MHz) */
    CLEAR(RCC, 0x08, 0x77003FF0u), /* L1: RCC_CFGR_HPRE, PPRE1, PPRE2, MCOSEL, MCOPRE at reset */
    CLEAR_XM(RCC, 0x00, 0x11010001u), /* L1: RCC_CR_CSSON, PLLON, HSEON, HSION off */
    WAIT_CLEAR_XM(RCC, 0x00, 0x02020002u), /* L1: RCC_CR_PLLRDY, HSERDY, HSIRDY clear */
    CLEAR_XM(RCC, 0x00, 0x00040000u), /* L1: RCC_CR_HSEBYP off with HSE stopped */
    LOAD_XM(RCC, 0x08, 0x00000000u), /* L1: RCC_CFGR (PLLSRC, PLLMUL, PLLDIV) at reset */
    SET(RCC, 0x24, 0x10000000u), /* L1: RCC_APB1ENR_PWREN (the PWR registers clocked) */
    FIELD_XM(PWR, 0x00, 0x00001800u, 0x00001000u), /* L1: PWR_CR_VOS range 2 (reset) */
    WAIT_CLEAR(PWR, 0x04, 0x00000010u), /* L1: PWR_CSR_VOSF clear */
    CLEAR(FLASH, 0x00, 0x00000001u), /* L1: FLASH_ACR_LATENCY 0 */
};
static const sysboot_clock_step layout_l1_enables[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    CLEAR(RCC, 0x1C, ~0x00008000u), /* L1: RCC_AHBENR but FLITFEN */
    LOAD(RCC, 0x20, 0x00000000u), /* L1: RCC_APB2ENR */
    LOAD_USB(RCC, 0x24, 0x00000000u), /* L1: RCC_APB1ENR */
};

/* U5 (cmsis_device_u5 stm32u575xx.h/stm32u585xx.h, same offsets in all
 * twelve stm32u5xxxx.h: CR @0x00 MSISON 0, MSIKERON 1, MSISRDY 2, MSIPLLEN
 * 3, MSIKON 4, MSIKRDY 5, MSIPLLSEL 6, MSIPLLFAST 7, HSION 8, HSIKERON 9,
 * HSIRDY 10, HSI48ON 12, HSI48RDY 13, SHSION 14, SHSIRDY 15, HSEON 16,
 * HSERDY 17, HSEBYP 18, CSSON 19, HSEEXT 20, PLL1ON..PLL3ON 24/26/28, each
 * RDY one up; ICSCR1 @0x08 MSIRGSEL 23, MSIKRANGE[27:24], MSISRANGE[31:28];
 * CFGR1 @0x1C SW[1:0] (00 = MSIS), SWS[3:2], MCO [31:24]; CFGR2 @0x20 HPRE,
 * PPRE1, PPRE2, bus DIS bits; CFGR3 @0x24 PPRE3, AHB3DIS, APB3DIS;
 * PLL1CFGR..PLL3CFGR @0x28..0x30; PLL1DIVR..PLL3FRACR @0x34..0x48;
 * CCIPR1..CCIPR3 @0xE0..0xE8; ENR @0x88..0xA8; FLASH ACR LATENCY[3:0]
 * (FLASH_LATENCY_15), reset 0; ICACHE CR @0x00 EN 0, SR @0x04 BUSYF 0).
 * MSIS at 4 MHz (range 4) is the reset clock (system_stm32u5xx.c); a range
 * may change only while its MSI is ready. MSIK (on at reset) is left
 * running; VOS is left: its reset value, range 4, is the lowest. MSIK may
 * clock OCTOSPI and USB, with the MSI PLL mode: kept with them. The ICACHE
 * goes off last, once the clock is down: a clock wait that runs out leaves
 * the application its cache, and no RM text asks for another order (RM0456
 * not re-read: unconfirmed). */
static const sysboot_clock_step layout_u5_tree[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    SET(FLASH, 0x00, 0x0000000Fu), /* U5: FLASH_ACR_LATENCY 15 (the line's maximum) */
    WAIT_SET(FLASH, 0x00, 0x0000000Fu), /* U5: the new FLASH_ACR_LATENCY in effect */
    SET(RCC, 0x00, 0x00000001u), /* U5: RCC_CR_MSISON */
    WAIT_SET(RCC, 0x00, 0x00000004u), /* U5: RCC_CR_MSISRDY */
    CLEAR(RCC, 0x1C, 0x00000003u), /* U5: RCC_CFGR1_SW = MSIS */
    WAIT_CLEAR(RCC, 0x1C, 0x0000000Cu), /* U5: RCC_CFGR1_SWS = MSIS */
    FIELD(RCC, 0x08, 0xF0000000u, 0x40000000u), /* U5: RCC_ICSCR1_MSISRANGE 4 (4 MHz) */
    FIELD_XM(RCC, 0x08, 0x0F800000u, 0x04000000u), /* U5: RCC_ICSCR1_MSIKRANGE 4, MSIRGSEL at reset */
    LOAD(RCC, 0x1C, 0x00000000u), /* U5: RCC_CFGR1 (MCOSEL, MCOPRE, STOPWUCK) at reset */
    CLEAR(RCC, 0x20, 0x001F077Fu), /* U5: RCC_CFGR2_HPRE, PPRE1, PPRE2, AHB1DIS, AHB2DIS1, AHB2DIS2, APB1DIS, APB2DIS at reset */
    LOAD(RCC, 0x24, 0x00000000u), /* U5: RCC_CFGR3 (PPRE3) at reset */
    CLEAR_XM(RCC, 0x00, 0x150953CAu), /* U5: RCC_CR_PLL1ON..PLL3ON, CSSON, HSEON, SHSION, HSI48ON, HSIKERON, HSION, MSIPLLFAST, MSIPLLSEL, MSIPLLEN, MSIKERON off */
    WAIT_CLEAR_XM(RCC, 0x00, 0x2A02A400u), /* U5: RCC_CR_PLL1RDY..PLL3RDY, HSERDY, SHSIRDY, HSI48RDY, HSIRDY clear */
    CLEAR_XM(RCC, 0x00, 0x00140000u), /* U5: RCC_CR_HSEBYP, HSEEXT off with HSE stopped */
    LOAD_XM(RCC, 0x28, 0x00000000u), /* U5: RCC_PLL1CFGR at reset */
    LOAD_XM(RCC, 0x2C, 0x00000000u), /* U5: RCC_PLL2CFGR at reset */
    LOAD_XM(RCC, 0x30, 0x00000000u), /* U5: RCC_PLL3CFGR at reset */
    LOAD_XM(RCC, 0x34, 0x01010280u), /* U5: RCC_PLL1DIVR at reset */
    LOAD_XM(RCC, 0x38, 0x00000000u), /* U5: RCC_PLL1FRACR at reset */
    LOAD_XM(RCC, 0x3C, 0x01010280u), /* U5: RCC_PLL2DIVR at reset */
    LOAD_XM(RCC, 0x40, 0x00000000u), /* U5: RCC_PLL2FRACR at reset */
    LOAD_XM(RCC, 0x44, 0x01010280u), /* U5: RCC_PLL3DIVR at reset */
    LOAD_XM(RCC, 0x48, 0x00000000u), /* U5: RCC_PLL3FRACR at reset */
    LOAD_XM(RCC, 0xE0, 0x00000000u), /* U5: RCC_CCIPR1 (ICLKSEL ...) kernel clock muxes at reset */
    LOAD_XM(RCC, 0xE4, 0x00000000u), /* U5: RCC_CCIPR2 (OCTOSPISEL ...) kernel clock muxes at reset */
    LOAD(RCC, 0xE8, 0x00000000u), /* U5: RCC_CCIPR3 kernel clock muxes at reset */
    CLEAR(FLASH, 0x00, 0x0000000Fu), /* U5: FLASH_ACR_LATENCY 0 */
    CLEAR(ICACHE, 0x00, 0x00000001u), /* U5: ICACHE_CR_EN off */
    WAIT_CLEAR(ICACHE, 0x00, 0x00000001u), /* U5: ICACHE_CR_EN reads 0 */
    WAIT_CLEAR(ICACHE, 0x04, 0x00000001u), /* U5: ICACHE_SR_BUSYF clear (invalidation done) */
};
static const sysboot_clock_step layout_u5_enables[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    CLEAR(RCC, 0x88, ~0xD1200100u), /* U5: RCC_AHB1ENR but SRAM1EN, DCACHE1EN, BKPSRAMEN, DCACHE2EN, GTZC1EN, FLASHEN */
    CLEAR_USB(RCC, 0x8C, ~0xC0000000u), /* U5: RCC_AHB2ENR1 but SRAM2EN, SRAM3EN */
    CLEAR(RCC, 0x90, ~0xC0000000u), /* U5: RCC_AHB2ENR2 but SRAM5EN, SRAM6EN */
    CLEAR(RCC, 0x94, ~0x80001000u), /* U5: RCC_AHB3ENR but SRAM4EN, GTZC2EN */
    LOAD(RCC, 0x9C, 0x00000000u), /* U5: RCC_APB1ENR1 */
    LOAD(RCC, 0xA0, 0x00000000u), /* U5: RCC_APB1ENR2 */
    LOAD_USB(RCC, 0xA4, 0x00000000u), /* U5: RCC_APB2ENR */
    CLEAR(RCC, 0xA8, ~0x00200000u), /* U5: RCC_APB3ENR but RTCAPBEN */
};

/* L5 (cmsis_device_l5 stm32l552xx.h/stm32l562xx.h: CR, CFGR, PLLCFGR,
 * PLLSAI1CFGR @0x10, PLLSAI2CFGR @0x14 as L4 (MSION 0, MSIRDY 1, MSIPLLEN
 * 2, MSIRGSEL 3, MSIRANGE[7:4], HSION 8, HSIRDY 10, PLLSAI2ON 28), CR.PRIV
 * 31 left; CCIPR1 @0x88, CRRCR @0x98 HSI48ON 0, CCIPR2 @0x9C; AHB1ENR
 * @0x48 FLASHEN 8, GTZCEN 22; APB1ENR1 @0x58 RTCAPBEN 10; FLASH ACR
 * LATENCY[3:0] (FLASH_LATENCY_15), reset 0 (ST SVD STM32L552); ICACHE CR
 * @0x00 EN 0, SR @0x04 BUSYF 0). MSI at 4 MHz (range 6) is the reset clock
 * (system_stm32l5xx.c); VOS is left: its reset value, range 2, is the
 * lowest (ST SVD PWR_CR1 0x00000400). PLLSAIxCFGR reset 0x00001000 (ST
 * SVD, HAL_RCC_DeInit). ICACHE off last, as U5. */
static const sysboot_clock_step layout_l5_tree[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    SET(FLASH, 0x00, 0x0000000Fu), /* L5: FLASH_ACR_LATENCY 15 (the line's maximum) */
    WAIT_SET(FLASH, 0x00, 0x0000000Fu), /* L5: the new FLASH_ACR_LATENCY in effect */
    SET(RCC, 0x00, 0x00000001u), /* L5: RCC_CR_MSION */
    WAIT_SET(RCC, 0x00, 0x00000002u), /* L5: RCC_CR_MSIRDY */
    CLEAR(RCC, 0x08, 0x00000003u), /* L5: RCC_CFGR_SW = MSI */
    WAIT_CLEAR(RCC, 0x08, 0x0000000Cu), /* L5: RCC_CFGR_SWS = MSI */
    FIELD_XM(RCC, 0x00, 0x000000FCu, 0x00000068u), /* L5: RCC_CR_MSIRANGE 6 (4 MHz) by RCC_CR_MSIRGSEL, MSIPLLEN off */
    LOAD(RCC, 0x08, 0x00000000u), /* L5: RCC_CFGR (HPRE, PPRE1, PPRE2, STOPWUCK, MCOSEL, MCOPRE) at reset */
    CLEAR_XM(RCC, 0x00, 0x15090B00u), /* L5: RCC_CR_PLLON, PLLSAI1ON, PLLSAI2ON, CSSON, HSEON, HSIASFS, HSIKERON, HSION off */
    WAIT_CLEAR_XM(RCC, 0x00, 0x2A020400u), /* L5: RCC_CR_PLLRDY, PLLSAI1RDY, PLLSAI2RDY, HSERDY, HSIRDY clear */
    CLEAR_XM(RCC, 0x00, 0x00040000u), /* L5: RCC_CR_HSEBYP off with HSE stopped */
    CLEAR_XM(RCC, 0x98, 0x00000001u), /* L5: RCC_CRRCR_HSI48ON off */
    LOAD_XM(RCC, 0x0C, 0x00001000u), /* L5: RCC_PLLCFGR at reset */
    LOAD_XM(RCC, 0x10, 0x00001000u), /* L5: RCC_PLLSAI1CFGR at reset */
    LOAD_XM(RCC, 0x14, 0x00001000u), /* L5: RCC_PLLSAI2CFGR at reset */
    LOAD_XM(RCC, 0x88, 0x00000000u), /* L5: RCC_CCIPR1 (CLK48MSEL ...) kernel clock muxes at reset */
    LOAD_XM(RCC, 0x9C, 0x00000000u), /* L5: RCC_CCIPR2 (OSPISEL ...) kernel clock muxes at reset */
    CLEAR_XM(FLASH, 0x00, 0x0000000Fu), /* L5: FLASH_ACR_LATENCY 0 */
    CLEAR(ICACHE, 0x00, 0x00000001u), /* L5: ICACHE_CR_EN off */
    WAIT_CLEAR(ICACHE, 0x00, 0x00000001u), /* L5: ICACHE_CR_EN reads 0 */
    WAIT_CLEAR(ICACHE, 0x04, 0x00000001u), /* L5: ICACHE_SR_BUSYF clear (invalidation done) */
};
static const sysboot_clock_step layout_l5_enables[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    CLEAR(RCC, 0x48, ~0x00400100u), /* L5: RCC_AHB1ENR but GTZCEN, FLASHEN */
    LOAD(RCC, 0x4C, 0x00000000u), /* L5: RCC_AHB2ENR */
    LOAD(RCC, 0x50, 0x00000000u), /* L5: RCC_AHB3ENR */
    CLEAR(RCC, 0x58, ~0x00000400u), /* L5: RCC_APB1ENR1 but RTCAPBEN */
    LOAD_USB(RCC, 0x5C, 0x00000000u), /* L5: RCC_APB1ENR2 */
    LOAD(RCC, 0x60, 0x00000000u), /* L5: RCC_APB2ENR */
};

/* WBA (cmsis_device_wba v1.4.0 stm32wba55xx.h, same RCC offsets and bits
 * in stm32wba50xx.h/stm32wba52xx.h: CR @0x00 HSION 8, HSIKERON 9, HSIRDY
 * 10, HSEON 16, HSERDY 17, HSECSSON 19, HSEPRE 20, PLL1ON 24, PLL1RDY 25
 * (no MSI, no HSEBYP, one PLL); CFGR1 @0x1C SW[1:0] (00 = HSI16), SWS[3:2],
 * MCOSEL [27:24], MCOPRE [30:28]; CFGR2 @0x20 HPRE, PPRE1, PPRE2; CFGR3
 * @0x24 PPRE7; PLL1CFGR @0x28, PLL1DIVR @0x34, PLL1FRACR @0x38; CCIPR1..3
 * @0xE0..0xE8; AHB1ENR @0x88 FLASHEN 8, GTZC1EN 24, SRAM1EN 31; AHB2ENR
 * @0x8C SRAM2EN 30; AHB4ENR @0x94; AHB5ENR @0x98 (radio); APB1ENR1/2
 * @0x9C/0xA0, APB2ENR @0xA4, APB7ENR @0xA8 RTCAPBEN 21; FLASH ACR
 * LATENCY[3:0] (FLASH_LATENCY_15), reset 1 (FLASH_ACR 0x00000001: ST SVD
 * STM32WBA55; HSI16 in range 2 needs it, RM0493 table); ICACHE CR @0x00
 * EN 0, SR @0x04 BUSYF 0). HSI16 is the reset clock (system_stm32wbaxx.c).
 * VOS is left: its reset value, range 2, is the lowest. CFGR4 (AHB5
 * prescaler of the radio bus) and RADIOENR are left as they are. ICACHE
 * off last, as U5. */
static const sysboot_clock_step layout_wba_tree[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    SET(FLASH, 0x00, 0x0000000Fu), /* WBA: FLASH_ACR_LATENCY 15 (the line's maximum) */
    WAIT_SET(FLASH, 0x00, 0x0000000Fu), /* WBA: the new FLASH_ACR_LATENCY in effect */
    SET(RCC, 0x00, 0x00000100u), /* WBA: RCC_CR_HSION */
    WAIT_SET(RCC, 0x00, 0x00000400u), /* WBA: RCC_CR_HSIRDY */
    CLEAR(RCC, 0x1C, 0x00000003u), /* WBA: RCC_CFGR1_SW = HSI16 */
    WAIT_CLEAR(RCC, 0x1C, 0x0000000Cu), /* WBA: RCC_CFGR1_SWS = HSI16 */
    LOAD(RCC, 0x1C, 0x00000000u), /* WBA: RCC_CFGR1 (MCOSEL, MCOPRE) at reset */
    LOAD(RCC, 0x20, 0x00000000u), /* WBA: RCC_CFGR2 (HPRE, PPRE1, PPRE2) at reset */
    LOAD(RCC, 0x24, 0x00000000u), /* WBA: RCC_CFGR3 (PPRE7) at reset */
    CLEAR_XM(RCC, 0x00, 0x01090200u), /* WBA: RCC_CR_PLL1ON, HSECSSON, HSEON, HSIKERON off */
    WAIT_CLEAR_XM(RCC, 0x00, 0x02020000u), /* WBA: RCC_CR_PLL1RDY, HSERDY clear */
    CLEAR_XM(RCC, 0x00, 0x00100000u), /* WBA: RCC_CR_HSEPRE off with HSE stopped */
    LOAD_XM(RCC, 0x28, 0x00000000u), /* WBA: RCC_PLL1CFGR at reset */
    LOAD_XM(RCC, 0x34, 0x01010280u), /* WBA: RCC_PLL1DIVR at reset */
    LOAD_XM(RCC, 0x38, 0x00000000u), /* WBA: RCC_PLL1FRACR at reset */
    LOAD_XM(RCC, 0xE0, 0x00000000u), /* WBA: RCC_CCIPR1 kernel clock muxes at reset */
    LOAD_XM(RCC, 0xE4, 0x00000000u), /* WBA: RCC_CCIPR2 kernel clock muxes at reset */
    LOAD(RCC, 0xE8, 0x00000000u), /* WBA: RCC_CCIPR3 kernel clock muxes at reset */
    FIELD(FLASH, 0x00, 0x0000000Fu, 0x00000001u), /* WBA: FLASH_ACR_LATENCY 1 (reset) */
    CLEAR(ICACHE, 0x00, 0x00000001u), /* WBA: ICACHE_CR_EN off */
    WAIT_CLEAR(ICACHE, 0x00, 0x00000001u), /* WBA: ICACHE_CR_EN reads 0 */
    WAIT_CLEAR(ICACHE, 0x04, 0x00000001u), /* WBA: ICACHE_SR_BUSYF clear (invalidation done) */
};
static const sysboot_clock_step layout_wba_enables[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    CLEAR(RCC, 0x88, ~0x81000100u), /* WBA: RCC_AHB1ENR but SRAM1EN, GTZC1EN, FLASHEN */
    CLEAR(RCC, 0x8C, ~0x40000000u), /* WBA: RCC_AHB2ENR but SRAM2EN */
    LOAD(RCC, 0x94, 0x00000000u), /* WBA: RCC_AHB4ENR */
    LOAD(RCC, 0x98, 0x00000000u), /* WBA: RCC_AHB5ENR */
    LOAD(RCC, 0x9C, 0x00000000u), /* WBA: RCC_APB1ENR1 */
    LOAD(RCC, 0xA0, 0x00000000u), /* WBA: RCC_APB1ENR2 */
    LOAD(RCC, 0xA4, 0x00000000u), /* WBA: RCC_APB2ENR */
    CLEAR(RCC, 0xA8, ~0x00200000u), /* WBA: RCC_APB7ENR but RTCAPBEN */
};

/* H5 (cmsis_device_h5 v1.6.0 stm32h563xx.h: CR @0x00 HSION 0, HSIRDY 1,
 * HSIKERON 2, HSIDIV[4:3], HSIDIVF 5, CSION 8, CSIRDY 9, CSIKERON 10,
 * HSI48ON 12, HSI48RDY 13, HSEON 16, HSERDY 17, HSEBYP 18, HSECSSON 19,
 * HSEEXT 20, PLL1ON..PLL3ON 24/26/28, each RDY one up; CFGR1 @0x1C SW[1:0]
 * (00 = HSI), SWS[4:3], MCO, RTCPRE, TIMPRE; CFGR2 @0x20 HPRE, PPRE1..3 and
 * bus DIS bits (0 = running); PLL1CFGR..PLL3CFGR @0x28..0x30; PLL1DIVR..
 * PLL3FRACR @0x34..0x48; CCIPR1..5 @0xD8..0xE8; FLASH ACR LATENCY[3:0],
 * WRHIGHFREQ[5:4]; ICACHE CR.EN 0, SR.BUSYF 0). The reset clock is HSI,
 * divided by 2 on H52x/H56x/H573 (32 MHz: ST's Zephyr stm32h5 clock tests
 * run on the H573I-DK, the ST SVD of H523/H533; the H562/H563/H573 SVD's /1
 * is contradicted: tools/facts_check.py SVD_DISAGREEMENTS; RM0481 not read:
 * unconfirmed). HSIDIV may change only while HSI feeds no
 * PLL, so after the PLLs; HSIDIVF tells the new divider is in effect.
 * FLASH ACR resets to 0x13 (3 WS, WRHIGHFREQ 1: ST SVD); HSI may be faster
 * than the application's clock, so LATENCY goes to 7 or more first and back
 * to reset once the clock is down. OCTOSPI and FMC may run on PLL1Q/PLL2R
 * or per_ck (HSI/CSI/HSE): those steps are kept for code in them. */
#define LAYOUT_H5_TREE(hsidiv, pll3_on, pll3_rdy)                                                                                          \
    SET(FLASH, 0x00, 0x00000007u), /* H5: FLASH_ACR_LATENCY 7 or more while the clock changes */                                           \
    WAIT_SET(FLASH, 0x00, 0x00000007u), /* H5: the new FLASH_ACR_LATENCY in effect */                                                      \
    SET(RCC, 0x00, 0x00000001u), /* H5: RCC_CR_HSION */                                                                                    \
    WAIT_SET(RCC, 0x00, 0x00000002u), /* H5: RCC_CR_HSIRDY */                                                                              \
    CLEAR(RCC, 0x1C, 0x00000003u), /* H5: RCC_CFGR1_SW = HSI */                                                                            \
    WAIT_CLEAR(RCC, 0x1C, 0x00000018u), /* H5: RCC_CFGR1_SWS = HSI */                                                                      \
    LOAD(RCC, 0x1C, 0x00000000u), /* H5: RCC_CFGR1 (MCO, RTCPRE, TIMPRE) at reset */                                                       \
    LOAD(RCC, 0x20, 0x00000000u), /* H5: RCC_CFGR2 (HPRE, PPRE1..3, buses on) at reset */                                                  \
    CLEAR_XM(RCC, 0x00, 0x00001004u), /* H5: RCC_CR_HSI48ON, HSIKERON off (nothing waits on them) */                                       \
    CLEAR_XM(RCC, 0x00, 0x05090500u | (pll3_on)), /* H5: RCC_CR_PLL1ON, PLL2ON, PLL3ON (not H503), HSECSSON, HSEON, CSION, CSIKERON off */ \
    WAIT_CLEAR_XM(RCC, 0x00, 0x0A020200u | (pll3_rdy)), /* H5: RCC_CR_PLL1RDY, PLL2RDY, PLL3RDY (not H503), HSERDY, CSIRDY clear */        \
    CLEAR_XM(RCC, 0x00, 0x00140000u), /* H5: RCC_CR_HSEBYP, HSEEXT off with HSE stopped */                                                 \
    FIELD_XM(RCC, 0x00, 0x00000018u, hsidiv), /* H5: RCC_CR_HSIDIV at reset (a PLL may run on HSI) */                                      \
    WAIT_SET_XM(RCC, 0x00, 0x00000020u), /* H5: RCC_CR_HSIDIVF: the divider in effect */                                                   \
    LOAD_XM(RCC, 0x28, 0x00000000u), /* H5: RCC_PLL1CFGR at reset */                                                                       \
    LOAD_XM(RCC, 0x2C, 0x00000000u), /* H5: RCC_PLL2CFGR at reset */                                                                       \
    LOAD_XM(RCC, 0x34, 0x01010280u), /* H5: RCC_PLL1DIVR at reset */                                                                       \
    LOAD_XM(RCC, 0x38, 0x00000000u), /* H5: RCC_PLL1FRACR at reset */                                                                      \
    LOAD_XM(RCC, 0x3C, 0x01010280u), /* H5: RCC_PLL2DIVR at reset */                                                                       \
    LOAD_XM(RCC, 0x40, 0x00000000u), /* H5: RCC_PLL2FRACR at reset */                                                                      \
    LOAD_XM(RCC, 0xD8, 0x00000000u), /* H5: RCC_CCIPR1 kernel clock muxes at reset */                                                      \
    LOAD_XM(RCC, 0xDC, 0x00000000u), /* H5: RCC_CCIPR2 kernel clock muxes at reset */                                                      \
    LOAD_XM(RCC, 0xE0, 0x00000000u), /* H5: RCC_CCIPR3 kernel clock muxes at reset */                                                      \
    LOAD_XM(RCC, 0xE4, 0x00000000u), /* H5: RCC_CCIPR4 (OCTOSPISEL) kernel clock muxes at reset */                                         \
    LOAD_XM(RCC, 0xE8, 0x00000000u), /* H5: RCC_CCIPR5 (CKPERSEL) kernel clock muxes at reset */
/* The wait states back to reset last, then the ICACHE off. */
#define LAYOUT_H5_LAST                                                                                          \
    FIELD(FLASH, 0x00, 0x0000003Fu, 0x00000013u), /* H5: FLASH_ACR_LATENCY 3, FLASH_ACR_WRHIGHFREQ 1 (reset) */ \
    CLEAR(ICACHE, 0x00, 0x00000001u), /* H5: ICACHE_CR_EN off */                                                \
    WAIT_CLEAR(ICACHE, 0x00, 0x00000001u), /* H5: ICACHE_CR_EN reads 0 */                                       \
    WAIT_CLEAR(ICACHE, 0x04, 0x00000001u), /* H5: ICACHE_SR_BUSYF clear (invalidation done) */
static const sysboot_clock_step layout_h5_tree[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    LAYOUT_H5_TREE(0x00000008u, 0x10000000u, 0x20000000u) /* HSI / 2 */
    LOAD_XM(RCC, 0x30, 0x00000000u), /* H5: RCC_PLL3CFGR at reset */
    LOAD_XM(RCC, 0x44, 0x01010280u), /* H5: RCC_PLL3DIVR at reset */
    LOAD_XM(RCC, 0x48, 0x00000000u), /* H5: RCC_PLL3FRACR at reset */
    LAYOUT_H5_LAST
};
/* H503 (stm32h503xx.h, RM0492): no PLL3, and HSIDIV resets to /1 (64 MHz:
 * ST SVD of H503; RM0492 not read: unconfirmed). */
static const sysboot_clock_step layout_h503_tree[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    LAYOUT_H5_TREE(0x00000000u, 0u, 0u)
    LAYOUT_H5_LAST
};
/* Reset values (ST SVD): AHB1ENR 0xD0000100 (SRAM1, DCACHE1, BKPRAM, FLITF;
 * H503 0x90000100), AHB2ENR 0xC0000000 (SRAM3, SRAM2), the others 0;
 * AHB4ENR is reserved on H503 and reads 0, so it is not written there. */
static const sysboot_clock_step layout_h5_enables[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    CLEAR(RCC, 0x88, ~0xD0000100u), /* H5: RCC_AHB1ENR but SRAM1EN, DCACHE1EN, BKPRAMEN, FLITFEN */
    CLEAR_USB(RCC, 0x8C, ~0xC0000000u), /* H5: RCC_AHB2ENR but SRAM3EN, SRAM2EN (OTGFSEN/OTGHSEN on H5E/H5F) */
    LOAD(RCC, 0x94, 0x00000000u), /* H5: RCC_AHB4ENR */
    LOAD(RCC, 0x9C, 0x00000000u), /* H5: RCC_APB1LENR */
    LOAD(RCC, 0xA0, 0x00000000u), /* H5: RCC_APB1HENR */
    LOAD_USB(RCC, 0xA4, 0x00000000u), /* H5: RCC_APB2ENR */
    CLEAR(RCC, 0xA8, ~0x00200000u), /* H5: RCC_APB3ENR but RTCAPBEN */
};

/* U3 (cmsis_device_u3 v1.3.0 stm32u385xx.h, same RCC in stm32u375xx.h: CR
 * @0x00 MSISON 0, MSIKERON 1, MSISRDY 2, MSIKON 3, MSIKRDY 4, MSIPLL1EN 5,
 * MSIPLL0EN 6, HSION 11, HSIKERON 12, HSIRDY 13, HSI48ON 14, HSI48RDY 15,
 * HSEON 16, HSERDY 17, HSEBYP 18, HSECSSON 19, HSEEXT 20 (no PLL); ICSCR1
 * @0x08 MSISSEL 31, MSISDIV[30:29]; CFGR1 @0x1C SW[1:0] (00 = MSIS),
 * SWS[3:2]; CFGR2..CFGR4 @0x20..0x28; CCIPR1..3 @0x100..0x108; FLASH ACR
 * LATENCY[3:0]; ICACHE as U5). MSIS at 12 MHz (MSIRC1 24 MHz / 2) is the
 * reset clock (system_stm32u3xx.c); the range written as HAL_RCC_DeInit
 * writes it, with MSIK left running as it does. FLASH_ACR resets to
 * LATENCY 1 (0x00000001, ST SVD STM32U385), the wait states MSIS at 12 MHz
 * needs in range 2, the reset range and the lowest (PWR_VOSR 0x00020002,
 * same SVD: VOS left). MSIK may clock USB with its PLL modes: kept with it.
 * CCIPR1..3 reset 0 (same SVD). */
static const sysboot_clock_step layout_u3_tree[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    SET(FLASH, 0x00, 0x0000000Fu), /* U3: FLASH_ACR_LATENCY 15 (the line's maximum) */
    WAIT_SET(FLASH, 0x00, 0x0000000Fu), /* U3: the new FLASH_ACR_LATENCY in effect */
    SET(RCC, 0x00, 0x00000001u), /* U3: RCC_CR_MSISON */
    WAIT_SET(RCC, 0x00, 0x00000004u), /* U3: RCC_CR_MSISRDY */
    CLEAR(RCC, 0x1C, 0x00000003u), /* U3: RCC_CFGR1_SW = MSIS */
    WAIT_CLEAR(RCC, 0x1C, 0x0000000Cu), /* U3: RCC_CFGR1_SWS = MSIS */
    FIELD(RCC, 0x08, 0xE0000000u, 0xA0000000u), /* U3: RCC_ICSCR1_MSISSEL MSIRC1, RCC_ICSCR1_MSISDIV /2 (12 MHz) */
    LOAD(RCC, 0x1C, 0x00000000u), /* U3: RCC_CFGR1 (MCO, STOPWUCK) at reset */
    LOAD(RCC, 0x20, 0x00000000u), /* U3: RCC_CFGR2 (HPRE, PPRE1, PPRE2) at reset */
    LOAD(RCC, 0x24, 0x00000000u), /* U3: RCC_CFGR3 (PPRE3) at reset */
    LOAD(RCC, 0x28, 0x00000000u), /* U3: RCC_CFGR4 (booster clock) at reset */
    CLEAR_XM(RCC, 0x00, 0x00095862u), /* U3: RCC_CR_HSECSSON, HSEON, HSI48ON, HSIKERON, HSION, MSIPLL0EN, MSIPLL1EN, MSIKERON off */
    WAIT_CLEAR_XM(RCC, 0x00, 0x0002A000u), /* U3: RCC_CR_HSERDY, HSI48RDY, HSIRDY clear */
    CLEAR_XM(RCC, 0x00, 0x00140000u), /* U3: RCC_CR_HSEBYP, HSEEXT off with HSE stopped */
    LOAD_XM(RCC, 0x100, 0x00000000u), /* U3: RCC_CCIPR1 kernel clock muxes at reset */
    LOAD_XM(RCC, 0x104, 0x00000000u), /* U3: RCC_CCIPR2 kernel clock muxes at reset */
    LOAD_XM(RCC, 0x108, 0x00000000u), /* U3: RCC_CCIPR3 kernel clock muxes at reset */
    FIELD(FLASH, 0x00, 0x0000000Fu, 0x00000001u), /* U3: FLASH_ACR_LATENCY 1 (reset) */
    CLEAR(ICACHE, 0x00, 0x00000001u), /* U3: ICACHE_CR_EN off */
    WAIT_CLEAR(ICACHE, 0x00, 0x00000001u), /* U3: ICACHE_CR_EN reads 0 */
    WAIT_CLEAR(ICACHE, 0x04, 0x00000001u), /* U3: ICACHE_SR_BUSYF clear (invalidation done) */
};
/* Enables kept: the SRAMs' (AHB1ENR1 SRAM1EN 31, SRAM4EN 30; AHB2ENR1
 * SRAM3EN 31, SRAM2EN 30: stm32u3c5xx.h; SRAM3/SRAM4 on U3B5/U3C5 only,
 * reserved elsewhere; SRAM1EN/SRAM2EN are 1 at reset, ST SVD STM32U385,
 * SRAM3EN/SRAM4EN taken as the same: no U3C5 SVD read), FLASHEN (8), PWREN
 * (AHB1ENR2 2), RTCAPBEN (APB1ENR1 30). */
static const sysboot_clock_step layout_u3_enables[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    CLEAR(RCC, 0x88, ~0xC0000100u), /* U3: RCC_AHB1ENR1 but SRAM1EN, SRAM4EN, FLASHEN */
    CLEAR(RCC, 0x8C, ~0xC0000000u), /* U3: RCC_AHB2ENR1 but SRAM3EN, SRAM2EN */
    LOAD(RCC, 0x90, 0x00000000u), /* U3: RCC_AHB2ENR2 */
    CLEAR(RCC, 0x94, ~0x00000004u), /* U3: RCC_AHB1ENR2 but PWREN */
    CLEAR(RCC, 0x9C, ~0x40000000u), /* U3: RCC_APB1ENR1 but RTCAPBEN */
    LOAD(RCC, 0xA0, 0x00000000u), /* U3: RCC_APB1ENR2 */
    LOAD(RCC, 0xA4, 0x00000000u), /* U3: RCC_APB2ENR */
    LOAD(RCC, 0xA8, 0x00000000u), /* U3: RCC_APB3ENR */
};

/* C5 (STM32CubeC5 v2.0.0 stm32c562xx.h, as copied in zephyrproject-rtos
 * hal_stm32: CR1 @0x00 HSISON 0, HSIDIV3ON 1, HSIKON 2, HSIKERON 3,
 * HSISRDY 4, HSIDIV3RDY 5, HSIKRDY 6, PSISON 8, PSIDIV3ON 9, PSIKON 10,
 * PSIKERON 11, PSISRDY 12, PSIDIV3RDY 13, PSIKRDY 14, HSEON 16, HSERDY 17,
 * HSEBYP 18, HSECSSON 19, HSEEXT 20, RCC_CR1_Rst 0x22; CR2 @0x04 PSI
 * configuration, reset 0; CFGR1 @0x1C SW[1:0] (00 = HSIDIV3), SWS[4:3];
 * CFGR2 @0x20; CCIPR1/2 @0xD8/0xDC, reset 0; FLASH ACR LATENCY[3:0]; ICACHE
 * as U5; CCIPR3 @0xE0 XSPI1SEL, ETH1 clocks on C591/C593/C5A3, reset 0:
 * RCC_CCIPR3_Rst, stm32c593xx.h). HSIDIV3 (48 MHz) is the reset clock.
 * FLASH_ACR resets to LATENCY 7 on C531/C532/C542 (0x00000027) and to 4 on
 * C551/C552/C562/C591/C593/C5A3 (0x00000024: ST SVD STM32C5 V1.0): the
 * wait states go to 7 or more first and to 7 last, the higher reset value
 * (RM0522 not read: its wait-state table unconfirmed). */
static const sysboot_clock_step layout_c5_tree[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    SET(FLASH, 0x00, 0x00000007u), /* C5: FLASH_ACR_LATENCY 7 or more while the clock changes */
    WAIT_SET(FLASH, 0x00, 0x00000007u), /* C5: the new FLASH_ACR_LATENCY in effect */
    SET(RCC, 0x00, 0x00000002u), /* C5: RCC_CR1_HSIDIV3ON */
    WAIT_SET(RCC, 0x00, 0x00000020u), /* C5: RCC_CR1_HSIDIV3RDY */
    CLEAR(RCC, 0x1C, 0x00000003u), /* C5: RCC_CFGR1_SW = HSIDIV3 */
    WAIT_CLEAR(RCC, 0x1C, 0x00000018u), /* C5: RCC_CFGR1_SWS = HSIDIV3 */
    LOAD(RCC, 0x1C, 0x00000000u), /* C5: RCC_CFGR1 (MCO) at reset */
    LOAD(RCC, 0x20, 0x00000000u), /* C5: RCC_CFGR2 (HPRE, PPRE1..3, buses on) at reset */
    CLEAR_XM(RCC, 0x00, 0x00090F0Du), /* C5: RCC_CR1_HSECSSON, HSEON, PSI*ON, HSIKERON, HSIKON, HSISON off */
    WAIT_CLEAR_XM(RCC, 0x00, 0x00027050u), /* C5: RCC_CR1_HSERDY, PSI*RDY, HSIKRDY, HSISRDY clear */
    CLEAR_XM(RCC, 0x00, 0x00140000u), /* C5: RCC_CR1_HSEBYP, HSEEXT off with HSE stopped */
    LOAD_XM(RCC, 0x04, 0x00000000u), /* C5: RCC_CR2 (PSI configuration) at reset */
    LOAD_XM(RCC, 0xD8, 0x00000000u), /* C5: RCC_CCIPR1 kernel clock muxes at reset */
    LOAD_XM(RCC, 0xDC, 0x00000000u), /* C5: RCC_CCIPR2 kernel clock muxes at reset */
    LOAD_XM(RCC, 0xE0, 0x00000000u), /* C5: RCC_CCIPR3 (XSPI1SEL, ETH1 clocks) kernel clock muxes at reset */
    FIELD(FLASH, 0x00, 0x0000000Fu, 0x00000007u), /* C5: FLASH_ACR_LATENCY 7, C531/C532/C542's reset value, above the others' 4 */
    CLEAR(ICACHE, 0x00, 0x00000001u), /* C5: ICACHE_CR_EN off */
    WAIT_CLEAR(ICACHE, 0x00, 0x00000001u), /* C5: ICACHE_CR_EN reads 0 */
    WAIT_CLEAR(ICACHE, 0x04, 0x00000001u), /* C5: ICACHE_SR_BUSYF clear (invalidation done) */
};
/* RCC_AHB1ENR_Rst 0xC0000100 (SRAM1EN, SRAM2EN, FLASHEN), the others 0;
 * AHB4ENR exists on C5A3 only (reads 0 elsewhere, so not written). */
static const sysboot_clock_step layout_c5_enables[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    CLEAR(RCC, 0x88, ~0xC0000100u), /* C5: RCC_AHB1ENR but SRAM1EN, SRAM2EN, FLASHEN */
    LOAD(RCC, 0x8C, 0x00000000u), /* C5: RCC_AHB2ENR */
    LOAD(RCC, 0x94, 0x00000000u), /* C5: RCC_AHB4ENR */
    LOAD(RCC, 0x9C, 0x00000000u), /* C5: RCC_APB1LENR */
    LOAD(RCC, 0xA0, 0x00000000u), /* C5: RCC_APB1HENR */
    LOAD(RCC, 0xA4, 0x00000000u), /* C5: RCC_APB2ENR */
    CLEAR(RCC, 0xA8, ~0x00200000u), /* C5: RCC_APB3ENR but RTCAPBEN */
};

/* H7R/S (cmsis_device_h7rs stm32h7s7xx.h: CR @0x00 HSION 0, HSIKERON 1,
 * HSIRDY 2, HSIDIV[4:3], HSIDIVF 5, CSION 7, CSIRDY 8, CSIKERON 9, HSI48ON
 * 12, HSI48RDY 13, HSEON 16, HSERDY 17, HSEBYP 18, HSEEXT 19, HSECSSON 20,
 * PLL1ON..PLL3ON 24/26/28, each RDY one up; CFGR @0x10 SW[2:0], SWS[5:3];
 * CDCFGR @0x18, BMCFGR @0x1C, APBCFGR @0x20; PLLCKSELR @0x28; PLLCFGR
 * @0x2C; PLLxDIVR1/FRACR @0x30..0x44; PLLxDIVR2 @0xC0..0xC8; CCIPR1 @0x4C
 * FMCSEL[1:0], XSPI1SEL[5:4], XSPI2SEL[7:6]; CKPROTR @0x100 XSPICKP 0,
 * FMCCKP 1; ENR @0x134..0x158; FLASH ACR LATENCY[3:0], WRHIGHFREQ[5:4]).
 * HSI/1 (64 MHz) is the reset clock. The values are the ones
 * HAL_RCC_DeInit writes (PLLCKSELR 0x02020200, PLLxDIVR1 0x01010280,
 * PLLxDIVR2 0x101), and FLASH_LATENCY_DEFAULT (3 WS, WRHIGHFREQ 1) for the
 * ACR: RM0477 not read, so their being the reset values is unconfirmed.
 * Applications usually run from XSPI memory clocked by PLL2: then the
 * steps that could stop it are kept (clock.h, SYSBOOT_CLOCK_OP_KEEP);
 * from internal flash or RAM, the clock protection is dropped and the whole
 * tree reset. CCIPR2..4 (USART, USB PHY reference) are left: their reset
 * values are not known here. */
static const sysboot_clock_step layout_h7rs_tree[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    SET(FLASH, 0x00, 0x00000007u), /* H7RS: FLASH_ACR_LATENCY 7 or more while the clock changes */
    WAIT_SET(FLASH, 0x00, 0x00000007u), /* H7RS: the new FLASH_ACR_LATENCY in effect */
    SET(RCC, 0x00, 0x00000001u), /* H7RS: RCC_CR_HSION */
    WAIT_SET(RCC, 0x00, 0x00000004u), /* H7RS: RCC_CR_HSIRDY */
    CLEAR(RCC, 0x10, 0x00000007u), /* H7RS: RCC_CFGR_SW = HSI */
    WAIT_CLEAR(RCC, 0x10, 0x00000038u), /* H7RS: RCC_CFGR_SWS = HSI */
    LOAD(RCC, 0x10, 0x00000000u), /* H7RS: RCC_CFGR (MCO, RTCPRE, TIMPRE) at reset */
    LOAD(RCC, 0x18, 0x00000000u), /* H7RS: RCC_CDCFGR (CPRE) at reset */
    LOAD(RCC, 0x1C, 0x00000000u), /* H7RS: RCC_BMCFGR (BMPRE) at reset */
    LOAD(RCC, 0x20, 0x00000000u), /* H7RS: RCC_APBCFGR (PPRE1, 2, 4, 5) at reset */
    CLEAR_XM(RCC, 0x00, 0x00001002u), /* H7RS: RCC_CR_HSI48ON, HSIKERON off (nothing waits on them) */
    CLEAR_XM(RCC, 0x100, 0x00000003u), /* H7RS: RCC_CKPROTR XSPICKP, FMCCKP off */
    CLEAR_XM(RCC, 0x00, 0x15110280u), /* H7RS: RCC_CR_PLL1ON..PLL3ON, HSECSSON, HSEON, CSION, CSIKERON off */
    WAIT_CLEAR_XM(RCC, 0x00, 0x2A020100u), /* H7RS: RCC_CR_PLLxRDY, HSERDY, CSIRDY clear */
    CLEAR_XM(RCC, 0x00, 0x000C0000u), /* H7RS: RCC_CR_HSEBYP, HSEEXT off with HSE stopped */
    CLEAR_XM(RCC, 0x00, 0x00000018u), /* H7RS: RCC_CR_HSIDIV /1 (a PLL may run on HSI) */
    WAIT_SET_XM(RCC, 0x00, 0x00000020u), /* H7RS: RCC_CR_HSIDIVF: the divider in effect */
    LOAD_XM(RCC, 0x28, 0x02020200u), /* H7RS: RCC_PLLCKSELR at reset */
    LOAD_XM(RCC, 0x2C, 0x00000000u), /* H7RS: RCC_PLLCFGR at reset */
    LOAD_XM(RCC, 0x30, 0x01010280u), /* H7RS: RCC_PLL1DIVR1 at reset */
    LOAD_XM(RCC, 0x34, 0x00000000u), /* H7RS: RCC_PLL1FRACR at reset */
    LOAD_XM(RCC, 0x38, 0x01010280u), /* H7RS: RCC_PLL2DIVR1 at reset */
    LOAD_XM(RCC, 0x3C, 0x00000000u), /* H7RS: RCC_PLL2FRACR at reset */
    LOAD_XM(RCC, 0x40, 0x01010280u), /* H7RS: RCC_PLL3DIVR1 at reset */
    LOAD_XM(RCC, 0x44, 0x00000000u), /* H7RS: RCC_PLL3FRACR at reset */
    LOAD_XM(RCC, 0xC0, 0x00000101u), /* H7RS: RCC_PLL1DIVR2 at reset */
    LOAD_XM(RCC, 0xC4, 0x00000101u), /* H7RS: RCC_PLL2DIVR2 at reset */
    LOAD_XM(RCC, 0xC8, 0x00000101u), /* H7RS: RCC_PLL3DIVR2 at reset */
    CLEAR_XM(RCC, 0x4C, 0x000000F3u), /* H7RS: RCC_CCIPR1 FMCSEL, XSPI1SEL, XSPI2SEL = HCLK */
    FIELD(FLASH, 0x00, 0x0000003Fu, 0x00000013u), /* H7RS: FLASH_ACR_LATENCY 3, FLASH_ACR_WRHIGHFREQ 1 (default) */
};
/* Kept: SRAM1EN, SRAM2EN (AHB2ENR 29/30), BKPRAMEN (AHB4ENR 28); which bits
 * are on at reset is unconfirmed (RM0477 not read). */
static const sysboot_clock_step layout_h7rs_enables[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    LOAD(RCC, 0x134, 0x00000000u), /* H7RS: RCC_AHB5ENR (FMC, XSPI1/2, XSPIM) */
    LOAD_USB(RCC, 0x138, 0x00000000u), /* H7RS: RCC_AHB1ENR */
    CLEAR(RCC, 0x13C, ~0x60000000u), /* H7RS: RCC_AHB2ENR but SRAM1EN, SRAM2EN */
    CLEAR(RCC, 0x140, ~0x10000000u), /* H7RS: RCC_AHB4ENR but BKPRAMEN */
    LOAD(RCC, 0x144, 0x00000000u), /* H7RS: RCC_APB5ENR */
    LOAD(RCC, 0x148, 0x00000000u), /* H7RS: RCC_APB1ENR1 */
    LOAD(RCC, 0x14C, 0x00000000u), /* H7RS: RCC_APB1ENR2 */
    LOAD(RCC, 0x150, 0x00000000u), /* H7RS: RCC_APB2ENR */
    CLEAR(RCC, 0x154, ~0x00010000u), /* H7RS: RCC_APB4ENR but RTCAPBEN */
    LOAD(RCC, 0x158, 0x00000000u), /* H7RS: RCC_AHB3ENR */
};

#define SYSBOOT_CLOCK_SITE_NONE(rcc, flash, icache, pwr) \
    { { NULL, NULL }, { 0u, 0u, 0u, 0u }, { 0u, 0u }, SYSBOOT_CLOCK_LAYOUT_NONE }
#define SYSBOOT_CLOCK_SITE_OF(layout, tree, enables, rcc, flash, icache, pwr)         \
    { { tree, enables }, { rcc, flash, icache, pwr },                                 \
      { (uint8_t)(sizeof tree / sizeof tree[0]), (uint8_t)(sizeof enables / sizeof enables[0]) }, \
      SYSBOOT_CLOCK_LAYOUT_##layout }
#define SYSBOOT_CLOCK_SITE_F1(r, f, i, p) SYSBOOT_CLOCK_SITE_OF(F1, layout_f1_tree, layout_f1_enables, r, f, i, p)
#define SYSBOOT_CLOCK_SITE_F4(r, f, i, p) SYSBOOT_CLOCK_SITE_OF(F4, layout_f4_tree, layout_f4_enables, r, f, i, p)
#define SYSBOOT_CLOCK_SITE_F7(r, f, i, p) SYSBOOT_CLOCK_SITE_OF(F7, layout_f7_tree, layout_f4_enables, r, f, i, p)
#define SYSBOOT_CLOCK_SITE_L4(r, f, i, p) SYSBOOT_CLOCK_SITE_OF(L4, layout_l4_tree, layout_l4_enables, r, f, i, p)
#define SYSBOOT_CLOCK_SITE_G0(r, f, i, p) SYSBOOT_CLOCK_SITE_OF(G0, layout_g0_tree, layout_g0_enables, r, f, i, p)
#define SYSBOOT_CLOCK_SITE_H7(r, f, i, p) SYSBOOT_CLOCK_SITE_OF(H7, layout_h7_tree, layout_h7_enables, r, f, i, p)
#define SYSBOOT_CLOCK_SITE_H7AB(r, f, i, p) SYSBOOT_CLOCK_SITE_OF(H7AB, layout_h7_tree, layout_h7ab_enables, r, f, i, p)
#define SYSBOOT_CLOCK_SITE_G4(r, f, i, p) SYSBOOT_CLOCK_SITE_OF(G4, layout_g4_tree, layout_g4_enables, r, f, i, p)
#define SYSBOOT_CLOCK_SITE_WB(r, f, i, p) SYSBOOT_CLOCK_SITE_OF(WB, layout_wb_tree, layout_wb_enables, r, f, i, p)
#define SYSBOOT_CLOCK_SITE_WL(r, f, i, p) SYSBOOT_CLOCK_SITE_OF(WL, layout_wb_tree, layout_wl_enables, r, f, i, p)
#define SYSBOOT_CLOCK_SITE_U0(r, f, i, p) SYSBOOT_CLOCK_SITE_OF(U0, layout_u0_tree, layout_u0_enables, r, f, i, p)
#define SYSBOOT_CLOCK_SITE_L0(r, f, i, p) SYSBOOT_CLOCK_SITE_OF(L0, layout_l0_tree, layout_l0_enables, r, f, i, p)
#define SYSBOOT_CLOCK_SITE_L1(r, f, i, p) SYSBOOT_CLOCK_SITE_OF(L1, layout_l1_tree, layout_l1_enables, r, f, i, p)
#define SYSBOOT_CLOCK_SITE_U5(r, f, i, p) SYSBOOT_CLOCK_SITE_OF(U5, layout_u5_tree, layout_u5_enables, r, f, i, p)
#define SYSBOOT_CLOCK_SITE_L5(r, f, i, p) SYSBOOT_CLOCK_SITE_OF(L5, layout_l5_tree, layout_l5_enables, r, f, i, p)
#define SYSBOOT_CLOCK_SITE_WBA(r, f, i, p) SYSBOOT_CLOCK_SITE_OF(WBA, layout_wba_tree, layout_wba_enables, r, f, i, p)
#define SYSBOOT_CLOCK_SITE_H5(r, f, i, p) SYSBOOT_CLOCK_SITE_OF(H5, layout_h5_tree, layout_h5_enables, r, f, i, p)
#define SYSBOOT_CLOCK_SITE_H503(r, f, i, p) SYSBOOT_CLOCK_SITE_OF(H503, layout_h503_tree, layout_h5_enables, r, f, i, p)
#define SYSBOOT_CLOCK_SITE_U3(r, f, i, p) SYSBOOT_CLOCK_SITE_OF(U3, layout_u3_tree, layout_u3_enables, r, f, i, p)
#define SYSBOOT_CLOCK_SITE_C5(r, f, i, p) SYSBOOT_CLOCK_SITE_OF(C5, layout_c5_tree, layout_c5_enables, r, f, i, p)
#define SYSBOOT_CLOCK_SITE_H7RS(r, f, i, p) SYSBOOT_CLOCK_SITE_OF(H7RS, layout_h7rs_tree, layout_h7rs_enables, r, f, i, p)
#define SYSBOOT_CLOCK_SITE_C0(r, f, i, p) SYSBOOT_CLOCK_SITE_OF(C0, layout_c0_tree, layout_g0_enables, r, f, i, p)

#define SYSBOOT_RCC_ROW(key, layout, rcc, flash, icache, pwr, source) \
    [SYSBOOT_PROFILE_##key] = SYSBOOT_CLOCK_SITE_##layout(rcc, flash, icache, pwr),

/* Profiles without a SYSBOOT_RCC row stay zero: layout NONE. */
static const sysboot_clock_site sysboot_clock_sites[SYSBOOT_PROFILE_COUNT] = {
#define SYSBOOT_RCC SYSBOOT_RCC_ROW
#include "data_rows.h"
};

const sysboot_clock_site *sysboot_clock_site_of(const sysboot_device *d)
{
    return &sysboot_clock_sites[SYSBOOT_PROFILE_INDEX(d)];
}

/* Does the library's own code run from an external memory? */
static int code_in_external_memory(void)
{
    uint32_t at = sysboot_hw_code_address();
    return at >= SYSBOOT_CLOCK_XMEM_FIRST && at <= SYSBOOT_CLOCK_XMEM_LAST;
}

static uint32_t word_of(const sysboot_clock_step *step)
{
    return step->word[0] | (uint32_t)step->word[1] << 16;
}

/* 1 when every step of the part ran; 0 when a wait ran out (the later
 * steps not run). Steps with an op bit of `skip` are left out. */
static int run_steps(const sysboot_clock_site *s, unsigned part, unsigned skip)
{
    const sysboot_clock_step *step = s->steps[part];
    const sysboot_clock_step *end = step + s->count[part];

    for (; step < end; step++) {
        unsigned op = step->op;
        uint32_t block = s->base[op & SYSBOOT_CLOCK_OP_BLOCK];
        uint32_t addr = block + 4u * step->offset4;
        uint32_t word = word_of(step);
        uint32_t mask = (op & SYSBOOT_CLOCK_OP_WHOLE) != 0u ? ALL : word;
        uint32_t value = (op & SYSBOOT_CLOCK_OP_ZERO) != 0u ? 0u : word;

        if ((op & SYSBOOT_CLOCK_OP_FIELD) != 0u)
            value = word_of(++step);
        if ((op & skip) != 0u)
            continue; /* a step to leave out */
        if ((op & SYSBOOT_CLOCK_OP_WAIT) != 0u) {
            uint32_t left = SYSBOOT_CLOCK_WAIT_LOOPS;
            while ((sysboot_hw_read(addr) & mask) != value) {
                if (--left == 0u)
                    return 0; /* timed out: the later steps not run */
            }
        } else {
            uint32_t now = sysboot_hw_read(addr);
            /* RAISE: a field already above the value stays */
            if ((op & SYSBOOT_CLOCK_OP_RAISE) == SYSBOOT_CLOCK_OP_RAISE && (now & mask) > value)
                continue;
            /* only what differs: a register already at reset is not written */
            if ((now & mask) != value)
                sysboot_hw_write(addr, (now & ~mask) | value);
        }
    }
    return 1;
}

sysboot_status sysboot_clock_reset(const sysboot_device *d, unsigned part, uint32_t options)
{
    unsigned skip = SYSBOOT_CLOCK_OP_USB;
    int xmem = code_in_external_memory();

    /* Code in an external memory keeps what could clock it: among the
     * enables its controller's and its pins' clocks, so all of them. */
    if (xmem && part == SYSBOOT_CLOCK_ENABLES)
        return SYSBOOT_OK;
    /* It, or a USB device left running, keeps in the tree the marked steps. */
    if (xmem || (options & SYSBOOT_OPT_KEEP_USB) != 0u)
        skip |= SYSBOOT_CLOCK_OP_KEEP;
    /* The library leaves USB alone where the ROM has no USB DFU. */
    if ((sysboot_row(d)->interfaces & SYSBOOT_IF_USB_DFU) != 0u)
        skip &= ~SYSBOOT_CLOCK_OP_USB;
    return run_steps(sysboot_clock_site_of(d), part, skip) ? SYSBOOT_OK : SYSBOOT_ERR_CLOCK;
}

#else
typedef int sysboot_clock_reset_left_out; /* -DSYSBOOT_NO_CLOCK_RESET */
#endif /* SYSBOOT_NO_CLOCK_RESET */

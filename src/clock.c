/*
 * The direct path's clock reset (failure mode J2). The ROM assumes the
 * reset clock tree when it sets up its own clocks (HSE detection, the PLL
 * for USB DFU), and AN2606 asks code that jumps to it to stop the PLLs and
 * peripheral clocks first. Each register layout is a table of steps, run by
 * one small loop, with no HAL, no SysTick and no interrupt: every wait is
 * bounded. The order inside a table is the hardware's:
 *   reset oscillator on, wait ready -> SYSCLK switched to it, wait for the
 *   switch status -> prescalers -> PLLs and HSE off, wait unlocked -> PLL
 *   configuration and kernel clock muxes -> flash wait states lowered (only
 *   now that the clock is down);
 * the peripheral clock enables are a second table, run last by jump.c.
 * Facts: CMSIS device headers (register offsets, _Msk values) and the
 * reset values of the reference manuals named in data/stm32.def; the HAL's
 * HAL_RCC_DeInit() of each family was read for the order only.
 */
#include "clock.h"
#include "internal.h"
#include "profile_index.h"
#include "hw.h"
#include "peripherals.h"

#include <stddef.h>

#if !defined(SYSBOOT_NO_CLOCK_RESET)

#if defined(__GNUC__)
#define SYSBOOT_TABLE_MAYBE_UNUSED __attribute__((unused))
#else
#define SYSBOOT_TABLE_MAYBE_UNUSED
#endif

#define WRITE(block, offset, mask, value) { mask, value, offset, SYSBOOT_CLOCK_##block, 0u }
#define WAIT(block, offset, mask, value)  { mask, value, offset, SYSBOOT_CLOCK_##block, 1u }
#define ALL 0xFFFFFFFFu

/* F0/F1/F3 (cmsis_device_f0/f1/f3: CR @0x00, CFGR @0x04, AHBENR @0x14,
 * APB2ENR @0x18, APB1ENR @0x1C; FLASH ACR @0x00). PLLMUL/PLLSRC live in
 * CFGR and may change only with the PLL off: the prescalers go first, the
 * rest of CFGR after the PLLs. PLL2/PLL3 exist on F105/F107 only. */
static const sysboot_clock_step layout_f1_tree[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    WRITE(RCC, 0x00, 0x00000001u, 0x00000001u), /* F1: HSION */
    WAIT(RCC, 0x00, 0x00000002u, 0x00000002u),  /* F1: HSIRDY */
    WRITE(RCC, 0x04, 0x00000003u, 0x00000000u), /* F1: SW = HSI */
    WAIT(RCC, 0x04, 0x0000000Cu, 0x00000000u),  /* F1: SWS = HSI */
    WRITE(RCC, 0x04, 0x0000FFF0u, 0x00000000u), /* F1: HPRE, PPRE1, PPRE2, ADCPRE at reset */
    WRITE(RCC, 0x00, 0x15090000u, 0x00000000u), /* F1: PLLON, PLL2ON, PLL3ON, CSSON, HSEON off */
    WAIT(RCC, 0x00, 0x2A020000u, 0x00000000u),  /* F1: PLLRDY, PLL2RDY, PLL3RDY, HSERDY clear */
    WRITE(RCC, 0x00, 0x00040000u, 0x00000000u), /* F1: HSEBYP off with HSE stopped */
    WRITE(RCC, 0x04, ALL, 0x00000000u),         /* F1: PLL source and multiplier, USB, MCO at reset */
    WRITE(FLASH, 0x00, 0x00000007u, 0x00000000u), /* F1: LATENCY 0 */
};
static const sysboot_clock_step layout_f1_enables[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    WRITE(RCC, 0x14, ~0x00000014u, 0x00000000u), /* F1: AHBENR but SRAMEN, FLITFEN */
    WRITE(RCC, 0x18, ~0x00400000u, 0x00000000u), /* F1: APB2ENR but DBGMCUEN (F0) */
    WRITE(RCC, 0x1C, ALL, 0x00000000u),          /* F1: APB1ENR */
};

/* F2/F4/F7 (cmsis_device_f2/f4/f7: CR @0x00, PLLCFGR @0x04, CFGR @0x08,
 * AHB1ENR..AHB3ENR @0x30..0x38, APB1ENR @0x40, APB2ENR @0x44; FLASH ACR
 * LATENCY[3:0]). PLLI2S and PLLSAI bits are reserved (0) where absent.
 * PLLCFGR reset value 0x24003010: RM0033, RM0090, RM0385. */
static const sysboot_clock_step layout_f4_tree[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    WRITE(RCC, 0x00, 0x00000001u, 0x00000001u), /* F4: HSION */
    WAIT(RCC, 0x00, 0x00000002u, 0x00000002u),  /* F4: HSIRDY */
    WRITE(RCC, 0x08, 0x00000003u, 0x00000000u), /* F4: SW = HSI */
    WAIT(RCC, 0x08, 0x0000000Cu, 0x00000000u),  /* F4: SWS = HSI */
    WRITE(RCC, 0x08, ALL, 0x00000000u),         /* F4: HPRE, PPRE1, PPRE2, RTCPRE, MCO at reset */
    WRITE(RCC, 0x00, 0x15090000u, 0x00000000u), /* F4: PLLON, PLLI2SON, PLLSAION, CSSON, HSEON off */
    WAIT(RCC, 0x00, 0x2A020000u, 0x00000000u),  /* F4: PLLRDY, PLLI2SRDY, PLLSAIRDY, HSERDY clear */
    WRITE(RCC, 0x00, 0x00040000u, 0x00000000u), /* F4: HSEBYP off with HSE stopped */
    WRITE(RCC, 0x04, ALL, 0x24003010u),         /* F4: PLLCFGR at reset */
    WRITE(FLASH, 0x00, 0x0000000Fu, 0x00000000u), /* F4: LATENCY 0 */
};
static const sysboot_clock_step layout_f4_enables[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    WRITE(RCC, 0x30, ~0x00140000u, 0x00000000u), /* F4: AHB1ENR but BKPSRAMEN, CCMDATARAMEN/DTCMRAMEN */
    WRITE(RCC, 0x34, ALL, 0x00000000u),          /* F4: AHB2ENR */
    WRITE(RCC, 0x38, ALL, 0x00000000u),          /* F4: AHB3ENR */
    WRITE(RCC, 0x40, ALL, 0x00000000u),          /* F4: APB1ENR */
    WRITE(RCC, 0x44, ALL, 0x00000000u),          /* F4: APB2ENR */
};

/* L4/L4+ (cmsis_device_l4: CR @0x00 MSION 0, MSIRDY 1, MSIRANGE[7:4],
 * HSION 8, HSIRDY 10; CFGR @0x08; PLLCFGR @0x0C; AHB1ENR @0x48 FLASHEN 8;
 * AHB2ENR @0x4C, AHB3ENR @0x50, APB1ENR1 @0x58, APB1ENR2 @0x5C, APB2ENR
 * @0x60; CCIPR @0x88). MSI at 4 MHz (range 6) is the reset clock (RM0351
 * 6.2.3); the range may change only while MSIRDY is set, as it is after
 * the first wait. */
static const sysboot_clock_step layout_l4_tree[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    WRITE(RCC, 0x00, 0x00000001u, 0x00000001u), /* L4: MSION */
    WAIT(RCC, 0x00, 0x00000002u, 0x00000002u),  /* L4: MSIRDY */
    WRITE(RCC, 0x08, 0x00000003u, 0x00000000u), /* L4: SW = MSI */
    WAIT(RCC, 0x08, 0x0000000Cu, 0x00000000u),  /* L4: SWS = MSI */
    WRITE(RCC, 0x00, 0x000000F0u, 0x00000060u), /* L4: MSIRANGE 6 (4 MHz) */
    WRITE(RCC, 0x08, ALL, 0x00000000u),         /* L4: HPRE, PPRE1, PPRE2, MCO at reset */
    WRITE(RCC, 0x00, 0x15090B00u, 0x00000000u), /* L4: PLLON, PLLSAI1ON, PLLSAI2ON, HSEON, HSION off */
    WAIT(RCC, 0x00, 0x2A020400u, 0x00000000u),  /* L4: PLLRDY, PLLSAI1RDY, PLLSAI2RDY, HSERDY, HSIRDY clear */
    WRITE(RCC, 0x00, 0x00040000u, 0x00000000u), /* L4: HSEBYP off with HSE stopped */
    WRITE(RCC, 0x0C, ALL, 0x00001000u),         /* L4: PLLCFGR at reset */
    WRITE(RCC, 0x88, ALL, 0x00000000u),         /* L4: CCIPR kernel clock muxes at reset */
    WRITE(FLASH, 0x00, 0x0000000Fu, 0x00000000u), /* L4: LATENCY 0 */
};
static const sysboot_clock_step layout_l4_enables[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    WRITE(RCC, 0x48, ~0x00000100u, 0x00000000u), /* L4: AHB1ENR but FLASHEN */
    WRITE(RCC, 0x4C, ALL, 0x00000000u),          /* L4: AHB2ENR */
    WRITE(RCC, 0x50, ALL, 0x00000000u),          /* L4: AHB3ENR */
    WRITE(RCC, 0x58, ALL, 0x00000000u),          /* L4: APB1ENR1 */
    WRITE(RCC, 0x5C, ALL, 0x00000000u),          /* L4: APB1ENR2 */
    WRITE(RCC, 0x60, ALL, 0x00000000u),          /* L4: APB2ENR */
};

/* G0/C0 (cmsis_device_g0/c0: CR @0x00 HSION 8, HSIRDY 10; CFGR @0x08
 * SW[2:0], SWS[5:3]; IOPENR @0x34, AHBENR @0x38 FLASHEN 8, APBENR1 @0x3C
 * DBGEN 27, APBENR2 @0x40). C0 has no PLL (its PLL bits read 0), so
 * PLLCFGR is left alone; HSIDIV (reset /1 on G0, /4 on C0) too. */
static const sysboot_clock_step layout_g0_tree[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    WRITE(RCC, 0x00, 0x00000100u, 0x00000100u), /* G0: HSION */
    WAIT(RCC, 0x00, 0x00000400u, 0x00000400u),  /* G0: HSIRDY */
    WRITE(RCC, 0x08, 0x00000007u, 0x00000000u), /* G0: SW = HSISYS */
    WAIT(RCC, 0x08, 0x00000038u, 0x00000000u),  /* G0: SWS = HSISYS */
    WRITE(RCC, 0x08, ALL, 0x00000000u),         /* G0: HPRE, PPRE, MCO at reset */
    WRITE(RCC, 0x00, 0x01090000u, 0x00000000u), /* G0: PLLON, CSSON, HSEON off */
    WAIT(RCC, 0x00, 0x02020000u, 0x00000000u),  /* G0: PLLRDY, HSERDY clear */
    WRITE(RCC, 0x00, 0x00040000u, 0x00000000u), /* G0: HSEBYP off with HSE stopped */
    WRITE(FLASH, 0x00, 0x00000007u, 0x00000000u), /* G0: LATENCY 0 */
};
static const sysboot_clock_step layout_g0_enables[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    WRITE(RCC, 0x34, ALL, 0x00000000u),          /* G0: IOPENR */
    WRITE(RCC, 0x38, ~0x00000100u, 0x00000000u), /* G0: AHBENR but FLASHEN */
    WRITE(RCC, 0x3C, ~0x08000000u, 0x00000000u), /* G0: APBENR1 but DBGEN */
    WRITE(RCC, 0x40, ALL, 0x00000000u),          /* G0: APBENR2 */
};

/* H7 (cmsis_device_h7 stm32h743xx.h, same offsets in h7a3/h723: CR @0x00
 * HSION 0, HSIRDY 2, HSI48ON 12, HSEON 16, PLL1ON..PLL3ON 24/26/28; CFGR
 * @0x10 SW[2:0], SWS[5:3]; D1CFGR..D3CFGR @0x18..0x20; PLLCKSELR @0x28;
 * PLLCFGR @0x2C; PLL1DIVR..PLL3FRACR @0x30..0x44; D1CCIPR..D3CCIPR
 * @0x4C..0x58; AHB3ENR..APB4ENR @0xD4..0xF4). The switch comes before the
 * domain prescalers: sys_ck may exceed the bus maximum with HPRE at 1. */
static const sysboot_clock_step layout_h7_tree[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    WRITE(RCC, 0x00, 0x00000001u, 0x00000001u), /* H7: HSION */
    WAIT(RCC, 0x00, 0x00000004u, 0x00000004u),  /* H7: HSIRDY */
    WRITE(RCC, 0x10, 0x00000007u, 0x00000000u), /* H7: SW = HSI */
    WAIT(RCC, 0x10, 0x00000038u, 0x00000000u),  /* H7: SWS = HSI */
    WRITE(RCC, 0x18, ALL, 0x00000000u),         /* H7: D1CFGR (D1CPRE, HPRE, D1PPRE) at reset */
    WRITE(RCC, 0x1C, ALL, 0x00000000u),         /* H7: D2CFGR at reset */
    WRITE(RCC, 0x20, ALL, 0x00000000u),         /* H7: D3CFGR at reset */
    WRITE(RCC, 0x10, ALL, 0x00000000u),         /* H7: CFGR (MCO, RTCPRE, TIMPRE) at reset */
    WRITE(RCC, 0x00, 0x15091000u, 0x00000000u), /* H7: PLL1ON, PLL2ON, PLL3ON, HSECSSON, HSEON, HSI48ON off */
    WAIT(RCC, 0x00, 0x2A022000u, 0x00000000u),  /* H7: PLL1RDY, PLL2RDY, PLL3RDY, HSERDY, HSI48RDY clear */
    WRITE(RCC, 0x00, 0x00040000u, 0x00000000u), /* H7: HSEBYP off with HSE stopped */
    WRITE(RCC, 0x28, ALL, 0x02020200u),         /* H7: PLLCKSELR at reset */
    WRITE(RCC, 0x2C, ALL, 0x01FF0000u),         /* H7: PLLCFGR at reset */
    WRITE(RCC, 0x30, ALL, 0x01010280u),         /* H7: PLL1DIVR at reset */
    WRITE(RCC, 0x34, ALL, 0x00000000u),         /* H7: PLL1FRACR at reset */
    WRITE(RCC, 0x38, ALL, 0x01010280u),         /* H7: PLL2DIVR at reset */
    WRITE(RCC, 0x3C, ALL, 0x00000000u),         /* H7: PLL2FRACR at reset */
    WRITE(RCC, 0x40, ALL, 0x01010280u),         /* H7: PLL3DIVR at reset */
    WRITE(RCC, 0x44, ALL, 0x00000000u),         /* H7: PLL3FRACR at reset */
    WRITE(RCC, 0x4C, ALL, 0x00000000u),         /* H7: D1CCIPR kernel clock muxes at reset */
    WRITE(RCC, 0x50, ALL, 0x00000000u),         /* H7: D2CCIP1R kernel clock muxes at reset */
    WRITE(RCC, 0x54, ALL, 0x00000000u),         /* H7: D2CCIP2R kernel clock muxes at reset */
    WRITE(RCC, 0x58, ALL, 0x00000000u),         /* H7: D3CCIPR kernel clock muxes at reset */
};
static const sysboot_clock_step layout_h7_enables[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    WRITE(RCC, 0xD4, ALL, 0x00000000u),          /* H7: AHB3ENR */
    WRITE(RCC, 0xD8, ALL, 0x00000000u),          /* H7: AHB1ENR */
    WRITE(RCC, 0xDC, ~0xE0000000u, 0x00000000u), /* H7: AHB2ENR but D2 SRAM1..3 */
    WRITE(RCC, 0xE0, ~0x30000000u, 0x00000000u), /* H7: AHB4ENR but BKPRAMEN, SRDSRAMEN */
    WRITE(RCC, 0xE4, ALL, 0x00000000u),          /* H7: APB3ENR */
    WRITE(RCC, 0xE8, ALL, 0x00000000u),          /* H7: APB1LENR */
    WRITE(RCC, 0xEC, ALL, 0x00000000u),          /* H7: APB1HENR */
    WRITE(RCC, 0xF0, ALL, 0x00000000u),          /* H7: APB2ENR */
    WRITE(RCC, 0xF4, ALL, 0x00000000u),          /* H7: APB4ENR */
};

/* G4 (cmsis_device_g4 stm32g474xx.h, same offsets in g431/g491/g414: CR
 * @0x00 HSION 8, HSIRDY 10, HSEON 16, HSERDY 17, HSEBYP 18, CSSON 19, PLLON
 * 24, PLLRDY 25; CFGR @0x08 SW[1:0], SWS[3:2] (01 = HSI16, the reset
 * clock: CFGR resets to 0x00000005, RM0440); PLLCFGR @0x0C; AHB1ENR @0x48
 * FLASHEN 8; APB1ENR1 @0x58 RTCAPBEN 10; CCIPR @0x88, CCIPR2 @0x9C; FLASH
 * ACR LATENCY[3:0]). HSI48 (CRRCR) and the boost mode (PWR_CR5) are left
 * as they are. The SW write keeps the prescalers: the frequency only falls. */
static const sysboot_clock_step layout_g4_tree[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    WRITE(RCC, 0x00, 0x00000100u, 0x00000100u), /* G4: HSION */
    WAIT(RCC, 0x00, 0x00000400u, 0x00000400u),  /* G4: HSIRDY */
    WRITE(RCC, 0x08, 0x00000003u, 0x00000001u), /* G4: SW = HSI16 */
    WAIT(RCC, 0x08, 0x0000000Cu, 0x00000004u),  /* G4: SWS = HSI16 */
    WRITE(RCC, 0x08, 0xFFFFFFF0u, 0x00000000u), /* G4: HPRE, PPRE1, PPRE2, MCO at reset */
    WRITE(RCC, 0x00, 0x01090000u, 0x00000000u), /* G4: PLLON, CSSON, HSEON off */
    WAIT(RCC, 0x00, 0x02020000u, 0x00000000u),  /* G4: PLLRDY, HSERDY clear */
    WRITE(RCC, 0x00, 0x00040000u, 0x00000000u), /* G4: HSEBYP off with HSE stopped */
    WRITE(RCC, 0x0C, ALL, 0x00001000u),         /* G4: PLLCFGR at reset */
    WRITE(RCC, 0x88, ALL, 0x00000000u),         /* G4: CCIPR kernel clock muxes at reset */
    WRITE(RCC, 0x9C, ALL, 0x00000000u),         /* G4: CCIPR2 kernel clock muxes at reset */
    WRITE(FLASH, 0x00, 0x0000000Fu, 0x00000000u), /* G4: LATENCY 0 */
};
static const sysboot_clock_step layout_g4_enables[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    WRITE(RCC, 0x48, ~0x00000100u, 0x00000000u), /* G4: AHB1ENR but FLASHEN */
    WRITE(RCC, 0x4C, ALL, 0x00000000u),          /* G4: AHB2ENR */
    WRITE(RCC, 0x50, ALL, 0x00000000u),          /* G4: AHB3ENR */
    WRITE(RCC, 0x58, ~0x00000400u, 0x00000000u), /* G4: APB1ENR1 but RTCAPBEN */
    WRITE(RCC, 0x5C, ALL, 0x00000000u),          /* G4: APB1ENR2 */
    WRITE(RCC, 0x60, ALL, 0x00000000u),          /* G4: APB2ENR */
};

/* WB and WL (cmsis_device_wb stm32wb55xx.h/stm32wb15xx.h, cmsis_device_wl
 * stm32wl55xx.h/stm32wle5xx.h: CR @0x00 MSION 0, MSIRDY 1, MSIPLLEN 2,
 * MSIRANGE[7:4], HSION 8, HSIKERON 9, HSIRDY 10, HSIASFS 11, HSEON 16,
 * HSERDY 17, CSSON 19, HSEPRE 20, HSEBYPPWR 21 (WL; reserved on WB), PLLON
 * 24, PLLRDY 25, PLLSAI1ON 26, PLLSAI1RDY 27 (WB5x/WB3x; reserved
 * elsewhere); CFGR @0x08 as L4; PLLCFGR @0x0C; CCIPR @0x88; EXTCFGR
 * @0x108 SHDHPRE[3:0], C2HPRE[7:4]; AHB3ENR @0x50 FLASHEN 25). MSI at 4 MHz
 * (range 6) is the reset clock. CPU2's prescaler C2HPRE and its C2xxxENR
 * are CPU2's and left as they are; so are WB's SMPSCR and PLLSAI1CFGR. */
static const sysboot_clock_step layout_wb_tree[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    WRITE(RCC, 0x00, 0x00000005u, 0x00000001u), /* WB: MSION, MSIPLLEN off */
    WAIT(RCC, 0x00, 0x00000002u, 0x00000002u),  /* WB: MSIRDY */
    WRITE(RCC, 0x08, 0x00000003u, 0x00000000u), /* WB: SW = MSI */
    WAIT(RCC, 0x08, 0x0000000Cu, 0x00000000u),  /* WB: SWS = MSI */
    WRITE(RCC, 0x00, 0x000000F0u, 0x00000060u), /* WB: MSIRANGE 6 (4 MHz) */
    WRITE(RCC, 0x08, ALL, 0x00000000u),         /* WB: HPRE, PPRE1, PPRE2, MCO at reset */
    WRITE(RCC, 0x108, 0x0000000Fu, 0x00000000u), /* WB: EXTCFGR SHDHPRE at reset */
    WRITE(RCC, 0x00, 0x05190B00u, 0x00000000u), /* WB: PLLON, PLLSAI1ON, HSEPRE, CSSON, HSEON, HSI off */
    WAIT(RCC, 0x00, 0x0A020400u, 0x00000000u),  /* WB: PLLRDY, PLLSAI1RDY, HSERDY, HSIRDY clear */
    WRITE(RCC, 0x00, 0x00200000u, 0x00000000u), /* WB: HSEBYPPWR (WL TCXO supply) off with HSE stopped */
    WRITE(RCC, 0x0C, ALL, 0x22040100u),         /* WB: PLLCFGR at reset */
    WRITE(RCC, 0x88, ALL, 0x00000000u),         /* WB: CCIPR kernel clock muxes at reset */
    WRITE(FLASH, 0x00, 0x00000007u, 0x00000000u), /* WB: LATENCY 0 */
};
static const sysboot_clock_step layout_wb_enables[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    WRITE(RCC, 0x48, ALL, 0x00000000u),          /* WB: AHB1ENR */
    WRITE(RCC, 0x4C, ALL, 0x00000000u),          /* WB: AHB2ENR */
    WRITE(RCC, 0x50, ~0x02000000u, 0x00000000u), /* WB: AHB3ENR but FLASHEN */
    WRITE(RCC, 0x58, ~0x00000400u, 0x00000000u), /* WB: APB1ENR1 but RTCAPBEN */
    WRITE(RCC, 0x5C, ALL, 0x00000000u),          /* WB: APB1ENR2 */
    WRITE(RCC, 0x60, ALL, 0x00000000u),          /* WB: APB2ENR */
};
/* WL: WB's registers plus APB3ENR @0x64 (SUBGHZSPIEN 0; reserved on WB). */
static const sysboot_clock_step layout_wl_enables[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    WRITE(RCC, 0x48, ALL, 0x00000000u),          /* WL: AHB1ENR */
    WRITE(RCC, 0x4C, ALL, 0x00000000u),          /* WL: AHB2ENR */
    WRITE(RCC, 0x50, ~0x02000000u, 0x00000000u), /* WL: AHB3ENR but FLASHEN */
    WRITE(RCC, 0x58, ~0x00000400u, 0x00000000u), /* WL: APB1ENR1 but RTCAPBEN */
    WRITE(RCC, 0x5C, ALL, 0x00000000u),          /* WL: APB1ENR2 */
    WRITE(RCC, 0x60, ALL, 0x00000000u),          /* WL: APB2ENR */
    WRITE(RCC, 0x64, ALL, 0x00000000u),          /* WL: APB3ENR */
};

/* U0 (cmsis_device_u0 stm32u083xx.h/stm32u031xx.h: CR @0x00 as L4 (MSION
 * 0, MSIRDY 1, MSIPLLEN 2, MSIRANGE[7:4], HSION 8, HSIKERON 9, HSIRDY 10,
 * HSIASFS 11, HSEON 16, HSERDY 17, HSEBYP 18, CSSON 19, PLLON 24, PLLRDY
 * 25); CFGR @0x08 SW[2:0], SWS[5:3] with 000 = MSI (system_stm32u0xx.c),
 * HPRE[11:8], PPRE[14:12]; PLLCFGR @0x0C; AHBENR @0x48 FLASHEN 8, IOPENR
 * @0x4C, APBENR1 @0x58 RTCAPBEN 10, APBENR2 @0x60; CCIPR @0x88). MSI at
 * 4 MHz (range 6) is the reset clock (system_stm32u0xx.c, RM0503). */
static const sysboot_clock_step layout_u0_tree[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    WRITE(RCC, 0x00, 0x00000005u, 0x00000001u), /* U0: MSION, MSIPLLEN off */
    WAIT(RCC, 0x00, 0x00000002u, 0x00000002u),  /* U0: MSIRDY */
    WRITE(RCC, 0x08, 0x00000007u, 0x00000000u), /* U0: SW = MSI */
    WAIT(RCC, 0x08, 0x00000038u, 0x00000000u),  /* U0: SWS = MSI */
    WRITE(RCC, 0x00, 0x000000F0u, 0x00000060u), /* U0: MSIRANGE 6 (4 MHz) */
    WRITE(RCC, 0x08, ALL, 0x00000000u),         /* U0: HPRE, PPRE, MCO1, MCO2 at reset */
    WRITE(RCC, 0x00, 0x01090B00u, 0x00000000u), /* U0: PLLON, CSSON, HSEON, HSI off */
    WAIT(RCC, 0x00, 0x02020400u, 0x00000000u),  /* U0: PLLRDY, HSERDY, HSIRDY clear */
    WRITE(RCC, 0x00, 0x00040000u, 0x00000000u), /* U0: HSEBYP off with HSE stopped */
    WRITE(RCC, 0x0C, ALL, 0x00001000u),         /* U0: PLLCFGR at reset */
    WRITE(RCC, 0x88, ALL, 0x00000000u),         /* U0: CCIPR kernel clock muxes at reset */
    WRITE(FLASH, 0x00, 0x00000007u, 0x00000000u), /* U0: LATENCY 0 */
};
static const sysboot_clock_step layout_u0_enables[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    WRITE(RCC, 0x48, ~0x00000100u, 0x00000000u), /* U0: AHBENR but FLASHEN */
    WRITE(RCC, 0x4C, ALL, 0x00000000u),          /* U0: IOPENR */
    WRITE(RCC, 0x58, ~0x00000400u, 0x00000000u), /* U0: APBENR1 but RTCAPBEN */
    WRITE(RCC, 0x60, ALL, 0x00000000u),          /* U0: APBENR2 */
};

/* L0 (cmsis_device_l0 stm32l073xx.h/stm32l011xx.h: CR @0x00 HSI16ON 0,
 * HSIKERON 1, HSI16RDY 2, HSIDIVEN 3, HSIOUTEN 5, MSION 8, MSIRDY 9, HSEON
 * 16, HSERDY 17, HSEBYP 18, CSSHSEON 19, PLLON 24, PLLRDY 25; ICSCR @0x04
 * MSIRANGE[15:13]; CFGR @0x0C SW[1:0] (00 = MSI), SWS[3:2], prescalers
 * [15:4], PLLSRC/PLLMUL/PLLDIV [23:16], MCO [30:24]; IOPENR @0x2C, AHBENR
 * @0x30 MIFEN 8, APB2ENR @0x34 FWEN 7, DBGEN 22, APB1ENR @0x38; FLASH ACR
 * LATENCY bit 0). MSI range 5 (2.097 MHz) is the reset clock (RM0377,
 * RM0376); the range may change only while MSIRDY is set. HSI48 (CRRCR)
 * and the voltage range (PWR_CR.VOS) are left as they are. */
static const sysboot_clock_step layout_l0_tree[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    WRITE(RCC, 0x00, 0x00000100u, 0x00000100u), /* L0: MSION */
    WAIT(RCC, 0x00, 0x00000200u, 0x00000200u),  /* L0: MSIRDY */
    WRITE(RCC, 0x0C, 0x00000003u, 0x00000000u), /* L0: SW = MSI */
    WAIT(RCC, 0x0C, 0x0000000Cu, 0x00000000u),  /* L0: SWS = MSI */
    WRITE(RCC, 0x04, 0x0000E000u, 0x0000A000u), /* L0: MSIRANGE 5 (2.097 MHz) */
    WRITE(RCC, 0x0C, 0xFF00FFF0u, 0x00000000u), /* L0: HPRE, PPRE1, PPRE2, STOPWUCK, MCO at reset */
    WRITE(RCC, 0x00, 0x0109002Bu, 0x00000000u), /* L0: PLLON, CSSHSEON, HSEON, HSI16 and its divider off */
    WAIT(RCC, 0x00, 0x02020004u, 0x00000000u),  /* L0: PLLRDY, HSERDY, HSI16RDY clear */
    WRITE(RCC, 0x00, 0x00040000u, 0x00000000u), /* L0: HSEBYP off with HSE stopped */
    WRITE(RCC, 0x0C, ALL, 0x00000000u),         /* L0: PLL source, multiplier, divider at reset */
    WRITE(FLASH, 0x00, 0x00000001u, 0x00000000u), /* L0: LATENCY 0 */
};
static const sysboot_clock_step layout_l0_enables[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    WRITE(RCC, 0x2C, ALL, 0x00000000u),          /* L0: IOPENR */
    WRITE(RCC, 0x30, ~0x00000100u, 0x00000000u), /* L0: AHBENR but MIFEN */
    WRITE(RCC, 0x34, ~0x00400080u, 0x00000000u), /* L0: APB2ENR but DBGEN, FWEN */
    WRITE(RCC, 0x38, ALL, 0x00000000u),          /* L0: APB1ENR */
};

/* L1 (cmsis_device_l1 stm32l152xe.h/stm32l151xb.h: CR @0x00 HSION 0,
 * HSIRDY 1, MSION 8, MSIRDY 9, HSEON 16, HSERDY 17, HSEBYP 18, PLLON 24,
 * PLLRDY 25, CSSON 28; ICSCR @0x04 MSIRANGE[15:13]; CFGR @0x08 SW[1:0] (00
 * = MSI), SWS[3:2], prescalers [13:4], PLLSRC/PLLMUL/PLLDIV [23:16], MCO
 * [30:24]; AHBENR @0x1C FLITFEN 15, APB2ENR @0x20, APB1ENR @0x24; FLASH
 * ACR LATENCY bit 0, ACC64 bit 2). MSI range 5 (2.097 MHz) is the reset
 * clock (RM0038). ACC64 and PRFTEN stay: 64-bit access at 0 wait states is
 * allowed, and LATENCY 1 was only writable with ACC64 set. VOS left. */
static const sysboot_clock_step layout_l1_tree[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    WRITE(RCC, 0x00, 0x00000100u, 0x00000100u), /* L1: MSION */
    WAIT(RCC, 0x00, 0x00000200u, 0x00000200u),  /* L1: MSIRDY */
    WRITE(RCC, 0x08, 0x00000003u, 0x00000000u), /* L1: SW = MSI */
    WAIT(RCC, 0x08, 0x0000000Cu, 0x00000000u),  /* L1: SWS = MSI */
    WRITE(RCC, 0x04, 0x0000E000u, 0x0000A000u), /* L1: MSIRANGE 5 (2.097 MHz) */
    WRITE(RCC, 0x08, 0xFF00FFF0u, 0x00000000u), /* L1: HPRE, PPRE1, PPRE2, MCO at reset */
    WRITE(RCC, 0x00, 0x11010001u, 0x00000000u), /* L1: CSSON, PLLON, HSEON, HSION off */
    WAIT(RCC, 0x00, 0x02020002u, 0x00000000u),  /* L1: PLLRDY, HSERDY, HSIRDY clear */
    WRITE(RCC, 0x00, 0x00040000u, 0x00000000u), /* L1: HSEBYP off with HSE stopped */
    WRITE(RCC, 0x08, ALL, 0x00000000u),         /* L1: PLL source, multiplier, divider at reset */
    WRITE(FLASH, 0x00, 0x00000001u, 0x00000000u), /* L1: LATENCY 0 */
};
static const sysboot_clock_step layout_l1_enables[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    WRITE(RCC, 0x1C, ~0x00008000u, 0x00000000u), /* L1: AHBENR but FLITFEN */
    WRITE(RCC, 0x20, ALL, 0x00000000u),          /* L1: APB2ENR */
    WRITE(RCC, 0x24, ALL, 0x00000000u),          /* L1: APB1ENR */
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
 * CCIPR1..CCIPR3 @0xE0..0xE8; ENR @0x88..0xA8; FLASH ACR LATENCY[3:0];
 * ICACHE CR @0x00 EN 0, SR @0x04 BUSYF 0). MSIS at 4 MHz (range 4) is the
 * reset clock (system_stm32u5xx.c); a range may change only while its MSI
 * is ready. MSIK (on at reset) is left running; VOS and the EPOD booster
 * (PWR) are left as they are. The ICACHE goes off last, once the clock is
 * down: a clock wait that runs out leaves the application its cache, and
 * no RM text asks for another order (RM0456 not re-read: unconfirmed). */
static const sysboot_clock_step layout_u5_tree[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    WRITE(RCC, 0x00, 0x00000009u, 0x00000001u), /* U5: MSISON, MSIPLLEN off */
    WAIT(RCC, 0x00, 0x00000004u, 0x00000004u),  /* U5: MSISRDY */
    WRITE(RCC, 0x1C, 0x00000003u, 0x00000000u), /* U5: SW = MSIS */
    WAIT(RCC, 0x1C, 0x0000000Cu, 0x00000000u),  /* U5: SWS = MSIS */
    WRITE(RCC, 0x08, 0xFF800000u, 0x44000000u), /* U5: MSISRANGE, MSIKRANGE 4 (4 MHz), MSIRGSEL at reset */
    WRITE(RCC, 0x1C, ALL, 0x00000000u),         /* U5: CFGR1 (MCO, STOPWUCK) at reset */
    WRITE(RCC, 0x20, ALL, 0x00000000u),         /* U5: CFGR2 (HPRE, PPRE1, PPRE2) at reset */
    WRITE(RCC, 0x24, ALL, 0x00000000u),         /* U5: CFGR3 (PPRE3) at reset */
    WRITE(RCC, 0x00, 0x150953C2u, 0x00000000u), /* U5: PLL1ON..PLL3ON, CSSON, HSEON, SHSION, HSI48ON, HSI, MSIKERON, MSIPLLSEL/FAST off */
    WAIT(RCC, 0x00, 0x2A02A400u, 0x00000000u),  /* U5: PLL1RDY..PLL3RDY, HSERDY, SHSIRDY, HSI48RDY, HSIRDY clear */
    WRITE(RCC, 0x00, 0x00140000u, 0x00000000u), /* U5: HSEBYP, HSEEXT off with HSE stopped */
    WRITE(RCC, 0x28, ALL, 0x00000000u),         /* U5: PLL1CFGR at reset */
    WRITE(RCC, 0x2C, ALL, 0x00000000u),         /* U5: PLL2CFGR at reset */
    WRITE(RCC, 0x30, ALL, 0x00000000u),         /* U5: PLL3CFGR at reset */
    WRITE(RCC, 0x34, ALL, 0x01010280u),         /* U5: PLL1DIVR at reset */
    WRITE(RCC, 0x38, ALL, 0x00000000u),         /* U5: PLL1FRACR at reset */
    WRITE(RCC, 0x3C, ALL, 0x01010280u),         /* U5: PLL2DIVR at reset */
    WRITE(RCC, 0x40, ALL, 0x00000000u),         /* U5: PLL2FRACR at reset */
    WRITE(RCC, 0x44, ALL, 0x01010280u),         /* U5: PLL3DIVR at reset */
    WRITE(RCC, 0x48, ALL, 0x00000000u),         /* U5: PLL3FRACR at reset */
    WRITE(RCC, 0xE0, ALL, 0x00000000u),         /* U5: CCIPR1 kernel clock muxes at reset */
    WRITE(RCC, 0xE4, ALL, 0x00000000u),         /* U5: CCIPR2 kernel clock muxes at reset */
    WRITE(RCC, 0xE8, ALL, 0x00000000u),         /* U5: CCIPR3 kernel clock muxes at reset */
    WRITE(FLASH, 0x00, 0x0000000Fu, 0x00000000u), /* U5: LATENCY 0 */
    WRITE(ICACHE, 0x00, 0x00000001u, 0x00000000u), /* U5: ICACHE EN off */
    WAIT(ICACHE, 0x00, 0x00000001u, 0x00000000u),  /* U5: ICACHE EN reads 0 */
    WAIT(ICACHE, 0x04, 0x00000001u, 0x00000000u),  /* U5: ICACHE BUSYF clear (invalidation done) */
};
static const sysboot_clock_step layout_u5_enables[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    WRITE(RCC, 0x88, ~0xD1200100u, 0x00000000u), /* U5: AHB1ENR but SRAM1, DCACHE1/2, BKPSRAM, GTZC1, FLASH */
    WRITE(RCC, 0x8C, ~0xC0000000u, 0x00000000u), /* U5: AHB2ENR1 but SRAM2EN, SRAM3EN */
    WRITE(RCC, 0x90, ~0xC0000000u, 0x00000000u), /* U5: AHB2ENR2 but SRAM5EN, SRAM6EN */
    WRITE(RCC, 0x94, ~0x80001000u, 0x00000000u), /* U5: AHB3ENR but SRAM4EN, GTZC2EN */
    WRITE(RCC, 0x9C, ALL, 0x00000000u),          /* U5: APB1ENR1 */
    WRITE(RCC, 0xA0, ALL, 0x00000000u),          /* U5: APB1ENR2 */
    WRITE(RCC, 0xA4, ALL, 0x00000000u),          /* U5: APB2ENR */
    WRITE(RCC, 0xA8, ~0x00200000u, 0x00000000u), /* U5: APB3ENR but RTCAPBEN */
};

/* L5 (cmsis_device_l5 stm32l552xx.h/stm32l562xx.h: CR, CFGR, PLLCFGR as
 * L4 (MSION 0, MSIRDY 1, MSIPLLEN 2, MSIRANGE[7:4], HSION 8, HSIRDY 10,
 * PLLSAI2ON 28), CR.PRIV 31 left; CCIPR1 @0x88, CCIPR2 @0x9C; AHB1ENR
 * @0x48 FLASHEN 8, GTZCEN 22; APB1ENR1 @0x58 RTCAPBEN 10; FLASH ACR
 * LATENCY[3:0]; ICACHE CR @0x00 EN 0, SR @0x04 BUSYF 0). MSI at 4 MHz
 * (range 6) is the reset clock (system_stm32l5xx.c). ICACHE off last, as
 * U5. */
static const sysboot_clock_step layout_l5_tree[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    WRITE(RCC, 0x00, 0x00000005u, 0x00000001u), /* L5: MSION, MSIPLLEN off */
    WAIT(RCC, 0x00, 0x00000002u, 0x00000002u),  /* L5: MSIRDY */
    WRITE(RCC, 0x08, 0x00000003u, 0x00000000u), /* L5: SW = MSI */
    WAIT(RCC, 0x08, 0x0000000Cu, 0x00000000u),  /* L5: SWS = MSI */
    WRITE(RCC, 0x00, 0x000000F0u, 0x00000060u), /* L5: MSIRANGE 6 (4 MHz) */
    WRITE(RCC, 0x08, ALL, 0x00000000u),         /* L5: HPRE, PPRE1, PPRE2, MCO at reset */
    WRITE(RCC, 0x00, 0x15090B00u, 0x00000000u), /* L5: PLLON, PLLSAI1ON, PLLSAI2ON, CSSON, HSEON, HSI off */
    WAIT(RCC, 0x00, 0x2A020400u, 0x00000000u),  /* L5: PLLRDY, PLLSAI1RDY, PLLSAI2RDY, HSERDY, HSIRDY clear */
    WRITE(RCC, 0x00, 0x00040000u, 0x00000000u), /* L5: HSEBYP off with HSE stopped */
    WRITE(RCC, 0x0C, ALL, 0x00001000u),         /* L5: PLLCFGR at reset */
    WRITE(RCC, 0x88, ALL, 0x00000000u),         /* L5: CCIPR1 kernel clock muxes at reset */
    WRITE(RCC, 0x9C, ALL, 0x00000000u),         /* L5: CCIPR2 kernel clock muxes at reset */
    WRITE(FLASH, 0x00, 0x0000000Fu, 0x00000000u), /* L5: LATENCY 0 */
    WRITE(ICACHE, 0x00, 0x00000001u, 0x00000000u), /* L5: ICACHE EN off */
    WAIT(ICACHE, 0x00, 0x00000001u, 0x00000000u),  /* L5: ICACHE EN reads 0 */
    WAIT(ICACHE, 0x04, 0x00000001u, 0x00000000u),  /* L5: ICACHE BUSYF clear (invalidation done) */
};
static const sysboot_clock_step layout_l5_enables[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    WRITE(RCC, 0x48, ~0x00400100u, 0x00000000u), /* L5: AHB1ENR but GTZCEN, FLASHEN */
    WRITE(RCC, 0x4C, ALL, 0x00000000u),          /* L5: AHB2ENR */
    WRITE(RCC, 0x50, ALL, 0x00000000u),          /* L5: AHB3ENR */
    WRITE(RCC, 0x58, ~0x00000400u, 0x00000000u), /* L5: APB1ENR1 but RTCAPBEN */
    WRITE(RCC, 0x5C, ALL, 0x00000000u),          /* L5: APB1ENR2 */
    WRITE(RCC, 0x60, ALL, 0x00000000u),          /* L5: APB2ENR */
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
 * LATENCY[3:0]; ICACHE CR @0x00 EN 0, SR @0x04 BUSYF 0). HSI16 is the
 * reset clock (system_stm32wbaxx.c). CFGR4 (AHB5 prescaler of the radio
 * bus), RADIOENR and VOS (PWR) are left as they are. ICACHE off last, as
 * U5. */
static const sysboot_clock_step layout_wba_tree[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    WRITE(RCC, 0x00, 0x00000100u, 0x00000100u), /* WBA: HSION */
    WAIT(RCC, 0x00, 0x00000400u, 0x00000400u),  /* WBA: HSIRDY */
    WRITE(RCC, 0x1C, 0x00000003u, 0x00000000u), /* WBA: SW = HSI16 */
    WAIT(RCC, 0x1C, 0x0000000Cu, 0x00000000u),  /* WBA: SWS = HSI16 */
    WRITE(RCC, 0x1C, ALL, 0x00000000u),         /* WBA: CFGR1 (MCO) at reset */
    WRITE(RCC, 0x20, ALL, 0x00000000u),         /* WBA: CFGR2 (HPRE, PPRE1, PPRE2) at reset */
    WRITE(RCC, 0x24, ALL, 0x00000000u),         /* WBA: CFGR3 (PPRE7) at reset */
    WRITE(RCC, 0x00, 0x01090200u, 0x00000000u), /* WBA: PLL1ON, HSECSSON, HSEON, HSIKERON off */
    WAIT(RCC, 0x00, 0x02020000u, 0x00000000u),  /* WBA: PLL1RDY, HSERDY clear */
    WRITE(RCC, 0x00, 0x00100000u, 0x00000000u), /* WBA: HSEPRE off with HSE stopped */
    WRITE(RCC, 0x28, ALL, 0x00000000u),         /* WBA: PLL1CFGR at reset */
    WRITE(RCC, 0x34, ALL, 0x01010280u),         /* WBA: PLL1DIVR at reset */
    WRITE(RCC, 0x38, ALL, 0x00000000u),         /* WBA: PLL1FRACR at reset */
    WRITE(RCC, 0xE0, ALL, 0x00000000u),         /* WBA: CCIPR1 kernel clock muxes at reset */
    WRITE(RCC, 0xE4, ALL, 0x00000000u),         /* WBA: CCIPR2 kernel clock muxes at reset */
    WRITE(RCC, 0xE8, ALL, 0x00000000u),         /* WBA: CCIPR3 kernel clock muxes at reset */
    WRITE(FLASH, 0x00, 0x0000000Fu, 0x00000000u), /* WBA: LATENCY 0 */
    WRITE(ICACHE, 0x00, 0x00000001u, 0x00000000u), /* WBA: ICACHE EN off */
    WAIT(ICACHE, 0x00, 0x00000001u, 0x00000000u),  /* WBA: ICACHE EN reads 0 */
    WAIT(ICACHE, 0x04, 0x00000001u, 0x00000000u),  /* WBA: ICACHE BUSYF clear (invalidation done) */
};
static const sysboot_clock_step layout_wba_enables[] SYSBOOT_TABLE_MAYBE_UNUSED = {
    WRITE(RCC, 0x88, ~0x81000100u, 0x00000000u), /* WBA: AHB1ENR but SRAM1EN, GTZC1EN, FLASHEN */
    WRITE(RCC, 0x8C, ~0x40000000u, 0x00000000u), /* WBA: AHB2ENR but SRAM2EN */
    WRITE(RCC, 0x94, ALL, 0x00000000u),          /* WBA: AHB4ENR */
    WRITE(RCC, 0x98, ALL, 0x00000000u),          /* WBA: AHB5ENR */
    WRITE(RCC, 0x9C, ALL, 0x00000000u),          /* WBA: APB1ENR1 */
    WRITE(RCC, 0xA0, ALL, 0x00000000u),          /* WBA: APB1ENR2 */
    WRITE(RCC, 0xA4, ALL, 0x00000000u),          /* WBA: APB2ENR */
    WRITE(RCC, 0xA8, ~0x00200000u, 0x00000000u), /* WBA: APB7ENR but RTCAPBEN */
};

#define STEPS(table) table, (uint8_t)(sizeof table / sizeof table[0])

#define SYSBOOT_CLOCK_SITE_NONE(rcc, flash, icache) \
    { NULL, NULL, { 0u, 0u, 0u }, 0u, 0u, SYSBOOT_CLOCK_LAYOUT_NONE }
#define SYSBOOT_CLOCK_SITE_OF(layout, tree, enables, rcc, flash, icache)             \
    { tree, enables, { rcc, flash, icache },                                        \
      (uint8_t)(sizeof tree / sizeof tree[0]), (uint8_t)(sizeof enables / sizeof enables[0]), \
      SYSBOOT_CLOCK_LAYOUT_##layout }
#define SYSBOOT_CLOCK_SITE_F1(r, f, i) SYSBOOT_CLOCK_SITE_OF(F1, layout_f1_tree, layout_f1_enables, r, f, i)
#define SYSBOOT_CLOCK_SITE_F4(r, f, i) SYSBOOT_CLOCK_SITE_OF(F4, layout_f4_tree, layout_f4_enables, r, f, i)
#define SYSBOOT_CLOCK_SITE_L4(r, f, i) SYSBOOT_CLOCK_SITE_OF(L4, layout_l4_tree, layout_l4_enables, r, f, i)
#define SYSBOOT_CLOCK_SITE_G0(r, f, i) SYSBOOT_CLOCK_SITE_OF(G0, layout_g0_tree, layout_g0_enables, r, f, i)
#define SYSBOOT_CLOCK_SITE_H7(r, f, i) SYSBOOT_CLOCK_SITE_OF(H7, layout_h7_tree, layout_h7_enables, r, f, i)
#define SYSBOOT_CLOCK_SITE_G4(r, f, i) SYSBOOT_CLOCK_SITE_OF(G4, layout_g4_tree, layout_g4_enables, r, f, i)
#define SYSBOOT_CLOCK_SITE_WB(r, f, i) SYSBOOT_CLOCK_SITE_OF(WB, layout_wb_tree, layout_wb_enables, r, f, i)
#define SYSBOOT_CLOCK_SITE_WL(r, f, i) SYSBOOT_CLOCK_SITE_OF(WL, layout_wb_tree, layout_wl_enables, r, f, i)
#define SYSBOOT_CLOCK_SITE_U0(r, f, i) SYSBOOT_CLOCK_SITE_OF(U0, layout_u0_tree, layout_u0_enables, r, f, i)
#define SYSBOOT_CLOCK_SITE_L0(r, f, i) SYSBOOT_CLOCK_SITE_OF(L0, layout_l0_tree, layout_l0_enables, r, f, i)
#define SYSBOOT_CLOCK_SITE_L1(r, f, i) SYSBOOT_CLOCK_SITE_OF(L1, layout_l1_tree, layout_l1_enables, r, f, i)
#define SYSBOOT_CLOCK_SITE_U5(r, f, i) SYSBOOT_CLOCK_SITE_OF(U5, layout_u5_tree, layout_u5_enables, r, f, i)
#define SYSBOOT_CLOCK_SITE_L5(r, f, i) SYSBOOT_CLOCK_SITE_OF(L5, layout_l5_tree, layout_l5_enables, r, f, i)
#define SYSBOOT_CLOCK_SITE_WBA(r, f, i) SYSBOOT_CLOCK_SITE_OF(WBA, layout_wba_tree, layout_wba_enables, r, f, i)

#define SYSBOOT_RCC_ROW(key, layout, rcc, flash, icache, source) \
    [SYSBOOT_PROFILE_##key] = SYSBOOT_CLOCK_SITE_##layout(rcc, flash, icache),

/* Profiles without a SYSBOOT_RCC row stay zero: layout NONE. */
static const sysboot_clock_site sysboot_clock_sites[SYSBOOT_PROFILE_COUNT] = {
#define SYSBOOT_WANT(series) SYSBOOT_KEEP(series)
#define SYSBOOT_RCC SYSBOOT_RCC_ROW
#ifdef SYSBOOT_EXTRA_DEF
#include SYSBOOT_EXTRA_DEF
#define SYSBOOT_WANT(series) SYSBOOT_KEEP(series)
#define SYSBOOT_RCC SYSBOOT_RCC_ROW
#endif
#include "../data/stm32.def"
};

const sysboot_clock_site *sysboot_clock_site_of(const sysboot_device *d)
{
    return &sysboot_clock_sites[d->profile];
}

/* Does addr hold a USB clock enable of d's family? */
static int holds_usb_clock(const sysboot_device *d, uint32_t addr)
{
    unsigned count, i;
    const sysboot_usb_block *b = sysboot_usb_blocks(&count);

    for (i = 0; i < count; i++)
        if (b[i].profile == d->profile && b[i].clock_reg == addr)
            return 1;
    return 0;
}

/* 1 when every step ran; 0 when a wait ran out (later steps not run).
 * spare_usb: registers holding a USB clock enable are left whole. */
static int run_steps(const sysboot_device *d, const sysboot_clock_step *step, unsigned count,
                     const uint32_t *base, int spare_usb)
{
    for (; count > 0u; count--, step++) {
        uint32_t addr = base[step->block];

        if (addr == 0u)
            continue; /* the profile has no such block */
        addr += step->offset;
        if (spare_usb && holds_usb_clock(d, addr))
            continue;
        if (step->wait != 0u) {
            uint32_t left = SYSBOOT_CLOCK_WAIT_LOOPS;
            while ((sysboot_hw_read(addr) & step->mask) != step->value) {
                if (--left == 0u)
                    return 0; /* timed out: the later steps not run */
            }
        } else if ((sysboot_hw_read(addr) & step->mask) != step->value) {
            /* only what differs: a register already at reset is not written */
            sysboot_hw_write_field(addr, step->mask, step->value);
        }
    }
    return 1;
}

sysboot_status sysboot_clock_reset_tree(const sysboot_device *d)
{
    const sysboot_clock_site *s = sysboot_clock_site_of(d);

    if (!run_steps(d, s->tree, s->tree_steps, s->base, 0))
        return SYSBOOT_ERR_CLOCK;
    return SYSBOOT_OK;
}

void sysboot_clock_reset_enables(const sysboot_device *d)
{
    const sysboot_clock_site *s = sysboot_clock_site_of(d);

    /* The library leaves USB alone where the ROM has no USB DFU. */
    (void)run_steps(d, s->enables, s->enable_steps, s->base,
                    (d->interfaces & SYSBOOT_IF_USB_DFU) == 0u);
}

#else
typedef int sysboot_clock_reset_left_out; /* -DSYSBOOT_NO_CLOCK_RESET */
#endif /* SYSBOOT_NO_CLOCK_RESET */

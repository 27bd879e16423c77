/* The RCC hardware as the fake plays it; facts from the reference manuals
 * (RM0008/RM0090/RM0351/RM0444/RM0433, RM0440 G4, RM0434 WB, RM0453 WL,
 * RM0503 U0, RM0377/RM0376 L0, RM0038 L1, RM0456 U5, RM0438 L5, RM0493 WBA,
 * RM0481/RM0492 H5 via the ST SVD, RM0487 U3, RM0522 C5, RM0477 H7RS) and
 * CMSIS headers, not from src/. */
#include "clock_model.h"
#include "fake.h"
#include "../../src/clock.h"
#include "../../src/line.h"

#include <stddef.h>

/* F2/F4/F7 (RM0033, RM0090, RM0385): HSI (CR 0/1) the reset clock, CFGR
 * @0x08 SW 10 = PLL, PLL/PLLI2S/PLLSAI 24/26/28, PLLCFGR resets to
 * 0x24003010; AHB1ENR keeps BKPSRAMEN 18, CCMDATARAMEN/DTCMRAMEN 20; the
 * model up to its fields */
#define MODEL_F2_F4_F7(layout)                                                                  \
    { layout, 0x40023800u, 0x40023C00u, 0xFu,                                                    \
      1u << 0, 1u << 1, 0x08, 0x3u, 0xCu, 0x2u,                                                  \
      (1u << 24) | (1u << 26) | (1u << 28), (1u << 25) | (1u << 27) | (1u << 29),                \
      1u << 16, 1u << 17, 0x08, 0x00000080u, 0x04, 0x24003010u,                                  \
      { { 0x30, 0x00140000u }, { 0x34, 0 }, { 0x38, 0 }, { 0x40, 0 }, { 0x44, 0 } }, 5,          \
      0u, 0, 0, 0

static const clock_model models[] = {
    { SYSBOOT_CLOCK_LAYOUT_F1, 0x40021000u, 0x40022000u, 0x7u,
      1u << 0, 1u << 1, 0x04, 0x3u, 0xCu, 0x2u,
      (1u << 24) | (1u << 26) | (1u << 28), (1u << 25) | (1u << 27) | (1u << 29),
      1u << 16, 1u << 17, 0x04, 0x00000080u, 0, 0,
      { { 0x14, 0x14u }, { 0x18, 0x00400000u }, { 0x1C, 0 } }, 3,
      0u, 0, 0, 0,
      { { 0x04, 0x003F0000u, 0x001D0000u, 0, 1 },             /* CFGR: PLLMUL x9, PLLSRC HSE */
        { 0x2C, 0xFFFFFFFFu, 0x00000001u, 0, 1 },             /* CFGR2: PREDIV /2 */
        { 0x30, 0xFFFFFFFFu, 0x00000080u, 0, 1 },             /* CFGR3: USBSW = PLL (F0) */
        { 0x34, 0x00010001u, 0x00010000u, 0, 1 },             /* CR2: HSI48ON (F0) */
        { 0x08, 0x00007F00u, 0x00000100u, 0, 0 } }, 5,        /* CIR: LSIRDYIE */
      0u, 0, 0, 0, 0, .pwr = 0u },   /* no raise: the flash counts SYSCLK, the reset clock needs 0 WS */
    /* F2/F4 (RM0033, RM0090, RM0390, RM0402, RM0430, RM0386): DCKCFGR @0x8C
     * (CK48MSEL bit 27 on F469/F479), DCKCFGR2 @0x94 (CK48MSEL bit 27 on
     * F412/F413/F446), both 0 at reset; CKGATENR @0x90 is another register */
    MODEL_F2_F4_F7(SYSBOOT_CLOCK_LAYOUT_F4),
      { { 0x8C, 0xFFFFFFFFu, 0x08000000u, 0, 1 },             /* DCKCFGR: CK48MSEL (F469) */
        { 0x94, 0xFFFFFFFFu, 0x08000000u, 0, 1 },             /* DCKCFGR2: CK48MSEL (F412/F413/F446) */
        { 0x0C, 0x00007F00u, 0x00000100u, 0, 0 } }, 3,        /* CIR: LSIRDYIE */
      0u, 0, 0, 0, 7u, .pwr = 0u },  /* FLASH_ACR_LATENCY_7WS in every F2/F4/F7 header */
    /* F7 (RM0385, RM0410, RM0431): DCKCFGR1 @0x8C and DCKCFGR2 @0x90
     * (CK48MSEL bit 27, USART1SEL [1:0]), 0 at reset; nothing at 0x94 */
    MODEL_F2_F4_F7(SYSBOOT_CLOCK_LAYOUT_F7),
      { { 0x8C, 0xFFFFFFFFu, 0x01000000u, 0, 1 },             /* DCKCFGR1: TIMPRE */
        { 0x90, 0xFFFFFFFFu, 0x08000001u, 0, 1 },             /* DCKCFGR2: CK48MSEL, USART1SEL = SYSCLK */
        { 0x0C, 0x00007F00u, 0x00000100u, 0, 0 } }, 3,        /* CIR: LSIRDYIE */
      0u, 0, 0, 0, 7u, .pwr = 0u },
    { SYSBOOT_CLOCK_LAYOUT_L4, 0x40021000u, 0x40022000u, 0x7u,
      1u << 0, 1u << 1, 0x08, 0x3u, 0xCu, 0x3u,
      (1u << 24) | (1u << 26) | (1u << 28), (1u << 25) | (1u << 27) | (1u << 29),
      1u << 16, 1u << 17, 0x08, 0x00000080u, 0x0C, 0x00001000u,
      { { 0x48, 0x100u }, { 0x4C, 0 }, { 0x50, 0 }, { 0x58, 0x400u }, { 0x5C, 0 }, { 0x60, 0 } }, 6,
      0u, 1u << 8, 1u << 10, 0,
      { { 0x10, 0xFFFFFFFFu, 0x00000A00u, 0x00001000u, 1 },   /* PLLSAI1CFGR (reset: ST SVD L476) */
        { 0x14, 0xFFFFFFFFu, 0x00000A00u, 0x00001000u, 1 },   /* PLLSAI2CFGR */
        { 0x98, 0x00000001u, 0x00000001u, 0, 1 },             /* CRRCR: HSI48ON */
        { 0x9C, 0xFFFFFFFFu, 0x00100000u, 0, 1 } }, 4,        /* CCIPR2: OSPISEL (L4+) */
      0u, 0, 0, 0, 4u,    /* stm32l476xx.h FLASH_ACR_LATENCY_4WS; PWR_CR1 reset 0x200 (SVD L476) */
      .pwr = 0x40007000u, .vos_reg = 0x00, .vos_mask = 0x600u, .vos_reset = 0x200u, .vos_dirty = 0x400u, .vos_flag_reg = 0x14, .vos_flag = 1u << 10, .pwren_reg = 0x58, .pwren = 1u << 28 },
    { SYSBOOT_CLOCK_LAYOUT_G0, 0x40021000u, 0x40022000u, 0x7u,
      1u << 8, 1u << 10, 0x08, 0x7u, 0x38u, 0x2u,
      1u << 24, 1u << 25,
      1u << 16, 1u << 17, 0x08, 0x00000800u, 0x0C, 0x00001000u,
      { { 0x34, 0 }, { 0x38, 0x100u }, { 0x3C, 0x08000400u }, { 0x40, 0 } }, 4,  /* RTCAPBEN 10 */
      0u, 1u << 22, 1u << 23, 0,                              /* HSI48 (G0B1/G0C1) off at reset */
      { { 0x00, 0x00003800u, 0x00000800u, 0, 0 },             /* HSIDIV /2 -> /1 (RM0444) */
        { 0x54, 0xFFFFFFFFu, 0x00000001u, 0, 1 },             /* CCIPR: USART1SEL */
        { 0x58, 0xFFFFFFFFu, 0x00002000u, 0, 1 } }, 3,        /* CCIPR2: USBSEL */
      0u, 0, 0, 0, 2u,    /* FLASH_LATENCY_2; PWR_CR1 reset 0x208 (SVD G0B1) */
      .pwr = 0x40007000u, .vos_reg = 0x00, .vos_mask = 0x600u, .vos_reset = 0x200u, .vos_dirty = 0x400u, .vos_flag_reg = 0x14, .vos_flag = 1u << 10, .pwren_reg = 0x3C, .pwren = 1u << 28 },
    /* C0 (RM0490, stm32c071xx.h): HSISYS = HSI48 / HSIDIV (CR 8/10 on and
     * ready), HSIDIV /4, HSIKERDIV /3, SYSDIV /1 at reset (CR 0x00001540,
     * ST SVD STM32C071); no PLL: HSIUSB48 (22/23, SW 010) plays the
     * application's fast clock; HPRE CFGR[11:8]; CCIPR2 USBSEL; enables as G0 */
    { SYSBOOT_CLOCK_LAYOUT_C0, 0x40021000u, 0x40022000u, 0x7u,
      1u << 8, 1u << 10, 0x08, 0x7u, 0x38u, 0x2u,
      1u << 22, 1u << 23,
      1u << 16, 1u << 17, 0x08, 0x00000800u, 0, 0,
      { { 0x34, 0 }, { 0x38, 0x100u }, { 0x3C, 0x08000400u }, { 0x40, 0 } }, 4,
      0u, 0, 0, 0,
      { { 0x00, 0x000038FCu, 0x00000000u, 0x00001040u, 0 },   /* HSIDIV /1 -> /4, HSIKERDIV /3 */
        { 0x54, 0xFFFFFFFFu, 0x00000001u, 0, 1 },             /* CCIPR */
        { 0x58, 0xFFFFFFFFu, 0x00001000u, 0, 1 } }, 3,        /* CCIPR2: USBSEL */
      0u, 0, 0, 0, 1u, .pwr = 0u },  /* FLASH_LATENCY_1 */
    { SYSBOOT_CLOCK_LAYOUT_H7, 0x58024400u, 0x52002000u, 0xFu,
      1u << 0, 1u << 2, 0x10, 0x7u, 0x38u, 0x3u,
      (1u << 24) | (1u << 26) | (1u << 28), (1u << 25) | (1u << 27) | (1u << 29),
      1u << 16, 1u << 17, 0x18, 0x00000048u, 0x2C, 0x01FF0000u,
      { { 0xD4, 0 }, { 0xD8, 0 }, { 0xDC, 0xE0000000u }, { 0xE0, 0x30000000u }, { 0xE4, 0 },
        { 0xE8, 0 }, { 0xEC, 0 }, { 0xF0, 0 }, { 0xF4, 1u << 16 } }, 9,  /* APB4ENR: RTCAPBEN kept */
      0u, (1u << 7) | (1u << 12), (1u << 8) | (1u << 13), 0,  /* CSI, HSI48 off at reset */
      { { 0x00, 0x00000018u, 0x00000008u, 0, 1 },             /* HSIDIV /2 -> /1 (HAL_RCC_DeInit) */
        { 0x00, 0x00000202u, 0x00000202u, 0, 0 },             /* CSIKERON, HSIKERON off */
        { 0x1C, 0xFFFFFFFFu, 0x00000440u, 0, 0 },             /* D2CFGR: D2PPRE1/2 /2 */
        { 0x20, 0xFFFFFFFFu, 0x00000040u, 0, 0 },             /* D3CFGR: D3PPRE /2 */
        { 0x10, 0xFFFFFFC0u, 0x01C00000u, 0, 0 },             /* CFGR: MCO1 = PLL1Q */
        { 0x34, 0xFFFFFFFFu, 0x00000008u, 0, 1 },             /* PLL1FRACR */
        { 0x38, 0xFFFFFFFFu, 0x0101023Fu, 0x01010280u, 1 },   /* PLL2DIVR */
        { 0x3C, 0xFFFFFFFFu, 0x00000008u, 0, 1 },             /* PLL2FRACR */
        { 0x40, 0xFFFFFFFFu, 0x0101023Fu, 0x01010280u, 1 },   /* PLL3DIVR */
        { 0x44, 0xFFFFFFFFu, 0x00000008u, 0, 1 } }, 10,       /* PLL3FRACR */
      0u, 1u << 5, 7u, 1u, 7u, .pwr = 0u },   /* HSIDIVF; FLASH_LATENCY_DEFAULT 7 WS (stm32h743xx.h), kept */
    /* H7A3/B3/B0 (RM0455, stm32h7a3xx.h): as H7 (CDCFGR1..SRDCFGR,
     * CDCCIPR..SRDCCIPR at the H74x offsets), the enables at 0x134..0x154:
     * AHB3ENR, AHB1ENR (USB1OTGHSEN 25), AHB2ENR (AHBSRAM1EN 29, AHBSRAM2EN
     * 30), AHB4ENR (BKPRAMEN 28, SRDSRAMEN 29), APB3ENR, APB1LENR, APB1HENR,
     * APB2ENR, APB4ENR (RTCAPBEN 16); the SRAM enables kept */
    { SYSBOOT_CLOCK_LAYOUT_H7AB, 0x58024400u, 0x52002000u, 0xFu,
      1u << 0, 1u << 2, 0x10, 0x7u, 0x38u, 0x3u,
      (1u << 24) | (1u << 26) | (1u << 28), (1u << 25) | (1u << 27) | (1u << 29),
      1u << 16, 1u << 17, 0x18, 0x00000048u, 0x2C, 0x01FF0000u,
      { { 0x134, 0 }, { 0x138, 0 }, { 0x13C, 0x60000000u }, { 0x140, 0x30000000u }, { 0x144, 0 },
        { 0x148, 0 }, { 0x14C, 0 }, { 0x150, 0 }, { 0x154, 1u << 16 } }, 9,
      0u, (1u << 7) | (1u << 12), (1u << 8) | (1u << 13), 0,
      { { 0x00, 0x00000018u, 0x00000008u, 0, 1 },             /* HSIDIV /2 -> /1 */
        { 0x1C, 0xFFFFFFFFu, 0x00000440u, 0, 0 },             /* CDCFGR2: CDPPRE1/2 /2 */
        { 0x20, 0xFFFFFFFFu, 0x00000040u, 0, 0 },             /* SRDCFGR: SRDPPRE /2 */
        { 0x50, 0xFFFFFFFFu, 0x00000001u, 0, 0 },             /* CDCCIP1R */
        { 0x58, 0xFFFFFFFFu, 0x00000001u, 0, 0 } }, 5,        /* SRDCCIPR */
      0u, 1u << 5, 7u, 1u, 7u, .pwr = 0u },   /* 7 WS, more than FLASH_LATENCY_DEFAULT 3 (stm32h7a3xx.h) */
    /* G4: HSI16 (CR 8/10) is the reset clock, SW = 01 at reset, PLL = 11 */
    { SYSBOOT_CLOCK_LAYOUT_G4, 0x40021000u, 0x40022000u, 0xFu,
      1u << 8, 1u << 10, 0x08, 0x3u, 0xCu, 0x3u,
      1u << 24, 1u << 25,
      1u << 16, 1u << 17, 0x08, 0x00000080u, 0x0C, 0x00001000u,
      { { 0x48, 0x100u }, { 0x4C, 0 }, { 0x50, 0 }, { 0x58, 0x400u }, { 0x5C, 0 }, { 0x60, 0 } }, 6,
      1u, 0, 0, 0,
      { { 0x88, 0xFFFFFFFFu, 0x0C000000u, 0, 1 },   /* CCIPR: CLK48SEL = PLLQ */
        { 0x9C, 0xFFFFFFFFu, 0x00100000u, 0, 1 },   /* CCIPR2: QSPISEL */
        { 0x98, 0x00000001u, 0x00000001u, 0, 1 } }, 3,  /* CRRCR: HSI48ON */
      0u, 0, 1u, 0, 15u,  /* FLASH_ACR reset 0x00040601 (SVD G474): LATENCY 1; FLASH_LATENCY_15 */
      .pwr = 0x40007000u, .vos_reg = 0x00, .vos_mask = 0x600u, .vos_reset = 0x200u, .vos_dirty = 0x400u, .vos_flag_reg = 0x14, .vos_flag = 1u << 10, .pwren_reg = 0x58, .pwren = 1u << 28 },
    /* WB: MSI (CR 0/1) reset clock at range 6; HSI16 8/10; PLL and PLLSAI1;
     * EXTCFGR SHDHPRE to /1, C2HPRE (CPU2's) kept; AHB3ENR FLASHEN 25 */
    { SYSBOOT_CLOCK_LAYOUT_WB, 0x58000000u, 0x58004000u, 0x7u,
      1u << 0, 1u << 1, 0x08, 0x3u, 0xCu, 0x3u,
      (1u << 24) | (1u << 26), (1u << 25) | (1u << 27),
      1u << 16, 1u << 17, 0x08, 0x00000080u, 0x0C, 0x22040100u,
      { { 0x48, 0 }, { 0x4C, 0 }, { 0x50, 0x02080000u }, { 0x58, 0x400u }, { 0x5C, 0 }, { 0x60, 0 } }, 6,
      0u, 1u << 8, 1u << 10, 1u << 21,                /* AHB3ENR: HSEMEN, FLASHEN kept (reset 0x02080000, SVD WB55) */
      { { 0x00, 0xF0u, 0xB0u, 0x60u, 0 },             /* MSIRANGE 11 -> 6 */
        { 0x108, 0xFFu, 0x98u, 0x90u, 0 },            /* SHDHPRE /2 -> /1, C2HPRE kept */
        { 0x88, 0xFFFFFFFFu, 0x0C000000u, 0, 1 },
        { 0x98, 0x00000001u, 0x00000001u, 0, 1 } }, 4,  /* CRRCR: HSI48ON */
      0u, 0, 0, 0, 2u,    /* raised to 2 (WL's FLASH_LATENCY_2) or more */
      .pwr = 0x58000400u, .vos_reg = 0x00, .vos_mask = 0x600u, .vos_reset = 0x200u, .vos_dirty = 0x400u, .vos_flag_reg = 0x14, .vos_flag = 1u << 10, .pwren_reg = 0, .pwren = 0 },
    /* WL: as WB without PLLSAI1; HSEBYPPWR 21 (TCXO); APB3ENR @0x64 */
    { SYSBOOT_CLOCK_LAYOUT_WL, 0x58000000u, 0x58004000u, 0x7u,
      1u << 0, 1u << 1, 0x08, 0x3u, 0xCu, 0x3u,
      1u << 24, 1u << 25,
      1u << 16, 1u << 17, 0x08, 0x00000080u, 0x0C, 0x22040100u,
      { { 0x48, 0 }, { 0x4C, 0 }, { 0x50, 0x02080000u }, { 0x58, 0x400u }, { 0x5C, 0 }, { 0x60, 0 },
        { 0x64, 0 } }, 7,                             /* AHB3ENR reset 0x02080000 (SVD WLE5) */
      0u, 1u << 8, 1u << 10, 1u << 21,
      { { 0x00, 0xF0u, 0xB0u, 0x60u, 0 },
        { 0x108, 0xFFu, 0x98u, 0x90u, 0 },
        { 0x88, 0xFFFFFFFFu, 0x0C000000u, 0, 1 } }, 3,
      0u, 0, 0, 0, 2u,    /* FLASH_LATENCY_2 */
      .pwr = 0x58000400u, .vos_reg = 0x00, .vos_mask = 0x600u, .vos_reset = 0x200u, .vos_dirty = 0x400u, .vos_flag_reg = 0x14, .vos_flag = 1u << 10, .pwren_reg = 0, .pwren = 0 },
    /* U0: MSI (CR 0/1) reset clock at range 6; CFGR SW[2:0] 000 = MSI,
     * 011 = PLLRCLK; HPRE [11:8]; AHBENR FLASHEN 8 */
    { SYSBOOT_CLOCK_LAYOUT_U0, 0x40021000u, 0x40022000u, 0x7u,
      1u << 0, 1u << 1, 0x08, 0x7u, 0x38u, 0x3u,
      1u << 24, 1u << 25,
      1u << 16, 1u << 17, 0x08, 0x00000800u, 0x0C, 0x00001000u,
      { { 0x48, 0x100u }, { 0x4C, 0 }, { 0x58, 0x400u }, { 0x60, 0 } }, 4,
      0u, 1u << 8, 1u << 10, 0,
      { { 0x00, 0xF0u, 0xB0u, 0x60u, 0 },
        { 0x88, 0xFFFFFFFFu, 0x00003000u, 0, 1 },
        { 0x98, 0x00000001u, 0x00000001u, 0, 1 } }, 3,  /* CRRCR: HSI48ON */
      0u, 0, 0, 0, 2u,    /* FLASH_LATENCY_2; PWR_CR1 reset 0x208 (SVD U083) */
      .pwr = 0x40007000u, .vos_reg = 0x00, .vos_mask = 0x600u, .vos_reset = 0x200u, .vos_dirty = 0x400u, .vos_flag_reg = 0x14, .vos_flag = 1u << 10, .pwren_reg = 0x58, .pwren = 1u << 28 },
    /* L0: MSI (CR 8/9) reset clock, ICSCR MSIRANGE [15:13] = 5; HSI16 0/2;
     * CFGR @0x0C holds the PLL configuration [23:16] */
    { SYSBOOT_CLOCK_LAYOUT_L0, 0x40021000u, 0x40022000u, 0x1u,
      1u << 8, 1u << 9, 0x0C, 0x3u, 0xCu, 0x3u,
      1u << 24, 1u << 25,
      1u << 16, 1u << 17, 0x0C, 0x00000080u, 0, 0,
      { { 0x2C, 0 }, { 0x30, 0x100u }, { 0x34, 0x00400080u }, { 0x38, 0 } }, 4,
      0u, 1u << 0, 1u << 2, 0,
      { { 0x04, 0xE000u, 0xC000u, 0xA000u, 0 },
        { 0x0C, 0x00FF0000u, 0x00990000u, 0, 1 },
        { 0x4C, 0xFFFFFFFFu, 0x04000000u, 0, 1 },     /* CCIPR: HSI48SEL */
        { 0x08, 0x00000001u, 0x00000001u, 0, 1 } }, 4,  /* CRRCR: HSI48ON */
      0u, 0, 0, 0, 1u,    /* FLASH_LATENCY_1; PWR_CR reset 0x1000 (SVD L0x3): range 2 */
      .pwr = 0x40007000u, .vos_reg = 0x00, .vos_mask = 0x1800u, .vos_reset = 0x1000u, .vos_dirty = 0x1800u, .vos_flag_reg = 0x04, .vos_flag = 1u << 4, .pwren_reg = 0x38, .pwren = 1u << 28, .vos_late = 1 },
    /* L1: MSI (CR 8/9) reset clock, ICSCR MSIRANGE [15:13] = 5; HSI 0/1;
     * CFGR @0x08 holds the PLL configuration [23:16]; AHBENR FLITFEN 15 */
    { SYSBOOT_CLOCK_LAYOUT_L1, 0x40023800u, 0x40023C00u, 0x1u,
      1u << 8, 1u << 9, 0x08, 0x3u, 0xCu, 0x3u,
      1u << 24, 1u << 25,
      1u << 16, 1u << 17, 0x08, 0x00000080u, 0, 0,
      { { 0x1C, 0x8000u }, { 0x20, 0 }, { 0x24, 0 } }, 3,
      0u, 1u << 0, 1u << 1, 0,
      { { 0x04, 0xE000u, 0xC000u, 0xA000u, 0 },
        { 0x08, 0x00FF0000u, 0x00990000u, 0, 1 } }, 2,
      0u, 0, 0, 0, 1u,    /* FLASH_LATENCY_1; PWR_CR reset 0x1000 (SVD L152): range 2 */
      .acr_kept = 1u << 2, /* ACC64: LATENCY is written only with it (RM0038) */
      .pwr = 0x40007000u, .vos_reg = 0x00, .vos_mask = 0x1800u, .vos_reset = 0x1000u, .vos_dirty = 0x1800u, .vos_flag_reg = 0x04, .vos_flag = 1u << 4, .pwren_reg = 0x24, .pwren = 1u << 28, .vos_late = 1 },
    /* U5 (RM0456, stm32u575xx.h): MSIS (CR 0/2) reset clock, range 4 in
     * ICSCR1[31:28] (MSIK's [27:24] too), MSIRGSEL 23 at 0; CFGR1 @0x1C SW
     * 11 = PLL1; HPRE in CFGR2 @0x20 [3:0]; PPRE3 in CFGR3 @0x24 [6:4];
     * HSI 8/10, HSI48 12/13, SHSI 14/15 off at reset; PLL1DIVR @0x34 resets
     * to 0x01010280; memories' enables: SRAM1..6, BKPSRAM, DCACHE1/2, GTZC1/2,
     * FLASH; RTCAPBEN in APB3ENR; ICACHE at 0x40030400 */
    { SYSBOOT_CLOCK_LAYOUT_U5, 0x46020C00u, 0x40022000u, 0xFu,
      1u << 0, 1u << 2, 0x1C, 0x3u, 0xCu, 0x3u,
      (1u << 24) | (1u << 26) | (1u << 28), (1u << 25) | (1u << 27) | (1u << 29),
      1u << 16, 1u << 17, 0x20, 0x00000008u, 0x34, 0x01010280u,
      { { 0x88, (1u << 31) | (1u << 30) | (1u << 28) | (1u << 24) | (1u << 21) | (1u << 8) },
        { 0x8C, (1u << 31) | (1u << 30) }, { 0x90, (1u << 31) | (1u << 30) },
        { 0x94, (1u << 31) | (1u << 12) }, { 0x9C, 0 }, { 0xA0, 0 }, { 0xA4, 0 },
        { 0xA8, 1u << 21 } }, 8,
      0u, (1u << 8) | (1u << 12) | (1u << 14), (1u << 10) | (1u << 13) | (1u << 15), 0,
      { { 0x00, 1u << 3, 1u << 3, 0, 2 },                     /* MSIPLLEN off */
        { 0x08, 0xFF800000u, 0x00800000u, 0x44000000u, 0 },   /* ranges 48 MHz via MSIRGSEL -> 4 MHz */
        { 0x24, 0x70u, 0x50u, 0, 0 },                         /* CFGR3 PPRE3 /4 -> /1 */
        { 0xE0, 0xFFFFFFFFu, 0x00000003u, 0, 1 },             /* CCIPR1: USART1SEL = HSI16 */
        { 0xE8, 0xFFFFFFFFu, 0x00000001u, 0, 1 },             /* CCIPR3: LPUART1SEL */
        { 0x2C, 0xFFFFFFFFu, 0x00000003u, 0, 1 } }, 6,        /* PLL2CFGR: PLL2SRC = HSE */
      0x40030400u, 0, 0, 0, 15u, .pwr = 0u },   /* FLASH_LATENCY_15 */
    /* L5 (RM0438, stm32l552xx.h): as L4 with CCIPR1 @0x88, CCIPR2 @0x9C;
     * MSIPLLEN bit 2; AHB1ENR keeps FLASHEN 8 and GTZCEN 22; ICACHE at
     * 0x40030400 */
    { SYSBOOT_CLOCK_LAYOUT_L5, 0x40021000u, 0x40022000u, 0xFu,
      1u << 0, 1u << 1, 0x08, 0x3u, 0xCu, 0x3u,
      (1u << 24) | (1u << 26) | (1u << 28), (1u << 25) | (1u << 27) | (1u << 29),
      1u << 16, 1u << 17, 0x08, 0x00000080u, 0x0C, 0x00001000u,
      { { 0x48, (1u << 22) | (1u << 8) }, { 0x4C, 0 }, { 0x50, 0 }, { 0x58, 1u << 10 }, { 0x5C, 0 },
        { 0x60, 0 } }, 6,
      0u, 1u << 8, 1u << 10, 0,
      { { 0x00, 0xF0u, 0xB0u, 0x60u, 0 },                     /* MSIRANGE 11 -> 6 */
        { 0x00, 1u << 2, 1u << 2, 0, 2 },                     /* MSIPLLEN off */
        { 0x88, 0xFFFFFFFFu, 0x0C000000u, 0, 1 },             /* CCIPR1: CLK48MSEL */
        { 0x9C, 0xFFFFFFFFu, 0x00300000u, 0, 1 },             /* CCIPR2: OSPISEL */
        { 0x98, 0x00000001u, 0x00000001u, 0, 1 },             /* CRRCR: HSI48ON */
        { 0x10, 0xFFFFFFFFu, 0x00000A00u, 0x00001000u, 1 },   /* PLLSAI1CFGR (reset: SVD L552) */
        { 0x14, 0xFFFFFFFFu, 0x00000A00u, 0x00001000u, 1 } }, 7,  /* PLLSAI2CFGR */
      0x40030400u, 0, 0, 0, 15u, .pwr = 0u },   /* FLASH_LATENCY_15 */
    /* WBA (RM0493, stm32wba55xx.h): HSI16 (CR 8/10) is the reset clock,
     * CFGR1 @0x1C SW 00 = HSI16, 11 = PLL1R; one PLL (24/25); no HSEBYP:
     * HSEPRE (bit 20) is the HSE companion; HPRE in CFGR2 @0x20 [2:0]
     * (100 = /2); PPRE7 in CFGR3 @0x24 [6:4]; PLL1DIVR @0x34 resets to
     * 0x01010280; memories' enables SRAM1 (AHB1ENR 31), SRAM2 (AHB2ENR 30),
     * FLASH, GTZC1; RTCAPBEN in APB7ENR @0xA8; ICACHE at 0x40030400 */
    { SYSBOOT_CLOCK_LAYOUT_WBA, 0x46020C00u, 0x40022000u, 0xFu,
      1u << 8, 1u << 10, 0x1C, 0x3u, 0xCu, 0x3u,
      1u << 24, 1u << 25,
      1u << 16, 1u << 17, 0x20, 0x00000004u, 0x34, 0x01010280u,
      { { 0x88, (1u << 31) | (1u << 24) | (1u << 8) }, { 0x8C, 1u << 30 }, { 0x94, 0 }, { 0x98, 0 },
        { 0x9C, 0 }, { 0xA0, 0 }, { 0xA4, 0 }, { 0xA8, 1u << 21 } }, 8,
      0u, 0, 0, 1u << 20,
      { { 0x1C, 0x7F000000u, 0x31000000u, 0, 0 },             /* CFGR1: MCO = SYSCLK / 8 */
        { 0x24, 0x70u, 0x50u, 0, 0 },                         /* CFGR3 PPRE7 /4 -> /1 */
        { 0x28, 0xFFFFFFFFu, 0x00000003u, 0, 1 },             /* PLL1CFGR: PLL1SRC = HSE32 */
        { 0x38, 0xFFFFFFFFu, 0x00008000u, 0, 1 },             /* PLL1FRACR: PLL1FRACN */
        { 0xE0, 0xFFFFFFFFu, 0x00000003u, 0, 1 },             /* CCIPR1: USART1SEL */
        { 0xE8, 0xFFFFFFFFu, 0x00000001u, 0, 1 } }, 6,        /* CCIPR3: LPUART1SEL */
      0x40030400u, 0, 1u, 0, 15u, .pwr = 0u },   /* FLASH_ACR reset 0x00000001 (SVD WBA55); FLASH_LATENCY_15 */
    /* H5 (stm32h563xx.h, ST SVD): HSI (CR 0/1) the reset clock at HSIDIV /2,
     * HSIDIVF 5 reads 1 once a divider is in effect; CSI 8/9, HSI48 12/13;
     * CFGR1 @0x1C SW 11 = PLL1, SWS [4:3]; HPRE in CFGR2 @0x20; PLL1DIVR
     * @0x34 resets to 0x01010280; FLASH ACR resets to 0x13 (LATENCY 3,
     * WRHIGHFREQ 1), which must be in place before HSI (up to 64 MHz)
     * becomes SYSCLK; AHB1ENR keeps SRAM1/DCACHE1/BKPRAM/FLITF, AHB2ENR
     * SRAM2/3, APB3ENR RTCAPB; ICACHE at 0x40030400 */
    { SYSBOOT_CLOCK_LAYOUT_H5, 0x44020C00u, 0x40022000u, 0x3Fu,
      1u << 0, 1u << 1, 0x1C, 0x3u, 0x18u, 0x3u,
      (1u << 24) | (1u << 26) | (1u << 28), (1u << 25) | (1u << 27) | (1u << 29),
      1u << 16, 1u << 17, 0x20, 0x00000008u, 0x34, 0x01010280u,
      { { 0x88, 0xD0000100u }, { 0x8C, 0xC0000000u }, { 0x94, 0 }, { 0x9C, 0 }, { 0xA0, 0 },
        { 0xA4, 0 }, { 0xA8, 1u << 21 } }, 7,
      0u, (1u << 8) | (1u << 12), (1u << 9) | (1u << 13), 0,
      { { 0x00, 0x18u, 0x18u, 0x08u, 1 },                     /* HSIDIV /8 -> /2 */
        { 0xE4, 0xFFFFFFFFu, 0x00000002u, 0, 1 },             /* CCIPR4: OCTOSPISEL = PLL2R */
        { 0x3C, 0xFFFFFFFFu, 0x0101023Fu, 0x01010280u, 1 },   /* PLL2DIVR */
        { 0x48, 0xFFFFFFFFu, 0x00000008u, 0, 1 },             /* PLL3FRACR */
        { 0x1C, 0xFFFFFFE4u, 0x01C00000u, 0, 0 },             /* CFGR1: MCO1 */
        { 0x28, 0xFFFFFFFFu, 0x00000003u, 0, 1 },             /* PLL1CFGR: PLL1SRC = HSE */
        { 0x2C, 0xFFFFFFFFu, 0x00000003u, 0, 1 },             /* PLL2CFGR */
        { 0x30, 0xFFFFFFFFu, 0x00000003u, 0, 1 },             /* PLL3CFGR */
        { 0x38, 0xFFFFFFFFu, 0x00000008u, 0, 1 },             /* PLL1FRACR */
        { 0x40, 0xFFFFFFFFu, 0x00000008u, 0, 1 },             /* PLL2FRACR */
        { 0x44, 0xFFFFFFFFu, 0x0101023Fu, 0x01010280u, 1 },   /* PLL3DIVR */
        { 0xDC, 0xFFFFFFFFu, 0x00000001u, 0, 1 },             /* CCIPR2 */
        { 0xE0, 0xFFFFFFFFu, 0x00000001u, 0, 1 },             /* CCIPR3 */
        { 0xE8, 0xFFFFFFFFu, 0x10000000u, 0, 1 } }, 14,       /* CCIPR5: CKPERSEL = CSI */
      0x40030400u, 1u << 5, 0x13u, 0, 7u, .pwr = 0u },
    /* H503 (stm32h503xx.h, ST SVD): as H5 without PLL3, HSIDIV /1 at reset */
    { SYSBOOT_CLOCK_LAYOUT_H503, 0x44020C00u, 0x40022000u, 0x3Fu,
      1u << 0, 1u << 1, 0x1C, 0x3u, 0x18u, 0x3u,
      (1u << 24) | (1u << 26), (1u << 25) | (1u << 27),
      1u << 16, 1u << 17, 0x20, 0x00000008u, 0x34, 0x01010280u,
      { { 0x88, 0xD0000100u }, { 0x8C, 0xC0000000u }, { 0x9C, 0 }, { 0xA0, 0 }, { 0xA4, 0 },
        { 0xA8, 1u << 21 } }, 6,  /* DCACHE1EN 30, SRAM3EN 31: reserved, read 0 on H503 */
      0u, (1u << 8) | (1u << 12), (1u << 9) | (1u << 13), 0,
      { { 0x00, 0x18u, 0x10u, 0x00u, 1 },                     /* HSIDIV /4 -> /1 */
        { 0xD8, 0xFFFFFFFFu, 0x00000001u, 0, 1 } }, 2,        /* CCIPR1: USART1SEL */
      0x40030400u, 1u << 5, 0x13u, 0, 7u, .pwr = 0u },
    /* U3 (stm32u385xx.h): MSIS (CR 0/2) the reset clock at 12 MHz (ICSCR1
     * MSISSEL 1, MSISDIV /2); no PLL, so HSI16 (11/13, SW 01) plays the
     * application's fast clock; HSI48 14/15; CFGR1 @0x1C, HPRE in CFGR2;
     * FLASH_ACR resets to 1 (SVD U385): raised to 15, back to 1 last;
     * SRAM3EN/SRAM4EN (U3B5/U3C5) kept with SRAM1EN/SRAM2EN; ICACHE at
     * 0x40030400 */
    { SYSBOOT_CLOCK_LAYOUT_U3, 0x40030C00u, 0x40022000u, 0xFu,
      1u << 0, 1u << 2, 0x1C, 0x3u, 0xCu, 0x1u,
      1u << 11, 1u << 13,
      1u << 16, 1u << 17, 0x20, 0x00000008u, 0, 0,
      { { 0x88, 0xC0000100u }, { 0x8C, 0xC0000000u }, { 0x90, 0 }, { 0x94, 1u << 2 },  /* SRAM1..4EN, FLASHEN */
        { 0x9C, 1u << 30 }, { 0xA0, 0 }, { 0xA4, 0 }, { 0xA8, 0 } }, 8,
      0u, 1u << 14, 1u << 15, 0,
      { { 0x08, 0xE0000000u, 0x00000000u, 0xA0000000u, 0 },   /* MSIS range 96 MHz /1 -> 24 MHz /2 */
        { 0x00, 0x60u, 0x40u, 0, 2 },                         /* MSIPLL0EN off */
        { 0x100, 0xFFFFFFFFu, 0x00000002u, 0, 1 },            /* CCIPR1 */
        { 0x104, 0xFFFFFFFFu, 0x00000002u, 0, 1 },            /* CCIPR2 */
        { 0x108, 0xFFFFFFFFu, 0x00000002u, 0, 1 },            /* CCIPR3 */
        { 0x1C, 0xFFFFFFF0u, 0x01000000u, 0, 0 },             /* CFGR1: MCO */
        { 0x24, 0xFFFFFFFFu, 0x00000050u, 0, 0 },             /* CFGR3: PPRE3 /4 */
        { 0x28, 0xFFFFFFFFu, 0x00000001u, 0, 0 } }, 8,        /* CFGR4: BOOSTSEL */
      0x40030400u, 0, 1u, 0, 15u, .pwr = 0u },   /* FLASH_ACR reset 0x00000001 (SVD U385); FLASH_LATENCY_15 */
    /* C5 (stm32c562xx.h): HSIDIV3 (CR1 1/5) the reset clock, 48 MHz; the
     * PSI (8/12, 9/13, 10/14; SW 11 = PSIS) plays the PLL, HSIS (0/4) and
     * HSIK (2/6) off at reset; SWS [4:3]; HPRE in CFGR2; CR2 (PSI
     * configuration) resets to 0; FLASH_ACR resets to 0x27 on C531/C532/
     * C542 and 0x24 on the others (ST SVD STM32C5 V1.0): raised to 7 or
     * more, to 7 last, the higher; ICACHE at 0x40030400 */
    { SYSBOOT_CLOCK_LAYOUT_C5, 0x44020C00u, 0x40022000u, 0xFu,
      1u << 1, 1u << 5, 0x1C, 0x3u, 0x18u, 0x3u,
      (1u << 8) | (1u << 9) | (1u << 10), (1u << 12) | (1u << 13) | (1u << 14),
      1u << 16, 1u << 17, 0x20, 0x00000008u, 0x04, 0u,
      { { 0x88, 0xC0000100u }, { 0x8C, 0 }, { 0x94, 0 }, { 0x9C, 0 }, { 0xA0, 0 }, { 0xA4, 0 },
        { 0xA8, 1u << 21 } }, 7,
      0u, (1u << 0) | (1u << 2), (1u << 4) | (1u << 6), 0,
      { { 0xD8, 0xFFFFFFFFu, 0x00000003u, 0, 1 },             /* CCIPR1 */
        { 0xDC, 0xFFFFFFFFu, 0x00000010u, 0, 1 },             /* CCIPR2 */
        { 0x04, 0xFFFFFFFFu, 0x00120000u, 0, 1 },             /* CR2: PSI on HSE */
        { 0x1C, 0xFFFFFFE4u, 0x01000000u, 0, 0 },             /* CFGR1: MCO */
        { 0xE0, 0xFFFFFFFFu, 0x00000001u, 0, 1 } }, 5,        /* CCIPR3: XSPI1SEL (C59x/C5A3) */
      0x40030400u, 0, 7u, 0, 7u, .pwr = 0u,      /* LATENCY 7: C531/C532/C542's reset value */
      .latency_top = 15u },   /* LATENCY[3:0] (stm32c562xx.h); C5's own maximum unknown: RM0522 not read */
    /* H7RS (stm32h7s7xx.h, values HAL_RCC_DeInit writes): HSI (CR 0/2) the
     * reset clock at /1, HSIDIVF 5; CSI 7/8, HSI48 12/13; CFGR @0x10 SW 011
     * = PLL1; CPRE in CDCFGR @0x18; PLLCKSELR @0x28 resets to 0x02020200;
     * CCIPR1 FMCSEL/XSPI1SEL/XSPI2SEL [7:0] to HCLK; FLASH ACR 0x13 before
     * HSI (64 MHz) is SYSCLK; AHB2ENR keeps SRAM1/2, AHB4ENR BKPRAM */
    { SYSBOOT_CLOCK_LAYOUT_H7RS, 0x58024400u, 0x52002000u, 0x3Fu,
      1u << 0, 1u << 2, 0x10, 0x7u, 0x38u, 0x3u,
      (1u << 24) | (1u << 26) | (1u << 28), (1u << 25) | (1u << 27) | (1u << 29),
      1u << 16, 1u << 17, 0x18, 0x00000008u, 0x28, 0x02020200u,
      { { 0x134, 0 }, { 0x138, 0 }, { 0x13C, 0x60000000u }, { 0x140, 0x10000000u }, { 0x144, 0 },
        { 0x148, 0 }, { 0x14C, 0 }, { 0x150, 0 }, { 0x154, 1u << 16 }, { 0x158, 0 } }, 10,
      0u, (1u << 7) | (1u << 12), (1u << 8) | (1u << 13), 0,
      { { 0x00, 0x18u, 0x08u, 0x00u, 1 },                     /* HSIDIV /2 -> /1 */
        { 0x4C, 0xF3u, 0x51u, 0x00u, 1 },                     /* XSPI1SEL, XSPI2SEL = PLL2S, FMCSEL PLL1Q */
        { 0xC4, 0xFFFFFFFFu, 0x00000203u, 0x00000101u, 1 },   /* PLL2DIVR2 */
        { 0x100, 0x3u, 0x1u, 0x0u, 0 },                       /* CKPROTR XSPICKP, before the PLLs */
        { 0x20, 0x7777u, 0x4444u, 0, 0 },                     /* APBCFGR /2 -> /1 */
        { 0x10, 0xFFFFFFC0u, 0x01C00000u, 0, 0 },             /* CFGR: MCO1 */
        { 0x1C, 0xFFFFFFFFu, 0x00000008u, 0, 0 },             /* BMCFGR: BMPRE /2 */
        { 0x2C, 0xFFFFFFFFu, 0x00000055u, 0, 1 },             /* PLLCFGR */
        { 0x30, 0xFFFFFFFFu, 0x0101023Fu, 0x01010280u, 1 },   /* PLL1DIVR1 */
        { 0x34, 0xFFFFFFFFu, 0x00000008u, 0, 1 },             /* PLL1FRACR */
        { 0x38, 0xFFFFFFFFu, 0x0101023Fu, 0x01010280u, 1 },   /* PLL2DIVR1 */
        { 0x3C, 0xFFFFFFFFu, 0x00000008u, 0, 1 },             /* PLL2FRACR */
        { 0x40, 0xFFFFFFFFu, 0x0101023Fu, 0x01010280u, 1 },   /* PLL3DIVR1 */
        { 0x44, 0xFFFFFFFFu, 0x00000008u, 0, 1 },             /* PLL3FRACR */
        { 0xC0, 0xFFFFFFFFu, 0x00000203u, 0x00000101u, 1 },   /* PLL1DIVR2 */
        { 0xC8, 0xFFFFFFFFu, 0x00000203u, 0x00000101u, 1 } }, 16, /* PLL3DIVR2 */
      0u, 1u << 5, 0x13u, 0, 3u, .pwr = 0u },
};

/* The RCC layout of each series, as the reference manuals group them:
 * chosen by the row's series (and H503's DEV_ID), not by the layout its
 * data row names, so a row with the wrong layout shows. */
static uint8_t layout_of_series(const sysboot_device *d)
{
    static const struct { uint8_t series, layout; } map[] = {
        { SYSBOOT_SERIES_F0, SYSBOOT_CLOCK_LAYOUT_F1 }, { SYSBOOT_SERIES_F1, SYSBOOT_CLOCK_LAYOUT_F1 },
        { SYSBOOT_SERIES_F3, SYSBOOT_CLOCK_LAYOUT_F1 }, { SYSBOOT_SERIES_F2, SYSBOOT_CLOCK_LAYOUT_F4 },
        { SYSBOOT_SERIES_F4, SYSBOOT_CLOCK_LAYOUT_F4 }, { SYSBOOT_SERIES_F7, SYSBOOT_CLOCK_LAYOUT_F7 },
        { SYSBOOT_SERIES_L4, SYSBOOT_CLOCK_LAYOUT_L4 }, { SYSBOOT_SERIES_L4P, SYSBOOT_CLOCK_LAYOUT_L4 },
        { SYSBOOT_SERIES_G0, SYSBOOT_CLOCK_LAYOUT_G0 }, { SYSBOOT_SERIES_C0, SYSBOOT_CLOCK_LAYOUT_C0 },
        { SYSBOOT_SERIES_H7, SYSBOOT_CLOCK_LAYOUT_H7 }, { SYSBOOT_SERIES_G4, SYSBOOT_CLOCK_LAYOUT_G4 },
        { SYSBOOT_SERIES_WB, SYSBOOT_CLOCK_LAYOUT_WB }, { SYSBOOT_SERIES_WL, SYSBOOT_CLOCK_LAYOUT_WL },
        { SYSBOOT_SERIES_U0, SYSBOOT_CLOCK_LAYOUT_U0 }, { SYSBOOT_SERIES_L0, SYSBOOT_CLOCK_LAYOUT_L0 },
        { SYSBOOT_SERIES_L1, SYSBOOT_CLOCK_LAYOUT_L1 }, { SYSBOOT_SERIES_U5, SYSBOOT_CLOCK_LAYOUT_U5 },
        { SYSBOOT_SERIES_L5, SYSBOOT_CLOCK_LAYOUT_L5 }, { SYSBOOT_SERIES_WBA, SYSBOOT_CLOCK_LAYOUT_WBA },
        { SYSBOOT_SERIES_H5, SYSBOOT_CLOCK_LAYOUT_H5 }, { SYSBOOT_SERIES_U3, SYSBOOT_CLOCK_LAYOUT_U3 },
        { SYSBOOT_SERIES_C5, SYSBOOT_CLOCK_LAYOUT_C5 }, { SYSBOOT_SERIES_H7RS, SYSBOOT_CLOCK_LAYOUT_H7RS },
    };
    unsigned i;
    if (d->dev_id == 0x474u)
        return SYSBOOT_CLOCK_LAYOUT_H503;   /* RM0492: H503 */
    if (d->dev_id == 0x480u)
        return SYSBOOT_CLOCK_LAYOUT_H7AB;   /* RM0455: H7A3/B3/B0 */
    for (i = 0; i < sizeof map / sizeof map[0]; i++)
        if (map[i].series == d->series)
            return map[i].layout;
    return SYSBOOT_CLOCK_LAYOUT_NONE;
}

const clock_model *clock_model_of(const sysboot_device *d)
{
    unsigned i;
    uint8_t layout = layout_of_series(d);
    if (sysboot_clock_site_of(d)->layout == SYSBOOT_CLOCK_LAYOUT_NONE)
        return NULL;   /* no software entry: no clock reset to judge */
    for (i = 0; i < sizeof models / sizeof models[0]; i++)
        if (models[i].layout == layout)
            return &models[i];
    return NULL;
}

static unsigned sws_shift_of(const clock_model *m)
{
    unsigned shift = 0;
    while (((m->sws_mask >> shift) & 1u) == 0u)
        shift++;
    return shift;
}

uint32_t clock_model_sws_reset(const clock_model *m)
{
    return m->sw_reset << sws_shift_of(m);
}

/* Each xxON bit of CR sets the nearest xxRDY bit to its left (one to
 * four up: C5's HSIDIV3ON 1 -> HSIDIV3RDY 5). */
static void follow_bits(uint32_t cr, uint32_t on, uint32_t rdy)
{
    unsigned b, up;
    for (b = 0; b < 32; b++) {
        if ((on & (1u << b)) == 0u)
            continue;
        for (up = 1; up <= 4 && b + up < 32; up++) {
            if ((rdy & (1u << (b + up))) != 0u) {
                fake_follow(cr, 1u << b, cr, 1u << (b + up));
                rdy &= ~(1u << (b + up));
                break;
            }
        }
    }
}

void clock_model_install(const sysboot_device *d)
{
    const clock_model *m = clock_model_of(d);
    uint32_t cr;
    if (m == NULL)
        return;
    cr = m->rcc;
    follow_bits(cr, m->osc_on | m->pll_on | m->hse_on | m->other_on,
                m->osc_rdy | m->pll_rdy | m->hse_rdy | m->other_rdy);
    fake_follow(cr + m->cfgr, m->sw_mask, cr + m->cfgr, m->sws_mask);
    /* the reset oscillator runs at reset, SYSCLK on it */
    fake_poke(cr, m->osc_on | m->osc_rdy | m->cr_fixed);
    fake_poke(cr + m->cfgr, m->sw_reset | clock_model_sws_reset(m));
    /* ICACHE: disabling it starts an invalidation, over (BUSYF clear) by
     * the next access in this model; the cache is off at reset */
    if (m->icache != 0u)
        fake_follow(CLOCK_MODEL_ICACHE_CR(m), 1u, CLOCK_MODEL_ICACHE_SR(m), 1u);
}

uint32_t clock_model_app_latency(const clock_model *m)
{
    if (m->latency_top != 0u)
        return m->latency_top;
    return m->latency_first != 0u ? m->latency_first : 2u & m->latency_mask;
}

int clock_model_in_rcc(const clock_model *m, uint32_t addr)
{
    return addr >= m->rcc && addr < m->rcc + 0x400u;
}

uint32_t clock_model_hse_companion(const clock_model *m)
{
    return m->hse_companion != 0u ? m->hse_companion : 1u << 18;
}

void clock_model_dirty(const clock_model *m)
{
    unsigned sws_shift = sws_shift_of(m), k;
    uint32_t cr = m->rcc;
    fake_poke(cr, m->pll_on | m->pll_rdy | m->hse_on | m->hse_rdy | clock_model_hse_companion(m) |
                  m->other_on | m->other_rdy | m->cr_fixed);
    fake_poke(cr + m->cfgr, m->sw_pll | (m->sw_pll << sws_shift) |
              (m->prescaler_reg == m->cfgr ? m->prescaler_dirty : 0u));
    if (m->prescaler_reg != m->cfgr)
        fake_poke(cr + m->prescaler_reg, m->prescaler_dirty);
    if (m->flash_acr != 0u)
        fake_poke(m->flash_acr, 0x00000700u | clock_model_app_latency(m));
    for (k = 0; k < m->enable_count; k++)
        fake_poke(cr + m->enables[k].offset, 0xFFFFFFFFu);
    if (m->pllcfgr != 0u)
        fake_poke(cr + m->pllcfgr, 0x12345678u);
    for (k = 0; k < m->field_count; k++) {
        const clock_model_field *f = &m->fields[k];
        uint32_t a = cr + f->offset;
        fake_poke(a, (fake_peek(a) & ~f->mask) | f->dirty);
    }
    if (m->icache != 0u) {                /* cache on and idle */
        fake_poke(CLOCK_MODEL_ICACHE_CR(m), 1u);
        fake_poke(CLOCK_MODEL_ICACHE_SR(m), 0u);
    }
}

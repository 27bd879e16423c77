/*
 * Known answers: the register facts of every family, typed from ST's
 * documents (CMSIS device headers, STM32Cube HAL/LL headers, ST SVD files,
 * reference manuals, AN2606; the source of each value beside it), never from
 * data/stm32.def, and checked only through what the library does: the fake
 * is made the chip by its CPUID and IDCODE, the ROM's vector table is put
 * where the document says, and sysboot_enter()/sysboot_early()/
 * sysboot_check() must then reset, branch and refuse at the registers and
 * bits written here. A wrong fact in the data file fails these tests.
 *
 * Headers read (commit in brackets): STMicroelectronics/cmsis_device_c0
 * [fb56b1b7], _f0 [f3174b28], _f1 [8a76309e], _f2 [49321f1e], _f3
 * [5558e64e], _f4 [cdbad761], _f7 [b01bc43f], _g0 [6988fd42], _g4 [f4ee3999],
 * _h5 [9a778e0f], _h7 [13ba9da7], _h7rs [832649d1], _l0 [b3b1d7b1], _l1
 * [f1665c78], _l4 [a2530753], _l5 [593f41f6], _u0 [9d8bd58e], _u5 [48a64b6a],
 * _wb [d6a7fa2e], _wba [ed5bd6db], _wl [f005e572], cmsis-device-u3
 * [55ea4159], cmsis-device-n6 [f818b00f]; STM32Cube HAL/LL and STM32CubeC5
 * headers as zephyrproject-rtos/hal_stm32 [fe7d2e2b] ships them
 * (stm32cube/stm32xxxx); ST SVD files (modm-ext/cmsis-svd-stm32-zip
 * [5f1a4a76], cmsis-svd/cmsis-svd-data [05a9562e] data/STMicro); ST's
 * OpenOCD fork STMicroelectronics/OpenOCD [08fd860b] and openocd-org/openocd
 * [abbbc2e0] src/flash/nor where no ST document gives a DEV_ID. Register
 * addresses are <PERIPH>_BASE + offsetof(<PERIPH>_TypeDef, <REG>) of the
 * header named; bits are its <REG>_<FIELD>_Msk. A ROM address marked "no ST
 * text here" is AN2606's value as quoted elsewhere, not re-read.
 */
#include "tests.h"
#include "fake.h"

#include <string.h>

/* Armv7-M/Armv8-M system control block (ARM ARM B3.2.2) */
#define KA_CPUID 0xE000ED00u
#define KA_VTOR  0xE000ED08u

/* SCB->CPUID: implementer 0x41, variant, architecture (0xC ARMv6-M, 0xF
 * ARMv7-M/ARMv8-M), PARTNO, revision; rNpM from the header's __CMx_REV */
#define KA_M0     0x410CC200u   /* Cortex-M0 r0p0: __CM0_REV 0 */
#define KA_M0P    0x410CC600u   /* Cortex-M0+ r0p0: __CM0PLUS_REV 0 */
#define KA_M3     0x412FC230u   /* Cortex-M3 r2p0: __CM3_REV 0x0200 */
#define KA_M4     0x410FC241u   /* Cortex-M4 r0p1: __CM4_REV 0x0001 */
#define KA_M7_R0P1 0x410FC271u  /* stm32f746xx.h __CM7_REV 0x0001 */
#define KA_M7_R1P0 0x411FC270u  /* stm32f767xx.h __CM7_REV 0x0100 */
#define KA_M7_R1P1 0x411FC271u  /* stm32h743xx.h __CM7_REV 0x0101 */
#define KA_M7_R1P2 0x411FC272u  /* stm32h7a3xx.h/h723xx.h "r1p2", stm32h7s7xx.h 0x0102 */
#define KA_M33    0x410FD210u   /* Cortex-M33 r0p0: __CM33_REV 0x0000 */
#define KA_M33_R0P4 0x410FD214u /* stm32c562xx.h __CM33_REV 0x0004 */
#define KA_M55    0x411FD221u   /* stm32n657xx.h __CM55_REV 0x0101 */

typedef struct {
    uint32_t reg, mask, value;  /* (reg & mask) == value; reg 0: not typed */
} ka_field;

/* The register facts of one register layout. */
typedef struct {
    uint32_t rst, sw, rmvf, pin;   /* reset-cause register, SFTRSTF, RMVF, PINRSTF */
    uint32_t power_on;             /* the flags of a power-on or brown-out reset */
    ka_field remap;                /* SYSCFG memory remap to system flash */
    uint32_t remap_clk, remap_clk_bit;
    ka_field rdp2;                 /* RDP level 2 / the state that bars the ROM */
    ka_field tz;                   /* TrustZone on */
    uint32_t empty, empty_bit;     /* flash "empty" flag software may set */
    ka_field rdp0;                 /* read protection level 0: the ROM hands out flash */
} ka_regs;

/* C0: stm32c011xx.h / stm32c071xx.h, RM0490 */
static const ka_regs ka_c0 = {
    0x40021060, 0x10000000, 0x00800000, 0x04000000, /* RCC_CSR2: SFTRSTF, RMVF, PINRSTF */
    0x08000000,                                     /* RCC_CSR2_PWRRSTF */
    { 0x40010000, 0x3, 0x1 },                       /* SYSCFG_CFGR1.MEM_MODE = 01 (MEM_MODE_0) */
    0x40021040, 0x1,                                /* RCC_APBENR2.SYSCFGEN */
    { 0x40022020, 0xFF, 0xCC },                     /* FLASH_OPTR.RDP; HAL OB_RDP_LEVEL_2 0xCC */
    { 0, 0, 0 },
    0x40022000, 0x00010000,                         /* FLASH_ACR.PROGEMPTY */
    { 0x40022020, 0xFF, 0xAA },                     /* FLASH_OPTR.RDP; HAL OB_RDP_LEVEL_0 0xAA */
};
/* C5: STM32CubeC5 stm32c562xx.h (hal_stm32 stm32cube/stm32c5xx/dfp) */
static const ka_regs ka_c5 = {
    0x44020CF4, 0x10000000, 0x00800000, 0x04000000, /* RCC_RSR: SFTRSTF, RMVF, PINRSTF */
    0x08000000,                                     /* RCC_RSR_BORRSTF */
    { 0, 0, 0 }, 0, 0, { 0, 0, 0 }, { 0, 0, 0 }, 0, 0,
    { 0x40022050, 0xFF00, 0xED00 },                 /* OPTSR_CUR.RDP_LEVEL; LL_FLASH_OB_RDP_LEVEL_0 0xED */
};
/* F0: stm32f072xb.h, RM0091 */
static const ka_regs ka_f0 = {
    0x40021024, 0x10000000, 0x01000000, 0x04000000, /* RCC_CSR: SFTRSTF, RMVF, PINRSTF */
    0x08000000,                                     /* RCC_CSR_PORRSTF */
    { 0x40010000, 0x3, 0x1 },                       /* SYSCFG_CFGR1.MEM_MODE = 01 */
    0x40021018, 0x1,                                /* RCC_APB2ENR.SYSCFGCOMPEN */
    { 0x4002201C, 0x6, 0x6 },                       /* FLASH_OBR RDPRT1|RDPRT2 = 11: level 2 (as stm32f303xc.h FLASH_OBR_RDPRT_2) */
    { 0, 0, 0 }, 0, 0,
    { 0x4002201C, 0x6, 0x0 },                       /* FLASH_OBR RDPRT1|RDPRT2 clear: HAL FLASH_OB_GetRDP level 0 */
};
/* F1: stm32f103xb.h, RM0008: no RDP level 2, no remap */
static const ka_regs ka_f1 = {
    0x40021024, 0x10000000, 0x01000000, 0x04000000, 0x08000000, /* RCC_CSR; PORRSTF */
    { 0, 0, 0 }, 0, 0, { 0, 0, 0 }, { 0, 0, 0 }, 0, 0,
    { 0x4002201C, 0x2, 0x0 },                       /* FLASH_OBR_RDPRT clear: HAL FLASH_OB_GetRDP level 0 */
};
/* F2: stm32f207xx.h, RM0033 */
static const ka_regs ka_f2 = {
    0x40023874, 0x10000000, 0x01000000, 0x04000000, /* RCC_CSR */
    0x0A000000,                                     /* RCC_CSR_BORRSTF | RCC_CSR_PORRSTF */
    { 0x40013800, 0x3, 0x1 },                       /* SYSCFG_MEMRMP.MEM_MODE = 01 */
    0x40023844, 0x4000,                             /* RCC_APB2ENR.SYSCFGEN */
    { 0x40023C14, 0xFF00, 0xCC00 },                 /* FLASH_OPTCR.RDP; HAL OB_RDP_LEVEL_2 0xCC */
    { 0, 0, 0 }, 0, 0,
    { 0x40023C14, 0xFF00, 0xAA00 },                 /* FLASH_OPTCR.RDP; HAL OB_RDP_LEVEL_0 0xAA */
};
/* F3: stm32f303xc.h / stm32f373xc.h, RM0316/RM0313 */
static const ka_regs ka_f3 = {
    0x40021024, 0x10000000, 0x01000000, 0x04000000, 0x08000000, /* RCC_CSR; PORRSTF */
    { 0x40010000, 0x3, 0x1 },                       /* SYSCFG_CFGR1.MEM_MODE = 01 */
    0x40021018, 0x1,                                /* RCC_APB2ENR.SYSCFGEN */
    { 0x4002201C, 0x6, 0x6 },                       /* FLASH_OBR_RDPRT_2 (0x3 << 1) */
    { 0, 0, 0 }, 0, 0,
    { 0x4002201C, 0x6, 0x0 },                       /* RDPRT (F37x: LEVEL1_PROT|LEVEL2_PROT) clear: HAL level 0 */
};
/* F40x/41x: stm32f407xx.h, RM0090 */
static const ka_regs ka_f4 = {
    0x40023874, 0x10000000, 0x01000000, 0x04000000, 0x0A000000, /* RCC_CSR; BORRSTF|PORRSTF */
    { 0x40013800, 0x3, 0x1 },                       /* SYSCFG_MEMRMP.MEM_MODE (2 bits) = 01 */
    0x40023844, 0x4000,                             /* RCC_APB2ENR.SYSCFGEN */
    { 0x40023C14, 0xFF00, 0xCC00 },                 /* FLASH_OPTCR.RDP = 0xCC */
    { 0, 0, 0 }, 0, 0,
    { 0x40023C14, 0xFF00, 0xAA00 },                 /* FLASH_OPTCR.RDP; HAL OB_RDP_LEVEL_0 0xAA */
};
/* F42x/43x: stm32f429xx.h, RM0090 */
static const ka_regs ka_f42x = {
    0x40023874, 0x10000000, 0x01000000, 0x04000000, 0x0A000000,
    { 0x40013800, 0x7, 0x1 },                       /* SYSCFG_MEMRMP_MEM_MODE is 3 bits here */
    0x40023844, 0x4000, { 0x40023C14, 0xFF00, 0xCC00 }, { 0, 0, 0 }, 0, 0,
    { 0x40023C14, 0xFF00, 0xAA00 }
};
/* F7: stm32f746xx.h / stm32f767xx.h, RM0385/RM0410 (VTOR, no remap) */
static const ka_regs ka_f7 = {
    0x40023874, 0x10000000, 0x01000000, 0x04000000, 0x0A000000, /* RCC_CSR; BORRSTF|PORRSTF */
    { 0, 0, 0 }, 0, 0,
    { 0x40023C14, 0xFF00, 0xCC00 },                 /* FLASH_OPTCR.RDP; HAL OB_RDP_LEVEL_2 */
    { 0, 0, 0 }, 0, 0,
    { 0x40023C14, 0xFF00, 0xAA00 },                 /* FLASH_OPTCR.RDP; stm32f7xx_hal_flash_ex.h OB_RDP_LEVEL_0 0xAA */
};
/* G0: stm32g071xx.h / stm32g0b1xx.h, RM0444 */
static const ka_regs ka_g0 = {
    0x40021060, 0x10000000, 0x00800000, 0x04000000, /* RCC_CSR */
    0x08000000,                                     /* RCC_CSR_PWRRSTF */
    { 0x40010000, 0x3, 0x1 }, 0x40021040, 0x1,      /* SYSCFG_CFGR1.MEM_MODE; RCC_APBENR2.SYSCFGEN */
    { 0x40022020, 0xFF, 0xCC }, { 0, 0, 0 },        /* FLASH_OPTR.RDP */
    0x40022000, 0x00010000,                         /* FLASH_ACR.PROGEMPTY */
    { 0x40022020, 0xFF, 0xAA },                     /* FLASH_OPTR.RDP; stm32g0xx_hal_flash.h OB_RDP_LEVEL_0 */
};
/* H562/563/573: stm32h563xx.h (v1.3.0), RM0481 */
static const ka_regs ka_h5 = {
    0x44020CF4, 0x10000000, 0x00800000, 0x04000000, 0x08000000, /* RCC_RSR; BORRSTF */
    { 0, 0, 0 }, 0, 0,
    { 0x40022050, 0xFF00, 0x5C00 },                 /* FLASH_OPTSR_CUR.PRODUCT_STATE; HAL OB_PROD_STATE_LOCKED */
    { 0x40022070, 0xFF000000, 0xB4000000 },         /* FLASH_OPTSR2_CUR.TZEN; HAL OB_TZEN_ENABLE */
    0, 0,
    { 0x40022050, 0xFF00, 0xED00 },                 /* OPTSR_CUR.PRODUCT_STATE; HAL OB_PROD_STATE_OPEN */
};
/* H503: stm32h503xx.h, RM0492 (no TrustZone) */
static const ka_regs ka_h503 = {
    0x44020CF4, 0x10000000, 0x00800000, 0x04000000, 0x08000000,
    { 0, 0, 0 }, 0, 0, { 0x40022050, 0xFF00, 0x5C00 }, { 0, 0, 0 }, 0, 0,
    { 0x40022050, 0xFF00, 0xED00 }
};
/* H74x/75x, H72x/73x: stm32h743xx.h / stm32h723xx.h, RM0433/RM0468 */
static const ka_regs ka_h7 = {
    0x580244D0, 0x01000000, 0x00010000, 0x00400000, /* RCC_RSR @0xD0: SFTRSTF, RMVF, PINRSTF */
    0x00B80000,                                     /* D1RSTF, D2RSTF (domain SRAM lost), BORRSTF, PORRSTF */
    { 0, 0, 0 }, 0, 0,
    { 0x5200201C, 0xFF00, 0xCC00 },                 /* FLASH_OPTSR_CUR.RDP; HAL OB_RDP_LEVEL_2 0xCC00 */
    { 0, 0, 0 }, 0, 0,
    { 0x5200201C, 0xFF00, 0xAA00 },                 /* FLASH_OPTSR_CUR.RDP; HAL OB_RDP_LEVEL_0 0xAA00 */
};
/* H7A3/B3/B0: stm32h7a3xx.h, RM0455 */
static const ka_regs ka_h7a3 = {
    0x58024530, 0x01000000, 0x00010000, 0x00400000, /* RCC_RSR @0x130 (RCC_TypeDef; ST SVD STM32H7A3x C1_RSR) */
    0x00A80000,                                     /* CDRSTF, BORRSTF, PORRSTF */
    { 0, 0, 0 }, 0, 0, { 0x5200201C, 0xFF00, 0xCC00 }, { 0, 0, 0 }, 0, 0,
    { 0x5200201C, 0xFF00, 0xAA00 }
};
/* H7R/S: stm32h7s7xx.h, RM0477 */
static const ka_regs ka_h7rs = {
    0x58024530, 0x01000000, 0x00010000, 0x00400000, /* RCC_RSR @0x130 */
    0x00A00000,                                     /* BORRSTF, PORRSTF */
    { 0, 0, 0 }, 0, 0, { 0, 0, 0 }, { 0, 0, 0 }, 0, 0,
    { 0x52002200, 0xFF, 0xB4 },                     /* FLASH NVSR @0x200 NVSTATE; HAL OB_NVSTATE_OPEN 0xB4 */
};
/* L0: stm32l053xx.h / stm32l073xx.h, RM0367/RM0376 */
static const ka_regs ka_l0 = {
    0x40021050, 0x10000000, 0x00800000, 0x04000000, 0x08000000, /* RCC_CSR; PORRSTF */
    { 0x40010000, 0x3, 0x1 }, 0x40021034, 0x1,      /* SYSCFG_CFGR1.MEM_MODE; RCC_APB2ENR.SYSCFGEN */
    { 0x4002201C, 0xFF, 0xCC },                     /* FLASH_OPTR.RDPROT; HAL OB_RDP_LEVEL_2 */
    { 0, 0, 0 }, 0, 0,
    { 0x4002201C, 0xFF, 0xAA },                     /* FLASH_OPTR.RDPROT; stm32l0xx_hal_flash_ex.h OB_RDP_LEVEL_0 */
};
/* L1: stm32l152xb.h / stm32l152xe.h, RM0038 */
static const ka_regs ka_l1 = {
    0x40023834, 0x10000000, 0x01000000, 0x04000000, 0x08000000, /* RCC_CSR; PORRSTF */
    { 0x40010000, 0x3, 0x1 }, 0x40023820, 0x1,      /* SYSCFG_MEMRMP.MEM_MODE; RCC_APB2ENR.SYSCFGEN */
    { 0x40023C1C, 0xFF, 0xCC },                     /* FLASH_OBR.RDPRT; HAL OB_RDP_LEVEL_2 */
    { 0, 0, 0 }, 0, 0,
    { 0x40023C1C, 0xFF, 0xAA },                     /* FLASH_OBR.RDPRT; stm32l1xx_hal_flash_ex.h OB_RDP_LEVEL_0 */
};
/* L4: stm32l476xx.h / stm32l432xx.h, RM0351/RM0394; L4+: stm32l4r5xx.h,
 * RM0432; G4: stm32g474xx.h / stm32g431xx.h, RM0440: the same registers */
static const ka_regs ka_l4 = {
    0x40021094, 0x10000000, 0x00800000, 0x04000000, 0x08000000, /* RCC_CSR; BORRSTF */
    { 0x40010000, 0x7, 0x1 }, 0x40021060, 0x1,      /* SYSCFG_MEMRMP.MEM_MODE (3 bits); APB2ENR.SYSCFGEN */
    { 0x40022020, 0xFF, 0xCC }, { 0, 0, 0 }, 0, 0,
    { 0x40022020, 0xFF, 0xAA },                     /* FLASH_OPTR.RDP; stm32l4xx/g4xx_hal_flash.h OB_RDP_LEVEL_0 */
};
/* L5: stm32l552xx.h, RM0438 (non-secure aliases) */
static const ka_regs ka_l5 = {
    0x40021094, 0x10000000, 0x00800000, 0x04000000, 0x08000000, /* RCC_BASE_NS CSR; BORRSTF */
    { 0, 0, 0 }, 0, 0,
    { 0x40022040, 0xFF, 0xCC },                     /* FLASH_R_BASE_NS OPTR.RDP; HAL OB_RDP_LEVEL_2 */
    { 0x40022040, 0x80000000, 0x80000000 },         /* FLASH_OPTR.TZEN; HAL OB_TZEN_ENABLE */
    0, 0,
    { 0x40022040, 0xFF, 0xAA },                     /* FLASH_OPTR.RDP; HAL OB_RDP_LEVEL_0 (0x55: level 0.5) */
};
/* U0: stm32u083xx.h, RM0503 */
static const ka_regs ka_u0 = {
    0x40021094, 0x10000000, 0x00800000, 0x04000000, 0x08000000, /* RCC_CSR; PWRRSTF */
    { 0x40010000, 0x3, 0x1 }, 0x40021060, 0x1,      /* SYSCFG_CFGR1.MEM_MODE; RCC_APBENR2.SYSCFGEN */
    { 0x40022020, 0xFF, 0xCC }, { 0, 0, 0 },
    0x40022000, 0x00010000,                         /* FLASH_ACR.EMPTY */
    { 0x40022020, 0xFF, 0xAA },                     /* FLASH_OPTR.RDP; stm32u0xx_hal_flash.h OB_RDP_LEVEL_0 */
};
/* U3: stm32u385xx.h (cmsis-device-u3 v1.3.0), RM0487 */
static const ka_regs ka_u3 = {
    0x40030D14, 0x10000000, 0x00800000, 0x04000000, 0x08000000, /* RCC_BASE_NS CSR @0x114; BORRSTF */
    { 0, 0, 0 }, 0, 0,
    { 0x40022040, 0xFF, 0xCC },                     /* FLASH_OPTR.RDP; HAL OB_RDP_LEVEL_2 */
    { 0x40022040, 0x80000000, 0x80000000 },         /* FLASH_OPTR.TZEN */
    0, 0,
    { 0x40022040, 0xFF, 0xAA },                     /* FLASH_OPTR.RDP; stm32u3xx_hal_flash.h OB_RDP_LEVEL_0 */
};
/* U5: stm32u585xx.h, RM0456; WBA: stm32wba55xx.h, RM0493 (the same registers) */
static const ka_regs ka_u5 = {
    0x46020CF4, 0x10000000, 0x00800000, 0x04000000, 0x08000000, /* RCC_BASE_NS CSR; BORRSTF */
    { 0, 0, 0 }, 0, 0,
    { 0x40022040, 0xFF, 0xCC }, { 0x40022040, 0x80000000, 0x80000000 }, /* OPTR.RDP, OPTR.TZEN */
    0, 0,
    { 0x40022040, 0xFF, 0xAA },                     /* FLASH_OPTR.RDP; stm32u5xx/wbaxx_hal_flash.h OB_RDP_LEVEL_0 */
};
/* WB: stm32wb55xx.h, RM0434; WL: stm32wle5xx.h, RM0453 (no SYSCFG clock
 * enable in either header) */
static const ka_regs ka_wb = {
    0x58000094, 0x10000000, 0x00800000, 0x04000000, 0x08000000, /* RCC_CSR; BORRSTF */
    { 0x40010000, 0x7, 0x1 }, 0, 0,                 /* SYSCFG_MEMRMP.MEM_MODE = 001 */
    { 0x58004020, 0xFF, 0xCC },                     /* FLASH_REG_BASE OPTR.RDP; HAL OB_RDP_LEVEL_2 */
    { 0, 0, 0 },
    0x58004000, 0x00010000,                         /* FLASH_ACR.EMPTY */
    { 0x58004020, 0xFF, 0xAA },                     /* FLASH_OPTR.RDP; stm32wbxx/wlxx_hal_flash.h OB_RDP_LEVEL_0 */
};

/* Dual-bank boot on: the lines that have it. */
static const struct {
    uint16_t dev_id;
    ka_field on;
} ka_dual[] = {
    { 0x419, { 0x40023C14, 0x10, 0x10 } },                 /* F42x FLASH_OPTCR.BFB2; HAL OB_DUAL_BOOT_ENABLE 0x10 */
    { 0x451, { 0x40023C14, 0x30000000, 0 } },              /* F76x nDBOOT = 0 (HAL OB_DUAL_BOOT_ENABLE), nDBANK = 0 (OB_NDBANK_DUAL_BANK) */
    { 0x469, { 0x40022020, 0x00100000, 0x00100000 } },     /* G47x FLASH_OPTR.BFB2; HAL OB_BFB2_ENABLE */
    { 0x415, { 0x40022020, 0x00100000, 0x00100000 } },     /* L47x FLASH_OPTR.BFB2; HAL OB_BFB2_ENABLE */
    { 0x470, { 0x40022020, 0x00100000, 0x00100000 } },     /* L4R FLASH_OPTR.BFB2 (stm32l4r5xx.h) */
    { 0x447, { 0x4002201C, 0x00800000, 0x00800000 } },     /* L07x FLASH_OPTR.BFB2; HAL OB_BOOT_BANK2 = BFB2 set */
    { 0x437, { 0x40023C1C, 0x00800000, 0 } },              /* L1xxxE FLASH_OBR.nRST_BFB2 = 0; HAL OB_BOOT_BANK2 0x00 */
};

enum {
    KA_BOUNCES = 1,       /* the ROM re-checks flash: refused with SYSBOOT_ERR_EMPTY_CHECK */
    KA_NO_SW_ENTRY = 2,   /* entered by pins only: SYSBOOT_ERR_NO_SOFTWARE_ENTRY */
    KA_NO_IDCODE = 4,     /* no IDCODE site reaches it: looked up by DEV_ID */
    KA_ROM_UNTYPED = 8,   /* ROM table address unconfirmed: the row's own is used, not checked */
    KA_RAM_INSIDE = 16,   /* ram_hi lies inside the window, its end is not typed */
    KA_ENTRY_UNCONFIRMED = 32 /* no ST source for the ROM's entry: refused (ERR_ENTRY_UNCONFIRMED) */
};

/* One line: how it is identified, where its ROM and SRAM are. */
typedef struct {
    const char *family;
    uint16_t dev_id;
    unsigned flags;
    uint32_t cpuid, idcode;     /* SCB->CPUID; DBGMCU_IDCODE address */
    uint32_t rom;               /* the ROM's vector table */
    uint32_t ram_lo, ram_hi;    /* its initial MSP lies in (ram_lo, ram_hi] */
    const ka_regs *regs;        /* NULL: never entered from software */
} ka_row;

static const ka_row ka_rows[] = {
    { "C0", 0x443, 0, KA_M0P, 0x40015800,    /* stm32c011xx.h DEV_ID; ST SVD DBG_IDCODE reset 0x10000443; DBG_BASE */
      0x1FFF0000, 0x20000000, 0x20001800,    /* system memory (no ST text here); SRAM_BASE + SRAM_SIZE_MAX */
      &ka_c0 },
    { "C0", 0x493, 0, KA_M0P, 0x40015800,    /* stm32c071xx.h DEV_ID 0x493 */
      0x1FFF0000, 0x20000000, 0x20006000, &ka_c0 },  /* SRAM_SIZE_MAX 0x6000 */
    { "C5", 0x44E, KA_ROM_UNTYPED | KA_ENTRY_UNCONFIRMED, /* stm32c5xx_ll_dbgmcu.h LL_DBGMCU_DEV_ID_C55X_C562 */
      KA_M33_R0P4, 0x44024000,               /* DBGMCU_BASE AHB3PERIPH_BASE + 0x4000; ST SVD STM32C562 */
      0, 0x20000000, 0x20020000, &ka_c5 },   /* ROM: AN2606 only (no ST source); SRAM2_BASE 0x20010000 + 0x10000 */
    /* The C5 register facts through the unit tests' C5 line whose entry is
     * taken as confirmed (tests/unit/extra.def 0xFFB): the real rows refuse
     * before any of them is used. */
    { "C5", 0xFFB, KA_ROM_UNTYPED, KA_M33_R0P4, 0x44024000,
      0, 0x20000000, 0x20020000, &ka_c5 },
    { "F0", 0x448, 0, KA_M0, 0x40015800,     /* stm32f0xx_ll_system.h "STM32F07x ... 0x448"; DBGMCU_BASE */
      0x1FFFC800, 0x20000000, 0x20004000,    /* no ST text here; stm32f072xb_flash.icf RAM_end 0x20003FFF */
      &ka_f0 },
    { "F0", 0x440, 0, KA_M0, 0x40015800,     /* LL: "STM32F05x ... 0x440" */
      0x1FFFEC00, 0x20000000, 0x20002000,    /* no ST text here; stm32f051x8_flash.icf RAM_end 0x20001FFF */
      &ka_f0 },
    { "F0", 0x445, KA_BOUNCES, KA_M0, 0x40015800, /* LL: "STM32F04x ... 0x445"; AN2606 empty check */
      0x1FFFC400, 0x20000000, 0x20001800, NULL },
    { "F1", 0x410, 0, KA_M3, 0xE0042000,     /* stm32f1xx_ll_system.h medium density 0x410; DBGMCU_BASE */
      0x1FFFF000, 0x20000000, 0x20005000,    /* no ST text here; stm32f103xb_flash.icf RAM_end 0x20004FFF */
      &ka_f1 },
    { "F1", 0x418, 0, KA_M3, 0xE0042000,     /* LL: connectivity line 0x418 */
      0x1FFFB000, 0x20000000, 0x20010000,    /* no ST text here; stm32f107xc_flash.icf RAM_end 0x2000FFFF */
      &ka_f1 },
    { "F2", 0x411, 0, KA_M3, 0xE0042000,     /* RM0033 32.6.1 "The device ID is 0x411"; LL */
      0x1FFF0000, 0x20000000, 0x20020000,    /* no ST text here; SRAM2_BASE 0x2001C000 + 16 KB */
      &ka_f2 },
    { "F3", 0x422, 0, KA_M4, 0xE0042000,     /* stm32f3xx_ll_system.h F303xC 0x422 */
      0x1FFFD800, 0x20000000, 0x2000A000,    /* no ST text here; stm32f303xc_flash.icf RAM_end 0x20009FFF */
      &ka_f3 },
    { "F3", 0x432, 0, KA_M4, 0xE0042000,     /* LL: F373 0x432 */
      0x1FFFD800, 0x20000000, 0x20008000,    /* stm32f373xc_flash.icf RAM_end 0x20007FFF */
      &ka_f3 },
    { "F4", 0x413, 0, KA_M4, 0xE0042000,     /* RM0090 38.6.1 "The device ID is 0x413" */
      0x1FFF0000, 0x20000000, 0x20020000,    /* no ST text here; SRAM2_BASE 0x2001C000 + 16 KB */
      &ka_f4 },
    { "F4", 0x419, 0, KA_M4, 0xE0042000,     /* RM0090 38.6.1 "The device ID is 0x419" */
      0x1FFF0000, 0x20000000, 0x20030000,    /* SRAM3_BASE 0x20020000 + 64 KB (stm32f429xx_flash.icf) */
      &ka_f42x },
    { "F7", 0x449, 0, KA_M7_R0P1, 0xE0042000, /* stm32f7xx_ll_system.h F74x/75x 0x449 */
      0x1FF00000, 0x20000000, 0x20050000,    /* no ST text here; SRAM2_BASE 0x2004C000 + 16 KB */
      &ka_f7 },
    { "F7", 0x451, 0, KA_M7_R1P0, 0xE0042000, /* LL: F76x/77x 0x451 */
      0x1FF00000, 0x20000000, 0x20080000,    /* SRAM2_BASE 0x2007C000 + 16 KB */
      &ka_f7 },
    { "G0", 0x460, 0, KA_M0P, 0x40015800,    /* stm32g0xx_ll_system.h G081 0x460; DBG_BASE */
      0x1FFF0000, 0x20000000, 0x20009000,    /* RM0444 Table 9 system memory; stm32g071xx_flash.icf RAM_end 0x20008FFF */
      &ka_g0 },
    { "G0", 0x467, 0, KA_M0P, 0x40015800,    /* STMicroelectronics/OpenOCD stm32l4x.h DEVID_STM32G0B_G0CXX */
      0x1FFF0000, 0x20000000, 0x20020000,    /* stm32g0b1xx.h SRAM_SIZE_MAX 0x20000 */
      &ka_g0 },
    { "G4", 0x469, 0, KA_M4, 0xE0042000,     /* STMicroelectronics/OpenOCD DEVID_STM32G47_G48XX */
      0x1FFF0000, 0x20000000, 0x20018000,    /* no ST text here; SRAM2_BASE 0x20014000 + SRAM2_SIZE 0x4000 */
      &ka_l4 },
    { "G4", 0x468, 0, KA_M4, 0xE0042000,     /* STMicroelectronics/OpenOCD DEVID_STM32G43_G44XX */
      0x1FFF0000, 0x20000000, 0x20005800,    /* stm32g431xx.h SRAM2_BASE 0x20004000 + SRAM2_SIZE 0x1800 */
      &ka_l4 },
    { "H5", 0x484, 0, KA_M33, 0x44024000,    /* an H563 ROM's Get ID answers 0x484 (ST community td-p/848794); DBGMCU_BASE */
      0x0BF97000, 0x20000000, 0x200A0000,    /* AN2606 as quoted in ST community td-p/847743; SRAM3_BASE_NS + 0x50000 */
      &ka_h5 },
    { "H5", 0x474, 0, KA_M33, 0x44024000,    /* DEV_ID and ROM as quoted from AN2606 in td-p/848794: no ST text here */
      0x0BF87000, 0x20000000, 0x20008000,    /* stm32h503xx.h SRAM2_BASE_NS 0x20004000 + 0x4000 */
      &ka_h503 },
    { "H7", 0x450, 0, KA_M7_R1P1, 0x5C001000, /* stm32h743xx.h STM32H7_DEV_ID 0x450; DBGMCU_BASE */
      0x1FF09800,                            /* AN2606 'bootloader start address', ST community (tested on an H743) */
      0x20000000, 0x24080000,                /* D1_DTCMRAM_BASE .. D1_AXISRAM_BASE + 512 KB */
      &ka_h7 },
    { "H7", 0x483, 0, KA_M7_R1P2, 0x5C001000, /* stm32h723xx.h STM32H7_DEV_ID 0x483 */
      0x1FF09800, 0x20000000, 0x24050000,    /* as H74x (no ST text here); D1_AXISRAM_BASE + "up to 320KB" */
      &ka_h7 },
    { "H7", 0x480, KA_RAM_INSIDE, KA_M7_R1P2, 0x5C001000, /* stm32h7a3xx.h STM32H7_DEV_ID 0x480 */
      0x1FF0A000, 0x20000000, 0x24040000,    /* no ST text here; inside: the end of CD_AXISRAM1 (256 KB) */
      &ka_h7a3 },
    { "H7RS", 0x485, KA_ROM_UNTYPED | KA_RAM_INSIDE, KA_M7_R1P2, 0x5C001000, /* openocd-org stm32h7x.c DEVID_STM32H7R_H7SXX */
      0, 0x20000000, 0x24050000,             /* ROM unconfirmed in the data; inside: stm32h7s7xx_flash.icf AXI RAM_end 0x2404FFFF */
      &ka_h7rs },
    { "L0", 0x417, 0, KA_M0P, 0x40015800,    /* STM32CubeL0 stm32l0xx_hal_comp.c C_DEV_ID_L053 0x417 */
      0x1FF00000, 0x20000000, 0x20002000,    /* no ST text here; SRAM_SIZE_MAX 0x2000 */
      &ka_l0 },
    { "L0", 0x447, 0, KA_M0P, 0x40015800,    /* stm32l0xx_hal_comp.c C_DEV_ID_L073 0x447 */
      0x1FF00000, 0x20000000, 0x20005000,    /* SRAM_SIZE_MAX 0x5000 */
      &ka_l0 },
    { "L1", 0x416, 0, KA_M3, 0xE0042000,     /* stm32l1xx_ll_utils.h lists DEV_ID 0x416 */
      0x1FF00000, 0x20000000, 0x20004000,    /* no ST text here; stm32l152xb_flash.icf RAM_end 0x20003FFF */
      &ka_l1 },
    { "L1", 0x437, 0, KA_M3, 0xE0042000,     /* stm32l1xx_ll_utils.h lists DEV_ID 0x437 */
      0x1FF00000, 0x20000000, 0x20014000,    /* stm32l152xe_flash.icf RAM_end 0x20013FFF */
      &ka_l1 },
    { "L4", 0x415, 0, KA_M4, 0xE0042000,     /* STMicroelectronics/OpenOCD DEVID_STM32L47_L48XX */
      0x1FFF0000, 0x20000000, 0x20018000,    /* no ST text here; SRAM1_SIZE_MAX 0x18000 (SRAM2 at 0x10000000) */
      &ka_l4 },
    { "L4", 0x435, 0, KA_M4, 0xE0042000,     /* STMicroelectronics/OpenOCD DEVID_STM32L43_L44XX */
      0x1FFF0000, 0x20000000, 0x2000C000,    /* stm32l432xx.h SRAM1_SIZE_MAX 0xC000 */
      &ka_l4 },
    { "L4P", 0x470, 0, KA_M4, 0xE0042000,    /* STMicroelectronics/OpenOCD DEVID_STM32L4R_L4SXX */
      0x1FFF0000, 0x20000000, 0x200A0000,    /* no ST text here; SRAM3_BASE 0x20040000 + SRAM3_SIZE 0x60000 */
      &ka_l4 },
    { "L5", 0x472, 0, KA_M33, 0xE0044000,    /* STMicroelectronics/OpenOCD DEVID_STM32L55_L56XX; DBGMCU_BASE */
      0x0BF90000, 0x20000000, 0x20040000,    /* no ST text here; SRAM2_BASE_NS 0x20030000 + 0x10000 */
      &ka_l5 },
    { "U0", 0x489, 0, KA_M0P, 0x40015800,    /* openocd-org stm32l4x.c DEVID_STM32U073_U083XX; DBGMCU_BASE */
      0x1FFF0000,                            /* FLASH_SYSTEM_BASE_NS */
      0x20000000, 0x2000A000,                /* SRAM1 32 KB + SRAM2 (BKPSRAM2_BASE 0x20008000, 8 KB) */
      &ka_u0 },
    { "U3", 0x454, KA_ROM_UNTYPED, KA_M33, 0xE0044000, /* openocd-org DEVID_STM32U37_U38XX; DBGMCU_BASE EPPB_BASE + 0x4000 */
      0,                                     /* ROM: SYSTEM_FLASH_BASE_NS is 0x0BF80000, the table's offset unknown */
      0x20000000, 0x20040000,                /* SRAM2_BASE_NS 0x20030000 + SRAM2_SIZE 0x10000 */
      &ka_u3 },
    { "U5", 0x482, 0, KA_M33, 0xE0044000,    /* ST SVD STM32U585 DBGMCU IDCODE reset 0x30016482 */
      0x0BF90000, 0x20000000, 0x200C0000,    /* no ST text here; SRAM3_BASE_NS 0x20040000 + 0x80000 */
      &ka_u5 },
    { "WB", 0x495, 0, KA_M4, 0xE0042000,     /* STMicroelectronics/OpenOCD DEVID_STM32WB5XX */
      0x1FFF0000, 0x20000000, 0x20030000,    /* SYSTEM_MEMORY_BASE; SRAM1_SIZE 0x30000 */
      &ka_wb },
    { "WBA", 0x492, 0, KA_M33, 0xE0044000,   /* ST SVD STM32WBA55 DBGMCU_IDCODER reset 0x00006492 */
      0x0BF88000, 0x20000000, 0x20020000,    /* SYSTEM_FLASH_BASE_NS; SRAM2_BASE_NS 0x20010000 + 0x10000 */
      &ka_u5 },
    { "WL", 0x497, 0, KA_M4, 0xE0042000,     /* ST SVD STM32WLE5_CM4 DBGMCU IDCODER reset 0x10006497 */
      0x1FFF0000, 0x20000000, 0x20010000,    /* SYSTEM_FLASH_BASE; SRAM2_BASE 0x20008000 + 0x8000 */
      &ka_wb },
    /* entered by pins only: their identity */
    { "WB0", 0x028, KA_NO_SW_ENTRY | KA_NO_IDCODE, KA_M0P, 0, /* ST SVD STM32WB05 JTAG_ID 0x02028041, part number [27:12] */
      0, 0, 0, NULL },
    { "WL3", 0x027, KA_NO_SW_ENTRY | KA_NO_IDCODE, KA_M0P, 0, /* ST SVD STM32WL33 JTAG_ID 0x02027041 */
      0, 0, 0, NULL },
    { "N6", 0x486, KA_NO_SW_ENTRY, KA_M55, 0x44001000,        /* ST SVD STM32N657 IDCODE 0x00006486; DBGMCU_BASE_NS */
      0, 0, 0, NULL },
};

#define KA_ROWS (sizeof ka_rows / sizeof ka_rows[0])

/* ---- the chip -------------------------------------------------------------- */

static uint32_t rom_of(const ka_row *r)
{
    const sysboot_device *d;
    if ((r->flags & KA_ROM_UNTYPED) == 0u)
        return r->rom;
    d = sysboot_lookup(r->dev_id);
    return d != NULL ? d->bootloader : 0u;
}

static const ka_field *dual_of(const ka_row *r)
{
    static const ka_field none = { 0, 0, 0 };
    unsigned i;
    for (i = 0; i < sizeof ka_dual / sizeof ka_dual[0]; i++)
        if (ka_dual[i].dev_id == r->dev_id)
            return &ka_dual[i].on;
    return &none;
}

/* An option field at its factory value: not "on" (an "on" value of 0
 * needs the field's bits set). */
static void factory(const ka_field *f)
{
    if (f->reg != 0u && f->value == 0u)
        fake_poke(f->reg, fake_peek(f->reg) | f->mask);
}

/* The fake becomes the chip: its CPUID, its DEV_ID at its IDCODE site, the
 * ROM's vector table (MSP, reset vector) where the ROM is. */
static void chip(const ka_row *r, uint32_t msp)
{
    uint32_t rom = rom_of(r);
    fake_clear();
    fake_poke(KA_CPUID, r->cpuid);
    if (r->idcode != 0u)
        fake_poke(r->idcode, 0x10000000u | r->dev_id);   /* REV_ID 0x1000 */
    if (rom != 0u) {
        fake_poke(rom, msp);
        fake_poke(rom + 4u, (rom + 0x200u) | 1u);
    }
    if (r->regs != NULL) {
        factory(&r->regs->rdp2);
        factory(&r->regs->tz);
    }
    factory(dual_of(r));
}

/* Start from a clean record whatever an earlier test left in it: each run
 * of sysboot_early() without a software reset ends a request, and a return
 * from the ROM takes one more. */
static void settle(void)
{
    unsigned i;
    for (i = 0; i < 3 && fake_run_void(sysboot_early) != FAKE_RETURNED; i++) {
    }
    CHECK_EQ(fake_run_void(sysboot_early), FAKE_RETURNED);
}

/* The first write to addr from the `from`-th on: its index and value. */
static int find_value(uint32_t addr, unsigned from, uint32_t *value)
{
    int i = fake_find_write(addr, from);
    if (i >= 0)
        *value = fake_writes()[i].value;
    return i;
}

/* ---- the checks ------------------------------------------------------------ */

/* The CPUID and the DEV_ID at the IDCODE site name the row, and the row
 * says whether software may enter its ROM. */
static void check_identity(const ka_row *r)
{
    const sysboot_device *d = sysboot_lookup(r->dev_id);
    sysboot_status want = SYSBOOT_OK;

    chip(r, r->ram_hi);
    CHECK(d != NULL);
    if (d == NULL)
        return;
    CHECK_EQ(d->dev_id, r->dev_id);
    if ((r->flags & KA_NO_IDCODE) == 0u)
        CHECK(sysboot_identify() == d);
    if (r->flags & KA_BOUNCES)
        want = SYSBOOT_ERR_EMPTY_CHECK;
    if (r->flags & KA_NO_SW_ENTRY)
        want = SYSBOOT_ERR_NO_SOFTWARE_ENTRY;
    if (r->flags & KA_ENTRY_UNCONFIRMED)
        want = SYSBOOT_ERR_ENTRY_UNCONFIRMED;
    CHECK_EQ(sysboot_check(d), want);
}

static sysboot_status check_with_msp(const ka_row *r, uint32_t msp)
{
    chip(r, msp);
    return sysboot_check(sysboot_identify());
}

/* The ROM's initial MSP is accepted anywhere in (ram_lo, ram_hi], nowhere else. */
static void check_ram_window(const ka_row *r)
{
    CHECK_EQ(check_with_msp(r, r->ram_hi), SYSBOOT_OK);
    CHECK_EQ(check_with_msp(r, r->ram_lo + 4u), SYSBOOT_OK);
    CHECK_EQ(check_with_msp(r, r->ram_lo), SYSBOOT_ERR_NO_BOOTLOADER);
    if ((r->flags & KA_RAM_INSIDE) == 0u)
        CHECK_EQ(check_with_msp(r, r->ram_hi + 4u), SYSBOOT_ERR_NO_BOOTLOADER);
}

/* sysboot_enter() clears the reset flags at the typed register with the
 * typed RMVF and resets; after a reset with the typed software-reset flag
 * (and PINRSTF, which every system reset sets) sysboot_early() branches
 * through the ROM's table: VTOR at the ROM, the remap written with its
 * clock on first. */
static void check_reset_path(const ka_row *r)
{
    const ka_regs *g = r->regs;
    sysboot_status st;
    uint32_t value = 0;
    unsigned from;
    int clk, remap;

    chip(r, r->ram_hi);
    settle();
    fake_poke(g->rst, 0u);
    if (g->remap.reg != 0u)
        fake_poke(g->remap.reg, 0xFFFFFFFFu);
    if (g->remap_clk != 0u)
        fake_poke(g->remap_clk, 0u);
    from = fake_write_count();
    CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RESET);
    CHECK(find_value(g->rst, from, &value) >= 0);
    CHECK_EQ(value, g->rmvf);

    fake_poke(g->rst, g->sw | g->pin);
    from = fake_write_count();
    CHECK_EQ(fake_run_void(sysboot_early), FAKE_BRANCHED);
    CHECK_EQ(fake_branch_msp, r->ram_hi);
    CHECK_EQ(fake_branch_pc, (rom_of(r) + 0x200u) | 1u);
    if (r->cpuid == KA_M0)
        CHECK(fake_find_write(KA_VTOR, from) < 0);   /* Cortex-M0: no VTOR */
    else
        CHECK_EQ(fake_peek(KA_VTOR), rom_of(r));
    if (g->remap.reg != 0u) {
        remap = find_value(g->remap.reg, from, &value);
        CHECK(remap >= 0);
        CHECK_EQ(value, ~g->remap.mask | g->remap.value);
        if (g->remap_clk != 0u) {
            clk = find_value(g->remap_clk, from, &value);
            CHECK(clk >= 0 && clk < remap);
            CHECK_EQ(value, g->remap_clk_bit);
        }
    }
}

/* Neither a reset without the software-reset flag nor one with a power-on
 * or brown-out flag serves a pending request. */
static void check_reset_flags(const ka_row *r)
{
    const ka_regs *g = r->regs;
    sysboot_status st;
    uint32_t bit;

    chip(r, r->ram_hi);
    settle();
    CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RESET);
    fake_poke(g->rst, ~(g->sw | g->power_on));
    CHECK_EQ(fake_run_void(sysboot_early), FAKE_RETURNED);

    for (bit = 1u; bit != 0u; bit <<= 1) {
        if ((g->power_on & bit) == 0u)
            continue;
        settle();
        CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RESET);
        fake_poke(g->rst, g->sw | g->pin | bit);
        CHECK_EQ(fake_run_void(sysboot_early), FAKE_RETURNED);
        fake_poke(g->rst, g->sw | g->pin);   /* and the request is gone */
        CHECK_EQ(fake_run_void(sysboot_early), FAKE_RETURNED);
    }
}

/* The field decides `refusal` exactly: with its "on" value, the other bits
 * of the register clear or set; and never with any one of its bits flipped. */
static void check_field(const ka_row *r, const ka_field *f, sysboot_status refusal)
{
    const uint32_t others[2] = { 0u, ~f->mask };
    unsigned k;
    uint32_t bit;

    if (f->reg == 0u)
        return;
    for (k = 0; k < 2; k++) {
        uint32_t on = others[k] | f->value;
        chip(r, r->ram_hi);
        fake_poke(f->reg, on);
        CHECK_EQ(sysboot_check(sysboot_identify()), refusal);
        for (bit = 1u; bit != 0u; bit <<= 1) {
            if ((f->mask & bit) == 0u)
                continue;
            fake_poke(f->reg, on ^ bit);
            CHECK(sysboot_check(sysboot_identify()) != refusal);
        }
    }
}

static sysboot_status enter_empty_route(void)
{
    return sysboot_enter_with(SYSBOOT_OPT_EMPTY_ROUTE);
}

/* The empty route sets the typed flag before its reset. */
static void check_empty_flag(const ka_row *r)
{
    const ka_regs *g = r->regs;
    sysboot_status st;
    uint32_t value = 0;
    unsigned from;

    if (g->empty == 0u)
        return;
    chip(r, r->ram_hi);
    settle();
    fake_poke(g->empty, 0u);
    from = fake_write_count();
    CHECK_EQ(fake_run_status(enter_empty_route, &st), FAKE_RESET);
    CHECK(find_value(g->empty, from, &value) >= 0);
    CHECK_EQ(value, g->empty_bit);
    settle();   /* back from the ROM: the flag is cleared again */
}

/* The flash hazard: raised at the typed level-0 code whatever the other
 * bits of the register, and not with any one bit of the field flipped. */
static void check_rdp_open(const ka_row *r)
{
    const ka_field *f = &r->regs->rdp0;
    const uint32_t others[2] = { 0u, ~f->mask };
    unsigned k;
    uint32_t bit;

    for (k = 0; k < 2; k++) {
        uint32_t open = others[k] | f->value;
        chip(r, r->ram_hi);
        fake_poke(f->reg, open);
        CHECK_EQ(sysboot_hazards(sysboot_identify()) & SYSBOOT_HAZARD_FLASH_READABLE,
                 SYSBOOT_HAZARD_FLASH_READABLE);
        for (bit = 1u; bit != 0u; bit <<= 1) {
            if ((f->mask & bit) == 0u)
                continue;
            fake_poke(f->reg, open ^ bit);
            CHECK_EQ(sysboot_hazards(sysboot_identify()) & SYSBOOT_HAZARD_FLASH_READABLE, 0u);
        }
    }
}

static void check_family(const char *family)
{
    unsigned i, n = 0;
    for (i = 0; i < KA_ROWS; i++) {
        const ka_row *r = &ka_rows[i];
        if (strcmp(r->family, family) != 0)
            continue;
        n++;
        check_identity(r);
        if (r->flags & KA_NO_SW_ENTRY) {
            /* no level-0 test known for them: never raised */
            CHECK_EQ(sysboot_hazards(sysboot_lookup(r->dev_id)) & SYSBOOT_HAZARD_FLASH_READABLE, 0u);
        }
        if (r->regs != NULL)
            check_rdp_open(r);
        if (r->regs == NULL || (r->flags & KA_ENTRY_UNCONFIRMED) != 0u)
            continue;
        check_ram_window(r);
        check_reset_path(r);
        check_reset_flags(r);
        check_field(r, &r->regs->rdp2, SYSBOOT_ERR_READ_PROTECTED);
        check_field(r, &r->regs->tz, SYSBOOT_ERR_TRUSTZONE);
        check_field(r, dual_of(r), SYSBOOT_ERR_EMPTY_CHECK);
        check_empty_flag(r);
    }
    CHECK(n > 0);
}

#define KA_FAMILY(fam) TEST(facts_##fam) { check_family(#fam); }
KA_FAMILY(C0)
KA_FAMILY(C5)
KA_FAMILY(F0)
KA_FAMILY(F1)
KA_FAMILY(F2)
KA_FAMILY(F3)
KA_FAMILY(F4)
KA_FAMILY(F7)
KA_FAMILY(G0)
KA_FAMILY(G4)
KA_FAMILY(H5)
KA_FAMILY(H7)
KA_FAMILY(H7RS)
KA_FAMILY(L0)
KA_FAMILY(L1)
KA_FAMILY(L4)
KA_FAMILY(L4P)
KA_FAMILY(L5)
KA_FAMILY(U0)
KA_FAMILY(U3)
KA_FAMILY(U5)
KA_FAMILY(WB)
KA_FAMILY(WBA)
KA_FAMILY(WL)
KA_FAMILY(WB0)
KA_FAMILY(WL3)
KA_FAMILY(N6)

#define KA_CASE(fam) { "facts_" #fam, facts_##fam },
const test_case facts_tests[] = {
    KA_CASE(C0) KA_CASE(C5) KA_CASE(F0) KA_CASE(F1) KA_CASE(F2) KA_CASE(F3) KA_CASE(F4)
    KA_CASE(F7) KA_CASE(G0) KA_CASE(G4) KA_CASE(H5) KA_CASE(H7) KA_CASE(H7RS) KA_CASE(L0)
    KA_CASE(L1) KA_CASE(L4) KA_CASE(L4P) KA_CASE(L5) KA_CASE(U0) KA_CASE(U3) KA_CASE(U5)
    KA_CASE(WB) KA_CASE(WBA) KA_CASE(WL) KA_CASE(WB0) KA_CASE(WL3) KA_CASE(N6)
    { NULL, NULL }
};

/*
 * Known answers for every device row of data/stm32.def: its series and
 * register profile, the system memory range, the ROM's vector table, the
 * SRAM window its initial MSP must lie in, its flags and ROM interfaces,
 * and the SRAM its ROM uses for itself (SYSBOOT_ROM_RAM). Every value is
 * typed by hand from the source named beside it, never from the data, and
 * compared with what the library's table holds; a DEV_ID row without an
 * entry here fails the suite.
 *
 * Sources, with the short names used below:
 *   LDR   AN2606 (rev 66) "Device-dependent bootloader parameters" as
 *         transcribed in florisla/stm32loader [b736df55]
 *         src/stm32loader/devices.py: system memory [start, end), the RAM
 *         left to the user [start, end) (its start is where the ROM's own
 *         RAM ends, its end the SRAM's), and the bootloader IDs.
 *   SF    the same AN2606 table as transcribed in stm32flash dev_table.c
 *         (stm32duino/stm32flash [8bc5ceb3]; the G0 and L412 rows from
 *         upstream stm32flash 0.7 dev_table.c).
 *   BL    AN2606 section 4.2: a bootloader ID 0xXY names the interfaces
 *         with X (not on STM32F1, whose IDs follow no such format).
 *   KB    ST knowledge base "How to jump to system bootloader from
 *         application code on STM32 microcontrollers", its address table.
 *   CMSIS ST's device headers (STMicroelectronics/cmsis_device_xx as
 *         test_facts.c lists them; C0 v1.3.0, C5, H5E/H5F, WBA2x/6x from
 *         zephyrproject-rtos/hal_stm32 [fe7d2e2b]); STM32CubeH5 [fa4c94e6]
 *         for the H5 ROM regions (Projects/.../OEMiROT_Boot/Inc/flash_layout.h
 *         BOOTLOADER_BASE_NS, BOOTLOADER_SIZE).
 * On a line whose ROM is reached through the memory remap (MEM_MODE,
 * MEMRMP) the ROM's vector table is the system memory's first word: the
 * remap maps that to 0, where the core fetches its vectors.
 *
 * A field no source read here gives is marked untyped (KR_U_*) with the
 * reason; SYSBOOT_DEV_UNCONFIRMED is the project's own review state and not
 * a device fact, so it is left out of the flags compared.
 */
#include "tests.h"
#include "../../src/line.h"
#include "../../src/decide.h"

#include <stdio.h>

/* Interfaces, short */
#define U SYSBOOT_IF_USART
#define D SYSBOOT_IF_USB_DFU
#define C SYSBOOT_IF_CAN
#define F SYSBOOT_IF_FDCAN
#define I SYSBOOT_IF_I2C
#define S SYSBOOT_IF_SPI
#define T SYSBOOT_IF_I3C

/* Flags, short */
#define BOUNCES SYSBOOT_DEV_BOUNCES
#define DUAL SYSBOOT_DEV_DUAL_CORE
#define TZ SYSBOOT_DEV_TRUSTZONE
#define NO_SW SYSBOOT_DEV_NO_SW_ENTRY
#define ENTRY_UNC SYSBOOT_DEV_ENTRY_UNCONFIRMED
#define ID0 SYSBOOT_DEV_IDCODE_MAY_READ_0

enum {
    KR_U_SYSMEM = 1,   /* system memory range untyped */
    KR_U_BOOT = 2,     /* the ROM's vector table untyped */
    KR_U_SRAM = 4,     /* the SRAM window's end untyped */
    KR_U_IF = 8        /* interfaces untyped (no bootloader ID in the sources) */
};

typedef struct {
    uint16_t dev_id;
    uint8_t series;         /* SYSBOOT_SERIES_* */
    uint8_t profile;        /* SYSBOOT_PROFILE_*: the register profile */
    uint32_t sysmem, sysmem_end;
    uint32_t boot;          /* the ROM's vector table; 0: none to jump to */
    uint32_t sram, sram_end;
    uint16_t flags;
    uint16_t bl_id[2];      /* AN2606 bootloader IDs of the lines of the row */
    uint8_t can;            /* what "CAN (or FDCAN)" of X = 9 is on the line */
    uint8_t untyped;
} kr_row;

#define SER(s) SYSBOOT_SERIES_##s
#define PRO(p) SYSBOOT_PROFILE_##p

static const kr_row kr_rows[] = {
    /* ---- C0: LDR for C011/C031; SRAM from CMSIS SRAM_SIZE_MAX */
    { 0x443, SER(C0), PRO(C0), 0x1FFF0000, 0x1FFF1800, 0x1FFF0000,
      0x20000000, 0x20001800, 0, { 0x51 }, 0, 0 },          /* stm32c011xx.h 6 KB (LDR's RAM end 0x20003000 is the C031's) */
    { 0x453, SER(C0), PRO(C0), 0x1FFF0000, 0x1FFF1800, 0x1FFF0000,
      0x20000000, 0x20003000, 0, { 0x52 }, 0, 0 },          /* stm32c031xx.h 12 KB */
    { 0x44C, SER(C0), PRO(C0), 0, 0, 0,
      0x20000000, 0x20003000, 0, { 0 }, 0,                  /* hal_stm32 stm32c051xx.h SRAM_SIZE_MAX 0x3000 */
      KR_U_SYSMEM | KR_U_BOOT | KR_U_IF },                  /* not in LDR/SF */
    { 0x493, SER(C0), PRO(C0), 0, 0, 0,
      0x20000000, 0x20006000, 0, { 0 }, 0,                  /* stm32c071xx.h SRAM_SIZE_MAX 0x6000 */
      KR_U_SYSMEM | KR_U_BOOT | KR_U_IF },
    { 0x44D, SER(C0), PRO(C0), 0, 0, 0,
      0x20000000, 0x20007800, 0, { 0 }, 0,                  /* hal_stm32 stm32c092xx.h 30 KB (stm32c091xx.h says 36 KB: reported) */
      KR_U_SYSMEM | KR_U_BOOT | KR_U_IF },
    /* ---- C5: the ROM's entry has no ST source (0x0BF80080 is AN2606's
     * only, and no VTOR base); SRAM1 + SRAM2 from hal_stm32 stm32c5xx headers */
    { 0x44F, SER(C5), PRO(C5), 0, 0, 0,
      0x20000000, 0x20010000, ENTRY_UNC, { 0 }, 0,          /* stm32c531xx.h SRAM2_BASE 0x20008000 + 32 KB */
      KR_U_SYSMEM | KR_U_BOOT | KR_U_IF },
    { 0x44E, SER(C5), PRO(C5), 0, 0, 0,
      0x20000000, 0x20020000, ENTRY_UNC, { 0 }, 0,          /* stm32c562xx.h SRAM2_BASE 0x20010000 + 64 KB */
      KR_U_SYSMEM | KR_U_BOOT | KR_U_IF },
    { 0x45A, SER(C5), PRO(C5), 0, 0, 0,
      0x20000000, 0x20040000, ENTRY_UNC, { 0 }, 0,          /* stm32c5a3xx.h SRAM2_BASE 0x20020000 + 128 KB */
      KR_U_SYSMEM | KR_U_BOOT | KR_U_IF },
    /* ---- F0: LDR (system, RAM end, BL IDs); 0x445's RAM from SF */
    { 0x440, SER(F0), PRO(F0), 0x1FFFEC00, 0x1FFFF800, 0x1FFFEC00,
      0x20000000, 0x20002000, 0, { 0x21 }, 0, 0 },
    { 0x444, SER(F0), PRO(F0), 0x1FFFEC00, 0x1FFFF800, 0x1FFFEC00,
      0x20000000, 0x20001000, 0, { 0x10 }, 0, 0 },
    { 0x442, SER(F0), PRO(F0), 0x1FFFD800, 0x1FFFF800, 0x1FFFD800,   /* F030xC, F09x */
      0x20000000, 0x20008000, BOUNCES, { 0x52, 0x50 }, 0, 0 },        /* F09x: AN2606 empty check */
    { 0x445, SER(F0), PRO(F0), 0x1FFFC400, 0x1FFFF800, 0x1FFFC400,   /* F04x, F070x6 */
      0x20000000, 0x20001800, BOUNCES, { 0xA1, 0xA2 }, 0, 0 },        /* SF RAM 0x20001800-0x20001800 */
    { 0x448, SER(F0), PRO(F0), 0x1FFFC800, 0x1FFFF800, 0x1FFFC800,   /* F071/072 (F070xB BL ID 0xA3) */
      0x20000000, 0x20004000, 0, { 0xA1, 0xA3 }, 0, 0 },
    /* ---- F1: LDR and SF; AN2606's ID format does not apply to F1.
     * IDCODE reads 0 from user code: STM32CubeF1 stm32f1xx_hal.c
     * HAL_GetDEVID note (F10xx4/6, F10xx8/B, F101/103xC/D/E, F101/103xF/G) */
    { 0x412, SER(F1), PRO(F1), 0x1FFFF000, 0x1FFFF800, 0x1FFFF000,
      0x20000000, 0x20002800, ID0, { 0 }, 0, KR_U_IF },
    { 0x410, SER(F1), PRO(F1), 0x1FFFF000, 0x1FFFF800, 0x1FFFF000,
      0x20000000, 0x20005000, ID0, { 0 }, 0, KR_U_IF },
    { 0x414, SER(F1), PRO(F1), 0x1FFFF000, 0x1FFFF800, 0x1FFFF000,
      0x20000000, 0x20010000, ID0, { 0 }, 0, KR_U_IF },
    { 0x420, SER(F1), PRO(F1), 0x1FFFF000, 0x1FFFF800, 0x1FFFF000,
      0x20000000, 0x20002000, 0, { 0 }, 0, KR_U_IF },
    { 0x428, SER(F1), PRO(F1), 0x1FFFF000, 0x1FFFF800, 0x1FFFF000,
      0x20000000, 0x20008000, 0, { 0 }, 0, KR_U_IF },
    { 0x418, SER(F1), PRO(F1), 0x1FFFB000, 0x1FFFF800, 0x1FFFB000,   /* KB: F105/F107 0x1FFFB000 */
      0x20000000, 0x20010000, 0, { 0 }, 0, KR_U_IF },
    { 0x430, SER(F1), PRO(F1), 0x1FFFE000, 0x1FFFF800, 0x1FFFE000,   /* KB: F10XL 0x1FFFE000 */
      0x20000000, 0x20018000, ID0, { 0 }, 0, KR_U_IF },
    /* ---- F2, F3, F4, F7: LDR and SF */
    { 0x411, SER(F2), PRO(F2), 0x1FFF0000, 0x1FFF7800, 0x1FFF0000,
      0x20000000, 0x20020000, 0, { 0x20, 0x33 }, C, 0 },
    { 0x432, SER(F3), PRO(F3), 0x1FFFD800, 0x1FFFF800, 0x1FFFD800,
      0x20000000, 0x20008000, 0, { 0x41, 0x50 }, 0, 0 },
    { 0x422, SER(F3), PRO(F3), 0x1FFFD800, 0x1FFFF800, 0x1FFFD800,
      0x20000000, 0x2000A000, 0, { 0x41, 0x50 }, 0, 0 },
    { 0x439, SER(F3), PRO(F3), 0x1FFFD800, 0x1FFFF800, 0x1FFFD800,
      0x20000000, 0x20004000, 0, { 0x40, 0x50 }, 0, 0 },
    { 0x438, SER(F3), PRO(F3), 0x1FFFD800, 0x1FFFF800, 0x1FFFD800,
      0x20000000, 0x20003000, 0, { 0x50 }, 0, 0 },
    { 0x446, SER(F3), PRO(F3), 0x1FFFD800, 0x1FFFF800, 0x1FFFD800,
      0x20000000, 0x20010000, 0, { 0x40, 0x50 }, 0, 0 },
    /* F42x/43x and F469/479: FLASH_OPTCR_BFB2 (stm32f429xx.h, stm32f469xx.h) */
    { 0x413, SER(F4), PRO(F4), 0x1FFF0000, 0x1FFF7800, 0x1FFF0000,
      0x20000000, 0x20020000, 0, { 0x31, 0x91 }, C, 0 },
    { 0x419, SER(F4), PRO(F4DB), 0x1FFF0000, 0x1FFF7800, 0x1FFF0000,
      0x20000000, 0x20030000, 0, { 0x70, 0x91 }, C, 0 },
    { 0x423, SER(F4), PRO(F4), 0x1FFF0000, 0x1FFF7800, 0x1FFF0000,
      0x20000000, 0x20010000, 0, { 0xD1 }, 0, 0 },
    { 0x433, SER(F4), PRO(F4), 0x1FFF0000, 0x1FFF7800, 0x1FFF0000,
      0x20000000, 0x20018000, 0, { 0xD1 }, 0, 0 },
    { 0x458, SER(F4), PRO(F4), 0x1FFF0000, 0x1FFF7800, 0x1FFF0000,
      0x20000000, 0x20008000, 0, { 0xB1 }, 0, 0 },
    { 0x431, SER(F4), PRO(F4), 0x1FFF0000, 0x1FFF7800, 0x1FFF0000,
      0x20000000, 0x20020000, 0, { 0xD0 }, 0, 0 },
    { 0x441, SER(F4), PRO(F4), 0x1FFF0000, 0x1FFF7800, 0x1FFF0000,
      0x20000000, 0x20040000, 0, { 0x90 }, C, 0 },
    { 0x463, SER(F4), PRO(F4), 0x1FFF0000, 0x1FFF7800, 0x1FFF0000,
      0x20000000, 0x20050000, 0, { 0x90 }, C, 0 },
    { 0x421, SER(F4), PRO(F4), 0x1FFF0000, 0x1FFF7800, 0x1FFF0000,
      0x20000000, 0x20020000, 0, { 0x90 }, C, 0 },
    { 0x434, SER(F4), PRO(F4DB), 0x1FFF0000, 0x1FFF7800, 0x1FFF0000,
      0x20000000, 0x20060000, 0, { 0x90 }, C, 0 },
    /* F76x/77x: FLASH_OPTCR_nDBANK/nDBOOT (stm32f767xx.h) */
    { 0x452, SER(F7), PRO(F7), 0x1FF00000, 0x1FF0EDC0, 0x1FF00000,
      0x20000000, 0x20040000, 0, { 0x90 }, C, 0 },
    { 0x449, SER(F7), PRO(F7), 0x1FF00000, 0x1FF0EDC0, 0x1FF00000,
      0x20000000, 0x20050000, 0, { 0x70, 0x90 }, C, 0 },
    { 0x451, SER(F7), PRO(F7DB), 0x1FF00000, 0x1FF0EDC0, 0x1FF00000,
      0x20000000, 0x20080000, 0, { 0x93 }, C, 0 },
    /* ---- G0: LDR; 0x456's system memory from SF (LDR: 4 KB) and its SRAM
     * from stm32g051xx.h SRAM_SIZE_MAX (LDR and SF differ); 0x467 spans
     * LDR's two ROM ranges 0x1FFF0000-0x1FFF6FFF and 0x1FFF8000-0x1FFFEFFF */
    { 0x466, SER(G0), PRO(G0), 0x1FFF0000, 0x1FFF2000, 0x1FFF0000,
      0x20000000, 0x20002000, 0, { 0x53 }, 0, 0 },
    { 0x456, SER(G0), PRO(G0), 0x1FFF0000, 0x1FFF2000, 0x1FFF0000,
      0x20000000, 0x20004000, 0, { 0x51 }, 0, 0 },
    { 0x460, SER(G0), PRO(G0), 0x1FFF0000, 0x1FFF7000, 0x1FFF0000,
      0x20000000, 0x20009000, 0, { 0xB3 }, 0, 0 },
    { 0x467, SER(G0), PRO(G0), 0x1FFF0000, 0x1FFFF000, 0x1FFF0000,  /* G0B0 0xD0, G0B1/G0C1 0x92 */
      0x20000000, 0x20020000, 0, { 0xD0, 0x92 }, F, 0 },
    /* ---- G4: LDR */
    { 0x468, SER(G4), PRO(G4), 0x1FFF0000, 0x1FFF7000, 0x1FFF0000,
      0x20000000, 0x20005800, 0, { 0xD4 }, 0, 0 },
    { 0x469, SER(G4), PRO(G4), 0x1FFF0000, 0x1FFF7000, 0x1FFF0000,
      0x20000000, 0x20018000, 0, { 0xD5 }, 0, 0 },
    { 0x479, SER(G4), PRO(G4), 0x1FFF0000, 0x1FFF7000, 0x1FFF0000,
      0x20000000, 0x2001C000, 0, { 0xD2 }, 0, 0 },
    /* ---- H5: LDR for H503 and H563; STM32CubeH5 flash_layout.h for the
     * H533 and H5F5 ROM regions; SRAM from the CMSIS headers; TrustZone
     * where the header has SAU regions and TZEN (not H503) */
    { 0x474, SER(H5), PRO(H503), 0x0BF87000, 0x0BF90000, 0x0BF87000,   /* KB: H503 0x0BF87000 */
      0x20000000, 0x20008000, 0, { 0xE1 }, F, 0 },
    { 0x478, SER(H5), PRO(H5), 0x0BF97000, 0x0BFA0400, 0x0BF97000,   /* NUCLEO-H533RE: 0x0BF97000 + 0x9400 */
      0x20000000, 0x20044000, TZ, { 0 }, 0, KR_U_IF },     /* stm32h533xx.h SRAM3_BASE_NS 0x20034000 + 64 KB */
    { 0x484, SER(H5), PRO(H5), 0x0BF97000, 0x0BFA0000, 0x0BF97000,   /* KB: H563/H573 0x0BF97000 */
      0x20000000, 0x200A0000, TZ, { 0xE3 }, F, 0 },
    { 0x47A, SER(H5), PRO(H5), 0x0BFAC000, 0x0BFB8000, 0x0BFAC000,   /* STM32H5F5J-DK: 0x0BFAC000 + 0xC000 */
      0x20000000, 0x20180000, TZ, { 0 }, 0, KR_U_IF },     /* stm32h5e5xx.h SRAM5_BASE_NS 0x20120000 + 384 KB */
    /* ---- H7: LDR (system, DTCM and AXI SRAM ranges, BL IDs); the vector
     * table inside system memory from KB (H7x 0x1FF09800, H7B 0x1FF0A000;
     * KB's H7A 0x1FF0A800 is reported, not used: H7A3 and H7B3 share
     * DEV_ID 0x480); the window spans DTCM to the end of AXI SRAM. Dual
     * core: H745/747/755/757 (RM0399). IDCODE reads 0 after a probe closes
     * the debug APB (see the row's note) */
    { 0x450, SER(H7), PRO(H7), 0x1FF00000, 0x1FF1E800, 0x1FF09800,
      0x20000000, 0x24080000, DUAL | ID0, { 0x91 }, F, 0 },
    { 0x483, SER(H7), PRO(H7), 0x1FF00000, 0x1FF1E800, 0x1FF09800,
      0x20000000, 0x24050000, ID0, { 0x93 }, F, 0 },
    { 0x480, SER(H7), PRO(H7AB), 0x1FF00000, 0x1FF14000, 0x1FF0A000,
      0x20000000, 0x24080000, ID0, { 0x92 }, F, 0 },
    /* ---- H7R/S: no LDR/SF row; SRAM1..4 AXI from stm32h7s7xx.h
     * (0x24000000 + 3 x 128 KB + 72 KB) */
    { 0x485, SER(H7RS), PRO(H7RS), 0, 0, 0,
      0x20000000, 0x24072000, ID0, { 0 }, 0, KR_U_SYSMEM | KR_U_BOOT | KR_U_IF },
    /* ---- L0: LDR; 0x457's RAM from SF; L07x/08x: FLASH_OPTR_BFB2
     * (stm32l073xx.h); L01x/02x: AN2606 empty check */
    { 0x457, SER(L0), PRO(L0), 0x1FF00000, 0x1FF01000, 0x1FF00000,
      0x20000000, 0x20000800, BOUNCES, { 0xC3 }, 0, 0 },
    { 0x425, SER(L0), PRO(L0), 0x1FF00000, 0x1FF01000, 0x1FF00000,
      0x20000000, 0x20002000, 0, { 0xC0 }, 0, 0 },
    { 0x417, SER(L0), PRO(L0), 0x1FF00000, 0x1FF01000, 0x1FF00000,
      0x20000000, 0x20002000, 0, { 0xC0 }, 0, 0 },
    { 0x447, SER(L0), PRO(L0DB), 0x1FF00000, 0x1FF02000, 0x1FF00000,
      0x20000000, 0x20005000, 0, { 0x41, 0xB2 }, 0, 0 },
    /* ---- L1: LDR (SF gives 4 KB of system memory for 0x416/0x429);
     * L1xxxD/E: FLASH_OBR_nRST_BFB2 (stm32l152xd.h, stm32l152xe.h) */
    { 0x416, SER(L1), PRO(L1), 0x1FF00000, 0x1FF02000, 0x1FF00000,
      0x20000000, 0x20004000, 0, { 0x20 }, 0, 0 },
    { 0x429, SER(L1), PRO(L1), 0x1FF00000, 0x1FF02000, 0x1FF00000,
      0x20000000, 0x20008000, 0, { 0x20 }, 0, 0 },
    { 0x427, SER(L1), PRO(L1), 0x1FF00000, 0x1FF02000, 0x1FF00000,
      0x20000000, 0x20008000, 0, { 0x40 }, 0, 0 },
    { 0x436, SER(L1), PRO(L1DB), 0x1FF00000, 0x1FF02000, 0x1FF00000,
      0x20000000, 0x2000C000, 0, { 0x45 }, 0, 0 },
    { 0x437, SER(L1), PRO(L1DB), 0x1FF00000, 0x1FF02000, 0x1FF00000,
      0x20000000, 0x20014000, 0, { 0x40 }, 0, 0 },
    /* ---- L4, L4+: LDR; L41x-L46x single bank (no FLASH_OPTR_BFB2 in
     * stm32l412xx.h..stm32l462xx.h) */
    { 0x464, SER(L4), PRO(L4E), 0x1FFF0000, 0x1FFF7000, 0x1FFF0000,
      0x20000000, 0x20008000, 0, { 0xD1 }, 0, 0 },
    { 0x435, SER(L4), PRO(L4E), 0x1FFF0000, 0x1FFF7000, 0x1FFF0000,
      0x20000000, 0x2000C000, 0, { 0x91 }, C, 0 },
    { 0x462, SER(L4), PRO(L4E), 0x1FFF0000, 0x1FFF7000, 0x1FFF0000,
      0x20000000, 0x20020000, 0, { 0x92 }, C, 0 },
    { 0x415, SER(L4), PRO(L4), 0x1FFF0000, 0x1FFF7000, 0x1FFF0000,
      0x20000000, 0x20018000, 0, { 0xA3, 0x92 }, C, 0 },
    { 0x461, SER(L4), PRO(L4), 0x1FFF0000, 0x1FFF7000, 0x1FFF0000,
      0x20000000, 0x20040000, 0, { 0x93 }, C, 0 },
    { 0x470, SER(L4P), PRO(L4P), 0x1FFF0000, 0x1FFF7000, 0x1FFF0000,
      0x20000000, 0x200A0000, 0, { 0x95 }, C, 0 },
    { 0x471, SER(L4P), PRO(L4P), 0x1FFF0000, 0x1FFF7000, 0x1FFF0000,
      0x20000000, 0x20050000, 0, { 0x90 }, C, 0 },
    /* ---- L5: LDR */
    { 0x472, SER(L5), PRO(L5), 0x0BF90000, 0x0BF98000, 0x0BF90000,
      0x20000000, 0x20040000, TZ, { 0x92 }, F, 0 },
    /* ---- U0: no LDR/SF row; SRAM1 + SRAM2 (BKPSRAM2) from the headers */
    { 0x459, SER(U0), PRO(U0), 0, 0, 0,
      0x20000000, 0x20003000, 0, { 0 }, 0,                  /* stm32u031xx.h BKPSRAM2 0x20002000, 4 KB */
      KR_U_SYSMEM | KR_U_BOOT | KR_U_IF },
    { 0x489, SER(U0), PRO(U0), 0, 0, 0,
      0x20000000, 0x2000A000, 0, { 0 }, 0,                  /* stm32u083xx.h BKPSRAM2 0x20008000, 8 KB */
      KR_U_SYSMEM | KR_U_BOOT | KR_U_IF },
    /* ---- U3: no LDR/SF row; SRAM from cmsis-device-u3 */
    { 0x454, SER(U3), PRO(U3), 0, 0, 0,
      0x20000000, 0x20040000, TZ, { 0 }, 0,                 /* stm32u385xx.h SRAM2 0x20030000 + 64 KB */
      KR_U_SYSMEM | KR_U_BOOT | KR_U_IF },
    { 0x42A, SER(U3), PRO(U3), 0, 0, 0,
      0x20000000, 0x200A0000, TZ, { 0 }, 0,                 /* stm32u3c5xx.h SRAM4 0x20090000 + 64 KB */
      KR_U_SYSMEM | KR_U_BOOT | KR_U_IF },
    /* ---- U5: LDR; 0x455's SRAM from stm32u545xx.h (LDR's 0x20240000 is
     * not U535/545 SRAM); 0x476 from stm32u5g9xx.h */
    { 0x455, SER(U5), PRO(U5), 0x0BF90000, 0x0BFA0000, 0x0BF90000,
      0x20000000, 0x20040000, TZ, { 0x91 }, F, 0 },         /* SRAM2_BASE_NS 0x20030000 + 64 KB */
    { 0x482, SER(U5), PRO(U5), 0x0BF90000, 0x0BFA0000, 0x0BF90000,
      0x20000000, 0x200C0000, TZ, { 0x92 }, F, 0 },
    { 0x481, SER(U5), PRO(U5), 0x0BF90000, 0x0BFA0000, 0x0BF90000,
      0x20000000, 0x20270000, TZ, { 0x92 }, F, 0 },
    { 0x476, SER(U5), PRO(U5), 0, 0, 0,
      0x20000000, 0x202F0000, TZ, { 0 }, 0,                 /* SRAM6_BASE_NS 0x20270000 + 512 KB */
      KR_U_SYSMEM | KR_U_BOOT | KR_U_IF },
    /* ---- WB: LDR; 0x495's SRAM is SRAM1 (stm32wb55xx.h SRAM1_SIZE; LDR's
     * RAM end 0x2000C000 is not); 0x496 (openocd's WB3x) from
     * stm32wb35xx.h: System Memory 0x1FFF0000-0x1FFF6FFF, SRAM1 32 KB */
    { 0x494, SER(WB), PRO(WB), 0x1FFF0000, 0x1FFF7000, 0x1FFF0000,
      0x20000000, 0x20040000, 0, { 0xB1 }, 0, 0 },
    { 0x495, SER(WB), PRO(WB), 0x1FFF0000, 0x1FFF7000, 0x1FFF0000,
      0x20000000, 0x20030000, 0, { 0xD5 }, 0, 0 },
    { 0x496, SER(WB), PRO(WB), 0x1FFF0000, 0x1FFF7000, 0x1FFF0000,
      0x20000000, 0x20008000, 0, { 0 }, 0, KR_U_IF },
    /* ---- WBA: SYSTEM_FLASH_BASE_NS and SRAM1 + SRAM2 of the headers
     * (hal_stm32 stm32wba25xx.h, cmsis_device_wba stm32wba55xx.h,
     * stm32wba65xx.h); 0x492's system memory end from LDR */
    { 0x4B2, SER(WBA), PRO(WBA), 0, 0, 0x0BF85000,
      0x20000000, 0x20018000, TZ, { 0 }, 0, KR_U_SYSMEM | KR_U_IF },
    { 0x492, SER(WBA), PRO(WBA), 0x0BF88000, 0x0BF90000, 0x0BF88000,
      0x20000000, 0x20020000, TZ, { 0xB0 }, 0, 0 },
    { 0x4B0, SER(WBA), PRO(WBA), 0, 0, 0x0BF90000,
      0x20000000, 0x20080000, TZ, { 0 }, 0, KR_U_SYSMEM | KR_U_IF },
    /* ---- WL: LDR; WL55 is dual core (stm32wl55xx.h, RM0453) */
    { 0x497, SER(WL), PRO(WL), 0x1FFF0000, 0x1FFF4000, 0x1FFF0000,
      0x20000000, 0x20010000, DUAL, { 0xC4 }, 0, 0 },
    /* ---- WB0, WL3: the ROM runs at every reset and samples PA10 (AN2606
     * pattern 18): no vector table to jump to. LDR's BlueNRG rows give the
     * system memory and the RAM */
    { 0x028, SER(WB0), PRO(WB0), 0x10000000, 0x10001800, 0,
      0x20000000, 0x20006000, NO_SW, { 0 }, 0, KR_U_IF },
    { 0x01E, SER(WB0), PRO(WB0), 0x10000000, 0x10001800, 0,
      0x20000000, 0x20010000, NO_SW, { 0 }, 0, KR_U_IF },
    { 0x032, SER(WB0), PRO(WB0), 0x10000000, 0x10001800, 0,
      0x20000000, 0x20010000, NO_SW, { 0 }, 0, KR_U_IF },
    { 0x027, SER(WL3), PRO(WL3), 0x10000000, 0x10001800, 0,
      0x20000000, 0x20008000, NO_SW, { 0 }, 0, KR_U_IF },
    /* ---- N6: boot ROM BOOTROM_BASE_NS 0x08000000, 128 KB; SRAM1/2 AXI
     * 0x24000000 + 2 x 1 MB (cmsis-device-n6 stm32n657xx.h); not in AN2606 */
    { 0x486, SER(N6), PRO(N6), 0x08000000, 0x08020000, 0,
      0x24000000, 0x24200000, NO_SW | TZ, { 0 }, 0, KR_U_IF },
};

#define KR_ROWS (sizeof kr_rows / sizeof kr_rows[0])

/* AN2606 section 4.2: the interfaces X of a bootloader ID 0xXY (0xXXY from
 * X = 16); X = 9 is "CAN (or FDCAN)", the line's own. */
static unsigned bl_interfaces(unsigned id, unsigned can)
{
    static const uint8_t by_x[] = {
        0, U, U, U | C | D, U | D, U | I, I, U | C | D | I, I | S, U | D | I | S,
        U | I | D, U | I | S, U | S, U | D | I | S, U | D | I | T | F | S, U | D | I | T,
        U | D | F | S, U | S | F, U | S | F | I,
    };
    unsigned x = id >> 4;
    if (x == 9u)
        return (by_x[9] & ~(unsigned)C) | can;
    return x < sizeof by_x ? by_x[x] : 0xFFu;
}

static const kr_row *kr_find(uint32_t dev_id)
{
    unsigned i;
    for (i = 0; i < KR_ROWS; i++)
        if (kr_rows[i].dev_id == dev_id)
            return &kr_rows[i];
    return NULL;
}

TEST(facts_every_device_row)
{
    unsigned i;
    for (i = 0; i < KR_ROWS; i++) {
        const kr_row *k = &kr_rows[i];
        const sysboot_device *d = sysboot_lookup(k->dev_id);
        unsigned fails = (unsigned)check_failures;
        CHECK(d != NULL);
        if (d == NULL)
            continue;
        CHECK_EQ(d->series, k->series);
        CHECK_EQ(d->profile, k->profile);
        CHECK_EQ(d->flags & ~SYSBOOT_DEV_UNCONFIRMED, k->flags);
        CHECK_EQ(d->sram_base, k->sram);
        if ((k->untyped & KR_U_SRAM) == 0u)
            CHECK_EQ(d->sram_base + d->sram_size, k->sram_end);
        if ((k->untyped & KR_U_SYSMEM) == 0u) {
            CHECK_EQ(d->sysmem_base, k->sysmem);
            CHECK_EQ(d->sysmem_base + d->sysmem_size, k->sysmem_end);
        }
        if ((k->untyped & KR_U_BOOT) == 0u)
            CHECK_EQ(d->bootloader, k->boot);
        if ((k->untyped & KR_U_IF) == 0u)
            CHECK_EQ(d->interfaces, bl_interfaces(k->bl_id[0], k->can) |
                                    (k->bl_id[1] != 0u ? bl_interfaces(k->bl_id[1], k->can) : 0u));
        if ((unsigned)check_failures != fails)
            printf("    row 0x%03X\n", (unsigned)k->dev_id);
    }
}

/* Every DEV_ID row of data/stm32.def has its known answers here (a new row
 * without them fails), once. */
static const uint16_t data_dev_ids[] = {
#define SYSBOOT_DEVICE(dev_id, ...) dev_id,
#include "../../data/stm32.def"
};

TEST(facts_every_device_row_is_known)
{
    unsigned i, j;
    for (i = 0; i < sizeof data_dev_ids / sizeof data_dev_ids[0]; i++) {
        if (kr_find(data_dev_ids[i]) == NULL)
            printf("    DEV_ID 0x%03X: no known answers in test_facts_rows.c\n", (unsigned)data_dev_ids[i]);
        CHECK(kr_find(data_dev_ids[i]) != NULL);
    }
    for (i = 0; i < KR_ROWS; i++)
        for (j = i + 1; j < KR_ROWS; j++)
            CHECK(kr_rows[i].dev_id != kr_rows[j].dev_id);
    CHECK_EQ(KR_ROWS, sizeof data_dev_ids / sizeof data_dev_ids[0]);
}

/* ---- The SRAM the ROM uses for itself ------------------------------------ */
/*
 * [first, end) per DEV_ID: the start of LDR's (or SF's) RAM for the user is
 * where the ROM's own RAM ends; where bootloader versions differ, the larger
 * (AN2606 lists both). H7 lines: DTCM and AXI SRAM. A DEV_ID not listed has
 * no such row: a record is accepted anywhere in its SRAM.
 */
typedef struct {
    uint16_t dev_id;
    uint32_t first, end;
} kr_rom_ram;

static const kr_rom_ram kr_rom_rams[] = {
    { 0x443, 0x20000000, 0x20001000 },   /* LDR */
    /* 0x453 (C031): LDR reads AN2606's range as 0x20002000 (its note: "an
     * error in AN2606?"); the row's 0x20001000 has no source read here:
     * checked only for its start (below) */
    { 0x440, 0x20000000, 0x20000800 },   /* LDR, SF */
    { 0x444, 0x20000000, 0x20000800 },
    { 0x442, 0x20000000, 0x20001800 },
    { 0x445, 0x20000000, 0x20001800 },   /* SF: all of the 6 KB */
    { 0x448, 0x20000000, 0x20001800 },
    { 0x412, 0x20000000, 0x20000200 },
    { 0x410, 0x20000000, 0x20000200 },
    { 0x414, 0x20000000, 0x20000200 },
    { 0x420, 0x20000000, 0x20000200 },
    { 0x428, 0x20000000, 0x20000200 },
    { 0x418, 0x20000000, 0x20001000 },
    { 0x430, 0x20000000, 0x20000800 },
    { 0x411, 0x20000000, 0x20002000 },
    { 0x432, 0x20000000, 0x20001400 },   /* F373 0x1400, F378 0x1000 */
    { 0x422, 0x20000000, 0x20001400 },
    { 0x439, 0x20000000, 0x20001800 },
    { 0x438, 0x20000000, 0x20001800 },
    { 0x446, 0x20000000, 0x20001800 },
    { 0x413, 0x20000000, 0x20003000 },   /* V9.1; V3.1 0x2000 */
    { 0x419, 0x20000000, 0x20003000 },
    { 0x423, 0x20000000, 0x20003000 },
    { 0x433, 0x20000000, 0x20003000 },
    { 0x458, 0x20000000, 0x20003000 },
    { 0x431, 0x20000000, 0x20003000 },
    { 0x441, 0x20000000, 0x20003000 },
    { 0x463, 0x20000000, 0x20003000 },
    { 0x421, 0x20000000, 0x20003000 },
    { 0x434, 0x20000000, 0x20003000 },
    { 0x452, 0x20000000, 0x20004000 },
    { 0x449, 0x20000000, 0x20004000 },
    { 0x451, 0x20000000, 0x20004000 },
    { 0x466, 0x20000000, 0x20001000 },
    { 0x456, 0x20000000, 0x20001000 },
    { 0x460, 0x20000000, 0x20002700 },
    { 0x467, 0x20000000, 0x20004000 },
    { 0x468, 0x20000000, 0x20004000 },
    { 0x469, 0x20000000, 0x20004000 },
    { 0x479, 0x20000000, 0x20004000 },
    { 0x474, 0x20000000, 0x20004000 },
    { 0x450, 0x20000000, 0x20004100 },   /* DTCM */
    { 0x450, 0x24000000, 0x24005000 },   /* AXI SRAM */
    { 0x483, 0x20000000, 0x20004100 },
    { 0x483, 0x24000000, 0x24004000 },
    { 0x480, 0x20000000, 0x20004100 },
    { 0x480, 0x24000000, 0x24034000 },
    { 0x457, 0x20000000, 0x20000800 },   /* SF: all of the 2 KB */
    { 0x425, 0x20000000, 0x20001000 },
    { 0x417, 0x20000000, 0x20001000 },
    { 0x447, 0x20000000, 0x20002000 },   /* SF; LDR 0x1000 (V4.1), 0x1400 (V11.2) */
    { 0x416, 0x20000000, 0x20000800 },
    { 0x429, 0x20000000, 0x20001000 },
    { 0x427, 0x20000000, 0x20001000 },
    { 0x436, 0x20000000, 0x20001000 },
    { 0x437, 0x20000000, 0x20001000 },
    { 0x464, 0x20000000, 0x20003100 },   /* SF; LDR 0x2100 */
    { 0x435, 0x20000000, 0x20003100 },
    { 0x462, 0x20000000, 0x20003100 },
    { 0x415, 0x20000000, 0x20003100 },   /* V9.2; V10.3 0x3000 */
    { 0x461, 0x20000000, 0x20003100 },
    { 0x470, 0x20000000, 0x20003200 },
    { 0x471, 0x20000000, 0x20004000 },
    { 0x472, 0x20000000, 0x20004000 },
    { 0x455, 0x20000000, 0x20004000 },
    { 0x482, 0x20000000, 0x20004000 },
    { 0x481, 0x20000000, 0x20004000 },
    { 0x494, 0x20000000, 0x20005000 },
    { 0x495, 0x20000000, 0x20004000 },
    { 0x497, 0x20000000, 0x20002000 },
};

/* Rows whose range no source read here gives: only counted. */
static const uint16_t kr_rom_ram_untyped[] = {
    0x453,   /* C031: see above */
    0x44E,   /* C55x/C562: AN2606 rev 70 section 11 only */
    0x496,   /* openocd's WB3x: copied from 0x495 */
};

#define KR_ROM_RAMS (sizeof kr_rom_rams / sizeof kr_rom_rams[0])

static const struct { uint16_t dev_id; uint32_t first, end; } data_rom_rams[] = {
#define SYSBOOT_ROM_RAM(dev_id, first, end, source) { dev_id, first, end },
#include "../../data/stm32.def"
};

#define DATA_ROM_RAMS (sizeof data_rom_rams / sizeof data_rom_rams[0])

static int rom_ram_untyped(uint32_t dev_id)
{
    unsigned i;
    for (i = 0; i < sizeof kr_rom_ram_untyped / sizeof kr_rom_ram_untyped[0]; i++)
        if (kr_rom_ram_untyped[i] == dev_id)
            return 1;
    return 0;
}

/* Through the library: a record at the range's first and last 32-byte
 * place is refused, one just past it accepted; a line without a range
 * accepts one at the start of its SRAM. */
TEST(facts_rom_ram_every_row)
{
    unsigned i;
    for (i = 0; i < KR_ROWS; i++) {
        const sysboot_device *d = sysboot_lookup(kr_rows[i].dev_id);
        unsigned k, ranges = 0;
        if (d == NULL || rom_ram_untyped(d->dev_id))
            continue;
        for (k = 0; k < KR_ROM_RAMS; k++) {
            const kr_rom_ram *r = &kr_rom_rams[k];
            if (r->dev_id != d->dev_id)
                continue;
            CHECK(sysboot_record_in_rom_ram(d, r->first));
            CHECK(sysboot_record_in_rom_ram(d, r->end - 32u));
            CHECK(!sysboot_record_in_rom_ram(d, r->end));
            ranges++;
        }
        if (ranges == 0u) {
            CHECK(!sysboot_record_in_rom_ram(d, d->sram_base));
            CHECK(!sysboot_record_in_rom_ram(d, 0x24000000u));
        }
    }
}

/* Every SYSBOOT_ROM_RAM row of the data is one typed here (or a listed
 * untyped one, its start checked), and no typed range is missing from it. */
TEST(facts_rom_ram_rows_are_known)
{
    unsigned i, k, typed = 0, untyped = 0;
    for (i = 0; i < DATA_ROM_RAMS; i++) {
        int found = 0;
        if (rom_ram_untyped(data_rom_rams[i].dev_id)) {
            CHECK_EQ(data_rom_rams[i].first, 0x20000000u);
            untyped++;
            continue;
        }
        for (k = 0; k < KR_ROM_RAMS; k++)
            found += kr_rom_rams[k].dev_id == data_rom_rams[i].dev_id &&
                     kr_rom_rams[k].first == data_rom_rams[i].first &&
                     kr_rom_rams[k].end == data_rom_rams[i].end;
        if (found != 1)
            printf("    ROM_RAM 0x%03X [%08X, %08X): no known answer\n", (unsigned)data_rom_rams[i].dev_id,
                   (unsigned)data_rom_rams[i].first, (unsigned)data_rom_rams[i].end);
        CHECK_EQ(found, 1);
        typed++;
    }
    CHECK_EQ(typed, KR_ROM_RAMS);
    CHECK_EQ(untyped, sizeof kr_rom_ram_untyped / sizeof kr_rom_ram_untyped[0]);
}

const test_case facts_rows_tests[] = {
    { "facts_every_device_row", facts_every_device_row },
    { "facts_every_device_row_is_known", facts_every_device_row_is_known },
    { "facts_rom_ram_every_row", facts_rom_ram_every_row },
    { "facts_rom_ram_rows_are_known", facts_rom_ram_rows_are_known },
    { NULL, NULL }
};

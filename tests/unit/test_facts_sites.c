/*
 * Known answers for every DEV_ID row of data/stm32.def: where its CPU reads
 * DBGMCU_IDCODE, its reset-cause register and software-reset flag, and its
 * flash interface (the block whose ACR.LATENCY the direct path sets). Typed
 * by hand per DEV_ID, never from the data, and compared with what the
 * library holds: the profile table (reset register and flag), the clock
 * site (flash interface), the IDCODE site a build that names its line reads
 * (SYSBOOT_DBGMCU) and, through the fake, the site a universal build finds
 * the DEV_ID at for the row's core. A wrong register in the data (an H7
 * RCC_RSR at 0x580244D4, SFTRSTF at bit 25) fails here.
 *
 * Values: <PERIPH>_BASE (_NS alias where TrustZone exists) +
 * offsetof(<PERIPH>_TypeDef, <REG>) and <REG>_SFTRSTF (C0: RCC_CSR2; H5, H7,
 * C5, N6: RCC_RSR, H74x dual core RCC_RSR_SFT1RSTF; others RCC_CSR) of ST's
 * CMSIS device header for the parts of the row; DBGMCU_BASE (C0/G0:
 * DBG_BASE) and FLASH_R_BASE (WB/WL: FLASH_REG_BASE). Headers: the
 * STMicroelectronics/cmsis_device_xx commits test_facts.c lists, and
 * zephyrproject-rtos/hal_stm32 [fe7d2e2b] (stm32cube): stm32c051xx.h,
 * stm32c091xx.h, stm32c092xx.h (C0), stm32c531xx.h, stm32c562xx.h,
 * stm32c5a3xx.h (C5), stm32h5e4xx.h/h5e5xx.h, stm32wba20xx.h/25xx.h,
 * stm32wba62xx.h/65xx.h. The CPUID is the core of the header
 * (__CMx_REV; test_facts.c lists the words).
 */
#include "tests.h"
#include "fake.h"
#include "../../src/line.h"
#include "../../src/clock.h"

#include <stdio.h>

#define KS_CPUID 0xE000ED00u

#define KS_M0 0x410CC200u
#define KS_M0P 0x410CC600u
#define KS_M3 0x412FC230u
#define KS_M4 0x410FC241u
#define KS_M7_R0P1 0x410FC271u   /* stm32f746xx.h __CM7_REV 0x0001 */
#define KS_M7_R1P0 0x411FC270u   /* stm32f722xx.h/f767xx.h 0x0100 */
#define KS_M7_R1P1 0x411FC271u   /* stm32h743xx.h 0x0101 */
#define KS_M7_R1P2 0x411FC272u   /* stm32h723xx.h/h7a3xx.h "r1p2", stm32h7s7xx.h 0x0102 */
#define KS_M33 0x410FD210u
#define KS_M33_R0P4 0x410FD214u  /* stm32c562xx.h __CM33_REV 0x0004 */
#define KS_M55 0x411FD221u       /* stm32n657xx.h __CM55_REV 0x0101 */

/* IDCODE site, reset-cause register, SFTRSTF, flash interface, by header */
#define KS_C0 0x40015800u, 0x40021060u, 0x10000000u, 0x40022000u     /* stm32c011/031/051/071/091/092xx.h: CSR2 @0x60 */
#define KS_C5 0x44024000u, 0x44020CF4u, 0x10000000u, 0x40022000u     /* stm32c531/562/5a3xx.h: RSR @0xF4 */
#define KS_F0 0x40015800u, 0x40021024u, 0x10000000u, 0x40022000u     /* stm32f0xxxx.h: CSR @0x24 */
#define KS_F1 0xE0042000u, 0x40021024u, 0x10000000u, 0x40022000u     /* stm32f1xxxx.h: CSR @0x24 */
#define KS_F2F4 0xE0042000u, 0x40023874u, 0x10000000u, 0x40023C00u   /* stm32f2/f4/f7xxxx.h: CSR @0x74 */
#define KS_F3 0xE0042000u, 0x40021024u, 0x10000000u, 0x40022000u     /* stm32f3xxxx.h: CSR @0x24 */
#define KS_G0 0x40015800u, 0x40021060u, 0x10000000u, 0x40022000u     /* stm32g0xxxx.h: CSR @0x60 */
#define KS_L4 0xE0042000u, 0x40021094u, 0x10000000u, 0x40022000u     /* stm32g4/l4xxxx.h: CSR @0x94 */
#define KS_H5 0x44024000u, 0x44020CF4u, 0x10000000u, 0x40022000u     /* stm32h5xxxx.h: RSR @0xF4 */
#define KS_H7 0x5C001000u, 0x580244D0u, 0x01000000u, 0x52002000u     /* stm32h743/745/723xx.h: RSR @0xD0 */
#define KS_H7AB 0x5C001000u, 0x58024530u, 0x01000000u, 0x52002000u   /* stm32h7a3/h7s7xx.h: RSR @0x130 */
#define KS_L0 0x40015800u, 0x40021050u, 0x10000000u, 0x40022000u     /* stm32l0xxxx.h: CSR @0x50 */
#define KS_L1 0xE0042000u, 0x40023834u, 0x10000000u, 0x40023C00u     /* stm32l1xxxx.h: CSR @0x34 */
#define KS_L5 0xE0044000u, 0x40021094u, 0x10000000u, 0x40022000u     /* stm32l5xxxx.h: CSR @0x94 */
#define KS_U0 0x40015800u, 0x40021094u, 0x10000000u, 0x40022000u     /* stm32u0xxxx.h: CSR @0x94 */
#define KS_U3 0xE0044000u, 0x40030D14u, 0x10000000u, 0x40022000u     /* stm32u3xxxx.h: CSR @0x114 */
#define KS_U5 0xE0044000u, 0x46020CF4u, 0x10000000u, 0x40022000u     /* stm32u5/wbaxxxx.h: CSR @0xF4 */
#define KS_WB 0xE0042000u, 0x58000094u, 0x10000000u, 0x58004000u     /* stm32wb/wlxxxx.h: CSR @0x94 */
/* Entered by pins only: the library reads no IDCODE and resets no clock
 * there (KS_PINS); WB0/WL3 have no IDCODE register (their DBGMCU_TypeDef
 * starts at a freeze register); N6: DBGMCU_BASE_NS 0x44001000. */
#define KS_WB0 0u, 0x48400094u, 0x10000000u, 0u                      /* stm32wb05.h..09.h, stm32wl3xx.h: CSR @0x94 */
#define KS_N6 0x44001000u, 0x46028034u, 0x01000000u, 0u              /* stm32n657xx.h: RSR @0x34 */

enum { KS_PINS = 1 };

typedef struct {
    uint16_t dev_id;
    uint32_t cpuid, idcode, rst, sw, flash;
    unsigned flags;
} ks_row;

static const ks_row ks_rows[] = {
    { 0x443, KS_M0P, KS_C0, 0 }, { 0x453, KS_M0P, KS_C0, 0 }, { 0x44C, KS_M0P, KS_C0, 0 },
    { 0x493, KS_M0P, KS_C0, 0 }, { 0x44D, KS_M0P, KS_C0, 0 },
    { 0x44F, KS_M33_R0P4, KS_C5, 0 }, { 0x44E, KS_M33_R0P4, KS_C5, 0 }, { 0x45A, KS_M33_R0P4, KS_C5, 0 },
    { 0x440, KS_M0, KS_F0, 0 }, { 0x444, KS_M0, KS_F0, 0 }, { 0x442, KS_M0, KS_F0, 0 },
    { 0x445, KS_M0, KS_F0, 0 }, { 0x448, KS_M0, KS_F0, 0 },
    { 0x412, KS_M3, KS_F1, 0 }, { 0x410, KS_M3, KS_F1, 0 }, { 0x414, KS_M3, KS_F1, 0 },
    { 0x420, KS_M3, KS_F1, 0 }, { 0x428, KS_M3, KS_F1, 0 }, { 0x418, KS_M3, KS_F1, 0 },
    { 0x430, KS_M3, KS_F1, 0 },
    { 0x411, KS_M3, KS_F2F4, 0 },
    { 0x432, KS_M4, KS_F3, 0 }, { 0x422, KS_M4, KS_F3, 0 }, { 0x439, KS_M4, KS_F3, 0 },
    { 0x438, KS_M4, KS_F3, 0 }, { 0x446, KS_M4, KS_F3, 0 },
    { 0x413, KS_M4, KS_F2F4, 0 }, { 0x419, KS_M4, KS_F2F4, 0 }, { 0x423, KS_M4, KS_F2F4, 0 },
    { 0x433, KS_M4, KS_F2F4, 0 }, { 0x458, KS_M4, KS_F2F4, 0 }, { 0x431, KS_M4, KS_F2F4, 0 },
    { 0x441, KS_M4, KS_F2F4, 0 }, { 0x463, KS_M4, KS_F2F4, 0 }, { 0x421, KS_M4, KS_F2F4, 0 },
    { 0x434, KS_M4, KS_F2F4, 0 },
    { 0x452, KS_M7_R1P0, KS_F2F4, 0 }, { 0x449, KS_M7_R0P1, KS_F2F4, 0 }, { 0x451, KS_M7_R1P0, KS_F2F4, 0 },
    { 0x466, KS_M0P, KS_G0, 0 }, { 0x456, KS_M0P, KS_G0, 0 }, { 0x460, KS_M0P, KS_G0, 0 },
    { 0x467, KS_M0P, KS_G0, 0 },
    { 0x468, KS_M4, KS_L4, 0 }, { 0x469, KS_M4, KS_L4, 0 }, { 0x479, KS_M4, KS_L4, 0 },
    { 0x474, KS_M33, KS_H5, 0 }, { 0x478, KS_M33, KS_H5, 0 }, { 0x484, KS_M33, KS_H5, 0 },
    { 0x47A, KS_M33, KS_H5, 0 },
    { 0x450, KS_M7_R1P1, KS_H7, 0 }, { 0x483, KS_M7_R1P2, KS_H7, 0 },
    { 0x480, KS_M7_R1P2, KS_H7AB, 0 }, { 0x485, KS_M7_R1P2, KS_H7AB, 0 },
    { 0x457, KS_M0P, KS_L0, 0 }, { 0x425, KS_M0P, KS_L0, 0 }, { 0x417, KS_M0P, KS_L0, 0 },
    { 0x447, KS_M0P, KS_L0, 0 },
    { 0x416, KS_M3, KS_L1, 0 }, { 0x429, KS_M3, KS_L1, 0 }, { 0x427, KS_M3, KS_L1, 0 },
    { 0x436, KS_M3, KS_L1, 0 }, { 0x437, KS_M3, KS_L1, 0 },
    { 0x464, KS_M4, KS_L4, 0 }, { 0x435, KS_M4, KS_L4, 0 }, { 0x462, KS_M4, KS_L4, 0 },
    { 0x415, KS_M4, KS_L4, 0 }, { 0x461, KS_M4, KS_L4, 0 }, { 0x470, KS_M4, KS_L4, 0 },
    { 0x471, KS_M4, KS_L4, 0 },
    { 0x472, KS_M33, KS_L5, 0 },
    { 0x459, KS_M0P, KS_U0, 0 }, { 0x489, KS_M0P, KS_U0, 0 },
    { 0x454, KS_M33, KS_U3, 0 }, { 0x42A, KS_M33, KS_U3, 0 },
    { 0x455, KS_M33, KS_U5, 0 }, { 0x482, KS_M33, KS_U5, 0 }, { 0x481, KS_M33, KS_U5, 0 },
    { 0x476, KS_M33, KS_U5, 0 },
    { 0x494, KS_M4, KS_WB, 0 }, { 0x495, KS_M4, KS_WB, 0 }, { 0x496, KS_M4, KS_WB, 0 },
    { 0x4B2, KS_M33, KS_U5, 0 }, { 0x492, KS_M33, KS_U5, 0 }, { 0x4B0, KS_M33, KS_U5, 0 },
    { 0x497, KS_M4, KS_WB, 0 },
    { 0x028, KS_M0P, KS_WB0, KS_PINS }, { 0x01E, KS_M0P, KS_WB0, KS_PINS },
    { 0x032, KS_M0P, KS_WB0, KS_PINS }, { 0x027, KS_M0P, KS_WB0, KS_PINS },
    { 0x486, KS_M55, KS_N6, KS_PINS },
};

#define KS_ROWS (sizeof ks_rows / sizeof ks_rows[0])

/* The IDCODE site of each profile, as a build that names its line reads it. */
static const uint32_t dbgmcu_sites[SYSBOOT_PROFILE_COUNT] = {
#define SYSBOOT_DBGMCU(key, addr, source) [SYSBOOT_PROFILE_##key] = (addr),
#include "../../data/stm32.def"
};

/* A universal build, on the row's core, finds the DEV_ID at the typed site
 * (nothing else answers). */
static int found_at(const ks_row *k, const sysboot_device *d)
{
    fake_clear();
    fake_poke(KS_CPUID, k->cpuid);
    fake_poke(k->idcode, 0x10000000u | k->dev_id);
    return sysboot_identify() == d;
}

TEST(facts_sites_every_device_row)
{
    unsigned i;
    for (i = 0; i < KS_ROWS; i++) {
        const ks_row *k = &ks_rows[i];
        const sysboot_device *d = sysboot_lookup(k->dev_id);
        unsigned fails = (unsigned)check_failures;
        CHECK(d != NULL);
        if (d == NULL)
            continue;
        CHECK_EQ(sysboot_profiles[d->profile].reset_reg, k->rst);
        CHECK_EQ(sysboot_profiles[d->profile].reset_sw_mask, k->sw);
        CHECK_EQ(sysboot_clock_site_of(d)->base[SYSBOOT_CLOCK_FLASH], k->flash);
        CHECK_EQ(dbgmcu_sites[d->profile], (k->flags & KS_PINS) != 0u ? 0u : k->idcode);
        if (k->idcode != 0u)
            CHECK(found_at(k, d));
        if ((unsigned)check_failures != fails)
            printf("    row 0x%03X\n", (unsigned)k->dev_id);
    }
}

/* Every DEV_ID row of the data has its sites here, once. */
static const uint16_t data_dev_ids[] = {
#define SYSBOOT_DEVICE(dev_id, ...) dev_id,
#include "../../data/stm32.def"
};

TEST(facts_sites_every_row_is_known)
{
    unsigned i, j, n = sizeof data_dev_ids / sizeof data_dev_ids[0];
    for (i = 0; i < n; i++) {
        unsigned found = 0;
        for (j = 0; j < KS_ROWS; j++)
            found += ks_rows[j].dev_id == data_dev_ids[i];
        if (found != 1u)
            printf("    DEV_ID 0x%03X: %u rows in test_facts_sites.c\n", (unsigned)data_dev_ids[i], found);
        CHECK_EQ(found, 1u);
    }
    CHECK_EQ(KS_ROWS, n);
}

const test_case facts_sites_tests[] = {
    { "facts_sites_every_device_row", facts_sites_every_device_row },
    { "facts_sites_every_row_is_known", facts_sites_every_row_is_known },
    { NULL, NULL }
};

/*
 * The silicon's clock facts per layout (see clock_facts.h). Sources:
 *  - wait-state tables: the reference manual tables "Number of wait states
 *    according to CPU clock (HCLK) frequency" as STM32Cube quotes them in
 *    stm32xxxx_hal_rcc.c (the table in the file header) and
 *    stm32xxxx_ll_utils.c (UTILS_SCALEx_LATENCYy_FREQ), zephyrproject-rtos
 *    hal_stm32 at fe7d2e2b; where the two disagree the lower frequency per
 *    wait state is taken (the stricter) and the row says so;
 *  - reset values: ST's SVD files (modm-io/cmsis-svd-stm32 c97f752 and
 *    modm-ext/cmsis-svd-stm32-zip 5f1a4a7), the CMSIS device headers
 *    (STMicroelectronics/cmsis_device_xx) and system_stm32xxxx.c;
 *  - bit positions: the CMSIS device headers.
 * Frequencies: HSE is taken as 8 MHz (32 MHz where the line's HSE is the
 * radio's HSE32: WB, WL, WBA), LSE/LSI are not modelled (0).
 */
#include "clock_facts.h"

#include "../common/bench_ctl.h"
#include "machine.h"
#include "sysboot.h"

#include <stddef.h>
#include <string.h>

#define MHZ 1000000u
#define HSE_HZ (8u * MHZ)
#define HSE32_HZ (32u * MHZ)
#define END_RESETS { 0, 0xFFFFu, 0 }
#define END_FIELDS { 0, 0, 0, 0, NULL, 0 }
#define END_GUARDS { 0, 0, 0, 0, NULL }
#define END_MEMORIES { 0, 0, 0, 0, NULL }

struct clock_facts {
    const char *layout;            /* SYSBOOT_RCC layout token */
    uint32_t flash, pwr;           /* FLASH and PWR bases (CMSIS FLASH_R_BASE, PWR_BASE, non-secure) */
    uint32_t latency_mask;         /* FLASH_ACR.LATENCY */
    uint16_t cfgr;                 /* the register holding SW */
    uint32_t sw_mask;
    unsigned sws_shift;            /* SWS = SW << sws_shift */
    uint32_t sw_reset;
    uint16_t pwren_offset;         /* PWR clock enable in RCC, 0: always clocked */
    uint32_t pwren;
    const char *reset_source;
    uint32_t reset_hz;
    void (*now)(clock_now *c);     /* SYSCLK, source, flash clock, range (+name) */
    const uint32_t *(*table)(unsigned range);   /* max Hz per wait state, 0 ends; NULL: not modelled */
    unsigned (*latency_max)(void); /* highest LATENCY the line defines (HAL FLASH_LATENCY_x) */
    int (*ready)(uint32_t sw, uint16_t *offset, uint32_t *bit);
    const cf_reg *(*resets)(void);
    const cf_field *(*fields)(void);
    const cf_guard *(*guards)(void);
    const cf_memory *(*memories)(void);
    const cf_reg *(*preset)(uint32_t *stack);
    const cf_ready *readies;       /* ready flags following their enables (CMSIS xxxON/xxxRDY) */
};

/* ---- helpers ------------------------------------------------------------- */

static uint32_t rcc(uint32_t offset)
{
    return clock_facts_read(bench_m.board->rcc_base + offset);
}

static uint32_t bits(uint32_t v, unsigned lo, unsigned width)
{
    return (v >> lo) & ((1u << width) - 1u);
}

static uint32_t dev(void)
{
    return bench_m.board->dev_id;
}

static int dev_in(const uint32_t *ids, unsigned n)
{
    unsigned i;
    for (i = 0; i < n; i++)
        if (ids[i] == dev())
            return 1;
    return 0;
}
#define DEV_IN(...) dev_in((const uint32_t[]){ __VA_ARGS__ }, sizeof((const uint32_t[]){ __VA_ARGS__ }) / 4u)

/* AHB prescaler HPRE[3:0]: 0xxx /1, 1000 /2, 1001 /4 ... 1111 /512 (no /32) */
static uint32_t ahb_div(uint32_t hpre)
{
    static const uint16_t div[8] = { 2, 4, 8, 16, 64, 128, 256, 512 };
    return (hpre & 8u) != 0u ? div[hpre & 7u] : 1u;
}

/* WBA CFGR2.HPRE[2:0]: 0xx /1, 100 /2, 101 /4, 110 /8, 111 /16 (stm32wba55xx.h) */
static uint32_t ahb_div3(uint32_t hpre)
{
    return (hpre & 4u) != 0u ? 2u << (hpre & 3u) : 1u;
}

static uint32_t pll(uint32_t in, uint32_t m, uint32_t n, uint32_t r)
{
    return m == 0u || r == 0u ? 0u : (uint32_t)((uint64_t)in * n / m / r);
}

static void set_range(clock_now *c, unsigned range, const char *name)
{
    c->range = range;
    c->range_name = name;
}

static const char *const range_names[] = { "range 0", "range 1", "range 2", "range 3", "range 4" };
static const char *const vos_names[] = { "VOS0", "VOS1", "VOS2", "VOS3" };

/* MSI ranges of L4/L4+/L5/WB/WL/U0 (RM0351 RCC_CR.MSIRANGE; system_stm32l4xx.c MSIRangeTable) */
static const uint32_t msi_l4[16] = { 100000, 200000, 400000, 800000, 1000000, 2000000, 4000000,
                                     8000000, 16000000, 24000000, 32000000, 48000000 };

/* L4-type MSI: CR.MSIRANGE when MSIRGSEL (bit 3) is set, else the range
 * after standby (RCC_CSR.MSISRANGE), which nothing the bench runs
 * changes: its reset value, range 6 (4 MHz, RM0351 RCC_CSR). */
static uint32_t msi_l4_hz(int has_rgsel)
{
    uint32_t cr = rcc(0x00);
    if (has_rgsel && (cr & (1u << 3)) == 0u)
        return msi_l4[6];
    return msi_l4[bits(cr, 4, 4)];
}

/* ---- F0/F1/F3 (layout F1) -------------------------------------------------
 * RM0091 (F0), RM0008 (F1), RM0316 (F3); cmsis_device_f0/f1/f3. The flash
 * wait states count SYSCLK on these lines (FLASH_ACR.LATENCY: "ratio of the
 * SYSCLK period to the flash access time"), not HCLK. PLLSRC is two bits
 * [16:15] on F04x/F07x/F09x/F030xC (0x445, 0x448, 0x442) and
 * F302xE/F303xE/F398 (0x446): 00 HSI/2, 01 HSI/PREDIV, 10 HSE/PREDIV,
 * 11 HSI48/PREDIV; one bit (16) elsewhere. CFGR2.PREDIV exists on F0, F3,
 * F100 (value line) and F105/F107; on F101/F102/F103 PLLXTPRE halves HSE. */
static int f1_pllsrc2(void) { return DEV_IN(0x445, 0x448, 0x442, 0x446); }
static int f1_hsi48(void) { return DEV_IN(0x445, 0x448, 0x442); }
static int f1_has_cfgr2(void)
{
    return bench_m.board->series_code != SYSBOOT_SERIES_F1 || DEV_IN(0x420, 0x428, 0x418);
}

static void f1_now(clock_now *c)
{
    uint32_t cfgr = rcc(0x04), in, mul, pre = 1u;
    if (f1_has_cfgr2())
        pre = bits(rcc(0x2C), 0, 4) + 1u;
    if (f1_pllsrc2()) {
        static const uint32_t src[4] = { 4u * MHZ, 8u * MHZ, HSE_HZ, 48u * MHZ };
        uint32_t s = bits(cfgr, 15, 2);
        in = s == 0u ? src[0] : src[s] / pre;
    } else if ((cfgr & (1u << 16)) == 0u) {
        in = 4u * MHZ;                                  /* HSI/2 */
    } else {
        in = f1_has_cfgr2() ? HSE_HZ / pre : HSE_HZ / (((cfgr >> 17) & 1u) + 1u);
    }
    mul = bits(cfgr, 18, 4) + 2u;
    if (mul > 16u)
        mul = 16u;
    switch (bits(cfgr, 0, 2)) {
    case 0: c->sysclk = 8u * MHZ; c->source = "HSI"; break;
    case 1: c->sysclk = HSE_HZ; c->source = "HSE"; break;
    case 2: c->sysclk = in * mul; c->source = "PLL"; break;
    default: c->sysclk = f1_hsi48() ? 48u * MHZ : 0u; c->source = "HSI48"; break;
    }
    c->flash_hz = c->sysclk;
    set_range(c, 0, "no voltage scaling");
}

static const uint32_t *f1_table(unsigned range)
{
    static const uint32_t f0[] = { 24 * MHZ, 48 * MHZ, 0 };          /* RM0091 */
    static const uint32_t f1[] = { 24 * MHZ, 48 * MHZ, 72 * MHZ, 0 }; /* RM0008, RM0316 */
    static const uint32_t vl[] = { 24 * MHZ, 0 };                    /* RM0041: F100 runs <= 24 MHz, 0 WS */
    (void)range;
    if (bench_m.board->series_code == SYSBOOT_SERIES_F0)
        return f0;
    return DEV_IN(0x420, 0x428) ? vl : f1;
}

static unsigned f1_latency_max(void)
{
    if (DEV_IN(0x420, 0x428))
        return 0u;
    return bench_m.board->series_code == SYSBOOT_SERIES_F0 ? 1u : 2u;   /* HAL FLASH_LATENCY_1 / _2 */
}

static int f1_ready(uint32_t sw, uint16_t *offset, uint32_t *bit)
{
    static const uint8_t rdy[4] = { 1, 17, 25, 17 };
    *offset = sw == 3u ? 0x34 : 0x00;                   /* HSI48RDY is CR2 bit 17 (F0) */
    *bit = 1u << rdy[sw & 3u];
    return sw != 3u || f1_hsi48();
}

static const cf_reg *f1_resets(void)
{
    static const cf_reg r[] = {
        { CF_RCC, 0x00, 0x00000083 },   /* CR: HSION, HSIRDY, HSITRIM 16 (SVD F103/F0x2/F303) */
        { CF_RCC, 0x14, 0x00000014 },   /* AHBENR: SRAMEN, FLITFEN */
        { CF_RCC, 0x34, 0x00000080 },   /* F0 CR2: HSI14TRIM 16 (SVD F0x2); reserved elsewhere */
        { CF_FLASH, 0x00, 0x00000030 }, /* ACR: PRFTBE, PRFTBS (SVD F103) */
        END_RESETS };
    return r;
}

static const cf_field *f1_fields(void)
{
    static cf_field f[9];
    unsigned n = 0;
    uint32_t plls = DEV_IN(0x418) ? 0x15000000u : 0x01000000u;   /* F105/F107: PLL2ON, PLL3ON */
    f[n++] = (cf_field){ CF_RCC, 0x00, plls | 0x000D0001u, plls | 0x00010000u, "CR: HSI on; PLLs, HSE, HSEBYP, CSS off", CF_EQUAL };
    f[n++] = (cf_field){ CF_RCC, 0x04, 0xFFFFFFFFu, 0x0005048Au, "CFGR at reset (SW, prescalers, PLL source and MUL, MCO)", CF_EQUAL };
    if (f1_has_cfgr2())
        f[n++] = (cf_field){ CF_RCC, 0x2C, 0xFFFFFFFFu, 0x00000001u, "CFGR2 (PREDIV) at reset", CF_EQUAL };
    if (bench_m.board->series_code != SYSBOOT_SERIES_F1)
        f[n++] = (cf_field){ CF_RCC, 0x30, 0xFFFFFFFFu, 0x00000010u, "CFGR3 (USART/I2C/USB switches) at reset", CF_EQUAL };
    if (bench_m.board->series_code == SYSBOOT_SERIES_F0)
        f[n++] = (cf_field){ CF_RCC, 0x34, 0x00010001u, f1_hsi48() ? 0x00010000u : 0x00000001u,
                             "CR2: HSI48ON, HSI14ON off", CF_EQUAL };
    /* CIR reset 0 (RM0008, RM0091, RM0316): ready interrupt enables [14:8] */
    f[n++] = (cf_field){ CF_RCC, 0x08, 0x00007F00u, 0x00000100u, "CIR: ready interrupts off", CF_EQUAL };
    f[n++] = (cf_field){ CF_FLASH, 0x00, 0x7u, 0, "FLASH_ACR.LATENCY at reset", CF_EQUAL };
    f[n] = (cf_field)END_FIELDS;
    return f;
}

static const cf_guard *f1_guards(void)
{
    static cf_guard g[3];
    g[0] = (cf_guard){ 0x04, 0x003F0000u | (f1_pllsrc2() ? 0x8000u : 0u), 0x00, 1u << 24,
                       f1_pllsrc2() ? "CFGR PLLSRC[1:0], PLLXTPRE, PLLMUL" : "CFGR PLLSRC, PLLXTPRE, PLLMUL" };
    g[1] = (cf_guard){ 0x2C, f1_has_cfgr2() ? 0xFu : 0u, 0x00, 1u << 24, "CFGR2 PREDIV" };
    g[2] = (cf_guard)END_GUARDS;
    return g;
}

static const cf_memory *f1_memories(void)
{
    static const cf_memory m[] = {
        { 0x14, 1u << 2, 0x20000000u, 0x20020000u, "AHBENR.SRAMEN" },
        { 0x14, 1u << 4, 0, 0, "AHBENR.FLITFEN" },
        END_MEMORIES };
    return m;
}

/* A PLL at the line's usual top speed: F0 48 MHz, F1/F3 72 MHz, F100 24 MHz. */
static const cf_reg *f1_preset(uint32_t *stack)
{
    static cf_reg p[6];
    unsigned n = 0;
    (void)stack;
    if (f1_pllsrc2()) {
        /* HSI/PREDIV (PLLSRC 01): PLLSRC[0] = CFGR bit 15 set */
        int f3 = bench_m.board->series_code == SYSBOOT_SERIES_F3;
        if (f1_hsi48())
            p[n++] = (cf_reg){ CF_RCC, 0x34, 0x00030080u };               /* HSI48 on for USB */
        p[n++] = (cf_reg){ CF_RCC, 0x00, 0x03000083u };
        p[n++] = (cf_reg){ CF_RCC, 0x04, 0x0000800Au | (f3 ? 0x001C0400u : 0x00100000u) };  /* x9 / x6 */
        p[n++] = (cf_reg){ CF_FLASH, 0x00, 0x30u | (f3 ? 2u : 1u) };
    } else if (bench_m.board->series_code == SYSBOOT_SERIES_F0) {
        p[n++] = (cf_reg){ CF_RCC, 0x00, 0x03000083u };
        p[n++] = (cf_reg){ CF_RCC, 0x04, 0x0028000Au };                   /* HSI/2 x12 */
        p[n++] = (cf_reg){ CF_FLASH, 0x00, 0x31u };
    } else {
        int vl = DEV_IN(0x420, 0x428);
        p[n++] = (cf_reg){ CF_RCC, 0x00, 0x03030083u };                   /* HSE and PLL */
        p[n++] = (cf_reg){ CF_RCC, 0x04, 0x0001000Au | (vl ? 0x00040000u : 0x001C0400u) };   /* x3 / x9 */
        p[n++] = (cf_reg){ CF_FLASH, 0x00, vl ? 0x30u : 0x32u };
    }
    p[n] = (cf_reg)END_RESETS;
    return p;
}

/* ---- F2/F4/F7 (layout F4) -------------------------------------------------
 * RM0033, RM0090, RM0368, RM0383, RM0390, RM0401, RM0402, RM0430, RM0386,
 * RM0385, RM0410, RM0431. Wait states count HCLK and depend on VDD, not on
 * VOS: the 2.7-3.6 V column, 30 MHz per wait state (F413/F423: 25 MHz,
 * RM0430), as stm32f4xx_hal_rcc.c/ll_utils.c (FLASH_SCALEx_LATENCYy_FREQ).
 * PLLCFGR: PLLM[5:0], PLLN[14:6], PLLP[17:16] (/2 /4 /6 /8), PLLSRC 22,
 * PLLR[30:28] (SW = 11 on F410/F412/F413/F446). */
static void f4_now(clock_now *c)
{
    uint32_t cfgr = rcc(0x08), p = rcc(0x04);
    uint32_t in = (p & (1u << 22)) != 0u ? HSE_HZ : 16u * MHZ;
    uint32_t vco = bits(p, 0, 6) == 0u ? 0u : (uint32_t)((uint64_t)in * bits(p, 6, 9) / bits(p, 0, 6));
    switch (bits(cfgr, 0, 2)) {
    case 0: c->sysclk = 16u * MHZ; c->source = "HSI"; break;
    case 1: c->sysclk = HSE_HZ; c->source = "HSE"; break;
    case 2: c->sysclk = vco / (2u * (bits(p, 16, 2) + 1u)); c->source = "PLL P"; break;
    default: c->sysclk = bits(p, 28, 3) >= 2u ? vco / bits(p, 28, 3) : 0u; c->source = "PLL R"; break;
    }
    c->flash_hz = c->sysclk / ahb_div(bits(cfgr, 4, 4));
    set_range(c, 0, "2.7-3.6 V");
}

static const uint32_t *f4_table(unsigned range)
{
    static const uint32_t t30[] = { 30 * MHZ, 60 * MHZ, 90 * MHZ, 120 * MHZ, 150 * MHZ, 180 * MHZ,
                                    210 * MHZ, 240 * MHZ, 0 };
    static const uint32_t t25[] = { 25 * MHZ, 50 * MHZ, 75 * MHZ, 100 * MHZ, 0 };
    (void)range;
    return DEV_IN(0x463) ? t25 : t30;
}

static unsigned f4_latency_max(void) { return 7u; }   /* FLASH_ACR_LATENCY_7WS: every F2/F4/F7 header */

static int f4_ready(uint32_t sw, uint16_t *offset, uint32_t *bit)
{
    static const uint8_t rdy[4] = { 1, 17, 25, 25 };
    *offset = 0x00;
    *bit = 1u << rdy[sw & 3u];
    return 1;
}

static int f4_has_ccm(void) { return DEV_IN(0x413, 0x419, 0x449, 0x451, 0x452); }

static const cf_reg *f4_resets(void)
{
    static cf_reg r[6];
    unsigned n = 0;
    r[n++] = (cf_reg){ CF_RCC, 0x00, 0x00000083 };      /* CR (SVD F407/F429/F746) */
    r[n++] = (cf_reg){ CF_RCC, 0x04, 0x24003010 };      /* PLLCFGR (SVD; RM0090) */
    if (f4_has_ccm())
        r[n++] = (cf_reg){ CF_RCC, 0x30, 0x00100000 };  /* AHB1ENR: CCMDATARAMEN (F4) / DTCMRAMEN (F7) */
    r[n] = (cf_reg)END_RESETS;
    return r;
}

static const cf_field *f4_fields(void)
{
    static cf_field f[10];
    unsigned n = 0;
    int f7 = bench_m.board->series_code == SYSBOOT_SERIES_F7;
    f[n++] = (cf_field){ CF_RCC, 0x00, 0x150D0001u, 0x01010000u, "CR: HSI on; PLL, PLLI2S, PLLSAI, HSE, HSEBYP, CSS off", CF_EQUAL };
    f[n++] = (cf_field){ CF_RCC, 0x08, 0xFFFFFFFFu, 0x0000940Au, "CFGR at reset (SW, HPRE, PPRE1/2, RTCPRE, MCO)", CF_EQUAL };
    if (!DEV_IN(0x458))   /* F410: PLLCFGR resets to another value (HAL_RCC_DeInit): not checked */
        f[n++] = (cf_field){ CF_RCC, 0x04, 0xFFFFFFFFu, 0x02401808u, "PLLCFGR at reset", CF_EQUAL };
    f[n++] = (cf_field){ CF_RCC, 0x0C, 0x00007F00u, 0x00000100u, "CIR: ready interrupts off", CF_EQUAL };
    /* CK48MSEL (bit 27: 48 MHz clock from PLLQ at reset, PLLSAIP when set):
     * DCKCFGR on F469/F479, DCKCFGR2 @0x94 on F412/F413/F446, @0x90 on F7 */
    if (DEV_IN(0x434))
        f[n++] = (cf_field){ CF_RCC, 0x8C, 1u << 27, 1u << 27, "DCKCFGR.CK48MSEL (USB clock from PLLQ)", CF_EQUAL };
    if (DEV_IN(0x421, 0x441, 0x463))
        f[n++] = (cf_field){ CF_RCC, 0x94, 1u << 27, 1u << 27, "DCKCFGR2.CK48MSEL (USB clock from PLLQ)", CF_EQUAL };
    if (f7)
        f[n++] = (cf_field){ CF_RCC, 0x90, 1u << 27, 1u << 27, "DCKCFGR2.CK48MSEL (USB clock from PLLQ)", CF_EQUAL };
    f[n++] = (cf_field){ CF_FLASH, 0x00, 0xFu, 0x7u, "FLASH_ACR.LATENCY at reset", CF_EQUAL };
    f[n] = (cf_field)END_FIELDS;
    return f;
}

static const cf_guard *f4_guards(void)
{
    static const cf_guard g[] = {
        { 0x04, 0x7F437FFFu, 0x00, 1u << 24, "PLLCFGR (PLLM, PLLN, PLLP, PLLSRC, PLLQ, PLLR)" },
        END_GUARDS };
    return g;
}

static const cf_memory *f4_memories(void)
{
    static cf_memory m[2];
    m[0] = f4_has_ccm() ? (bench_m.board->series_code == SYSBOOT_SERIES_F7
                               ? (cf_memory){ 0x30, 1u << 20, 0x20000000u, 0x20010000u, "AHB1ENR.DTCMRAMEN" }
                               : (cf_memory){ 0x30, 1u << 20, 0x10000000u, 0x10010000u, "AHB1ENR.CCMDATARAMEN" })
                        : (cf_memory)END_MEMORIES;
    m[1] = (cf_memory)END_MEMORIES;
    return m;
}

/* HSE 8 MHz, PLLM 8, PLLN 2 x max MHz, PLLP /2: the line's top clock (the
 * board's, or the top of its wait-state table where that is lower: F413
 * runs at 100 MHz, not the F4 profile's 180), with the wait states its
 * table asks, APB1 /4, APB2 /2. */
static const cf_reg *f4_preset(uint32_t *stack)
{
    static cf_reg p[5];
    const uint32_t *t = f4_table(0);
    uint32_t mhz = bench_m.board->max_core_hz / MHZ, ws, top = 0;
    while (*t != 0u)
        top = *t++ / MHZ;
    if (mhz > top)
        mhz = top;
    ws = (mhz - 1u) / (DEV_IN(0x463) ? 25u : 30u);
    (void)stack;
    p[0] = (cf_reg){ CF_FLASH, 0x00, ws };
    p[1] = (cf_reg){ CF_RCC, 0x04, 0x20400008u | ((2u * mhz) << 6) };
    p[2] = (cf_reg){ CF_RCC, 0x00, 0x03030083u };
    p[3] = (cf_reg){ CF_RCC, 0x08, 0x0000940Au };
    p[4] = (cf_reg)END_RESETS;
    return p;
}

/* ---- L4/L4+ (layout L4) -------------------------------------------------- */
static int l4_plus(void) { return bench_m.board->series_code == SYSBOOT_SERIES_L4P; }

/* Voltage range from PWR_CR1.VOS[10:9] (01 range 1, 10 range 2); L4+
 * PWR_CR5.R1MODE (bit 8) 0 = boost: same wait states (RM0432), so not told apart. */
static void vos_cr1(clock_now *c, uint32_t pwr, int has_range0)
{
    uint32_t vos = bits(clock_facts_read(pwr + 0x00), 9, 2);
    unsigned r = has_range0 ? vos : (vos == 2u ? 2u : 1u);
    set_range(c, r, range_names[r]);
}

static uint32_t pll_l4(uint32_t msi, unsigned m_width, unsigned r_lo, int r_linear)
{
    uint32_t p = rcc(0x0C), src = bits(p, 0, 2);
    uint32_t in = src == 1u ? msi : src == 2u ? 16u * MHZ : src == 3u ? HSE_HZ : 0u;
    uint32_t r = r_linear ? bits(p, r_lo, 3) + 1u : 2u * (bits(p, r_lo, 2) + 1u);
    return pll(in, bits(p, 4, m_width) + 1u, bits(p, 8, 7), r);
}

static void l4_now(clock_now *c)
{
    uint32_t cfgr = rcc(0x08), msi = msi_l4_hz(1);
    switch (bits(cfgr, 0, 2)) {
    case 0: c->sysclk = msi; c->source = "MSI"; break;
    case 1: c->sysclk = 16u * MHZ; c->source = "HSI16"; break;
    case 2: c->sysclk = HSE_HZ; c->source = "HSE"; break;
    default: c->sysclk = pll_l4(msi, l4_plus() ? 4u : 3u, 25, 0); c->source = "PLL R"; break;
    }
    c->flash_hz = c->sysclk / ahb_div(bits(cfgr, 4, 4));
    vos_cr1(c, 0x40007000u, 0);
}

static const uint32_t *l4_table(unsigned range)
{
    /* RM0351/RM0394 (stm32l4xx_hal_rcc.c Table 1); RM0432 (Table 2) */
    static const uint32_t l4_r1[] = { 16 * MHZ, 32 * MHZ, 48 * MHZ, 64 * MHZ, 80 * MHZ, 0 };
    static const uint32_t l4_r2[] = { 6 * MHZ, 12 * MHZ, 18 * MHZ, 26 * MHZ, 0 };
    static const uint32_t lp_r1[] = { 20 * MHZ, 40 * MHZ, 60 * MHZ, 80 * MHZ, 100 * MHZ, 120 * MHZ, 0 };
    static const uint32_t lp_r2[] = { 8 * MHZ, 16 * MHZ, 26 * MHZ, 0 };
    if (l4_plus())
        return range == 2u ? lp_r2 : lp_r1;
    return range == 2u ? l4_r2 : l4_r1;
}

static unsigned l4_latency_max(void) { return l4_plus() ? 5u : 4u; }   /* stm32l476xx.h 4WS; L4+ 5 used at 120 MHz */

/* SW 00 MSI, 01 HSI16, 10 HSE, 11 PLL: ready bits 1, 10, 17, 25 (L4, L4+, L5, WB, WL) */
static int l4_ready(uint32_t sw, uint16_t *offset, uint32_t *bit)
{
    static const uint8_t rdy[4] = { 1, 10, 17, 25 };
    *offset = 0x00;
    *bit = 1u << rdy[sw & 3u];
    return 1;
}

static int l4_has_hsi48(void) { return l4_plus() || DEV_IN(0x435, 0x462, 0x464, 0x461); }   /* L43x/L45x/L41x/L49x */
static int l4_has_sai2(void) { return l4_plus() || DEV_IN(0x415, 0x461); }
static int l4_has_sai1(void) { return !DEV_IN(0x464); }                              /* not on L41x/L42x */

static const cf_reg *l4_resets(void)
{
    static cf_reg r[8];
    unsigned n = 0;
    r[n++] = (cf_reg){ CF_RCC, 0x00, 0x00000063 };      /* CR: MSION, MSIRDY, MSIRANGE 6 (SVD L476/L4R5) */
    r[n++] = (cf_reg){ CF_RCC, 0x0C, 0x00001000 };      /* PLLCFGR: PLLN 16 */
    if (l4_has_sai1())
        r[n++] = (cf_reg){ CF_RCC, 0x10, 0x00001000 };
    if (l4_has_sai2())
        r[n++] = (cf_reg){ CF_RCC, 0x14, 0x00001000 };
    r[n++] = (cf_reg){ CF_RCC, 0x48, 0x00000100 };      /* AHB1ENR: FLASHEN */
    r[n++] = (cf_reg){ CF_FLASH, 0x00, 0x00000600 };
    r[n++] = (cf_reg){ CF_PWR, 0x00, 0x00000200 };      /* PWR_CR1: VOS range 1 */
    r[n] = (cf_reg)END_RESETS;
    return r;
}

static const cf_field *l4_fields(void)
{
    static cf_field f[12];
    unsigned n = 0;
    f[n++] = (cf_field){ CF_RCC, 0x00, 0x150D0B05u, 0x01010000u, "CR: MSI on, PLLs, HSE, HSEBYP, CSS, HSI, MSIPLLEN off", CF_EQUAL };
    f[n++] = (cf_field){ CF_RCC, 0x08, 0xFFFFFFFFu, 0x00000483u, "CFGR at reset (SW, HPRE, PPRE1/2, STOPWUCK, MCO)", CF_EQUAL };
    f[n++] = (cf_field){ CF_RCC, 0x0C, 0xFFFFFFFFu, 0x01001403u, "PLLCFGR at reset", CF_EQUAL };
    if (l4_has_sai1())
        f[n++] = (cf_field){ CF_RCC, 0x10, 0xFFFFFFFFu, 0x00000A00u, "PLLSAI1CFGR at reset", CF_EQUAL };
    if (l4_has_sai2())
        f[n++] = (cf_field){ CF_RCC, 0x14, 0xFFFFFFFFu, 0x00000A00u, "PLLSAI2CFGR at reset", CF_EQUAL };
    f[n++] = (cf_field){ CF_RCC, 0x88, 0xFFFFFFFFu, 0x0C000000u, "CCIPR (CLK48SEL ...) at reset", CF_EQUAL };
    if (l4_plus())
        f[n++] = (cf_field){ CF_RCC, 0x9C, 0x00300000u, 0x00100000u, "CCIPR2.OSPISEL at reset", CF_EQUAL };
    if (l4_has_hsi48())
        f[n++] = (cf_field){ CF_RCC, 0x98, 0x1u, 0x1u, "CRRCR.HSI48ON off", CF_EQUAL };
    f[n++] = (cf_field){ CF_PWR, 0x00, 0x00000600u, 0x00000200u, "PWR_CR1.VOS range 1 (reset)", CF_EQUAL };
    f[n++] = (cf_field){ CF_FLASH, 0x00, 0xFu, 0x4u, "FLASH_ACR.LATENCY at reset", CF_EQUAL };
    f[n] = (cf_field)END_FIELDS;
    return f;
}

/* PLLCFGR may change only with the PLL off; its source and M feed the SAI
 * PLLs too (RM0351 RCC_PLLCFGR). */
static const cf_guard *l4_guards(void)
{
    static const cf_guard g[] = {
        { 0x0C, 0xFEEE7FF3u, 0x00, 1u << 24, "PLLCFGR" },
        { 0x0C, 0x000000F3u, 0x00, (1u << 26) | (1u << 28), "PLLCFGR PLLSRC, PLLM (shared with the SAI PLLs)" },
        { 0x10, 0xFEEE7F00u, 0x00, 1u << 26, "PLLSAI1CFGR" },
        { 0x14, 0xFEEE7F00u, 0x00, 1u << 28, "PLLSAI2CFGR" },
        END_GUARDS };
    return g;
}

static const cf_memory *flashen_48(void)
{
    static const cf_memory m[] = { { 0x48, 1u << 8, 0, 0, "AHB1ENR.FLASHEN" }, END_MEMORIES };
    return m;
}

/* Range 1, SYSCLK on HSI16 at 0 wait states, MSI at 48 MHz (range 11, MSI
 * PLL mode) clocking USB/RNG through CCIPR.CLK48SEL: the crystal-less USB
 * configuration of ST's examples. */
static const cf_reg *l4_preset(uint32_t *stack)
{
    static const cf_reg p[] = {
        { CF_RCC, 0x58, 1u << 28 },                 /* APB1ENR1.PWREN */
        { CF_RCC, 0x00, 0x000005BFu },              /* MSION, MSIRDY, MSIPLLEN, MSIRGSEL, MSIRANGE 11, HSION, HSIRDY */
        { CF_RCC, 0x08, 0x00000005u },              /* SW = SWS = HSI16 */
        { CF_RCC, 0x88, 0x0C000000u },              /* CLK48SEL = MSI */
        { CF_FLASH, 0x00, 0x00000600u },            /* 0 wait states */
        END_RESETS };
    (void)stack;
    return p;
}

/* ---- G0 (layout G0) ------------------------------------------------------ */
/* RM0444: HSISYS = HSI16 / 2^HSIDIV (CR[13:11]); SW[2:0] 000 HSISYS, 001
 * HSE, 010 PLLR; PLLCFGR SRC[1:0] (10 HSI16, 11 HSE), M[6:4]+1, N[14:8],
 * R[31:29]+1; HPRE in CFGR[11:8]. Table (stm32g0xx_hal_rcc.c): range 1
 * 24/48/64 MHz, range 2 8/16 MHz. */
static void g0_now(clock_now *c)
{
    uint32_t cr = rcc(0x00), cfgr = rcc(0x08), p = rcc(0x0C), src = bits(p, 0, 2);
    uint32_t in = src == 2u ? 16u * MHZ : src == 3u ? HSE_HZ : 0u;
    switch (bits(cfgr, 0, 3)) {
    case 0: c->sysclk = (16u * MHZ) >> bits(cr, 11, 3); c->source = "HSISYS"; break;
    case 1: c->sysclk = HSE_HZ; c->source = "HSE"; break;
    case 2: c->sysclk = pll(in, bits(p, 4, 3) + 1u, bits(p, 8, 7), bits(p, 29, 3) + 1u); c->source = "PLLR"; break;
    default: c->sysclk = 0u; c->source = "LSI/LSE"; break;
    }
    c->flash_hz = c->sysclk / ahb_div(bits(cfgr, 8, 4));
    vos_cr1(c, 0x40007000u, 0);
}

static const uint32_t *g0_table(unsigned range)
{
    static const uint32_t r1[] = { 24 * MHZ, 48 * MHZ, 64 * MHZ, 0 };
    static const uint32_t r2[] = { 8 * MHZ, 16 * MHZ, 0 };
    return range == 2u ? r2 : r1;
}

static unsigned g0_latency_max(void) { return 2u; }   /* FLASH_LATENCY_2 */

/* SW[2:0] 000 HSISYS, 001 HSE, 010 PLLR (G0, C0 with HSIUSB48 at 010) */
static int g0_ready(uint32_t sw, uint16_t *offset, uint32_t *bit)
{
    *offset = 0x00;
    *bit = sw == 0u ? 1u << 10 : sw == 1u ? 1u << 17 : sw == 2u ? 1u << 25 : 0u;
    return *bit != 0u;
}

static const cf_reg *g0_resets(void)
{
    static const cf_reg r[] = {
        { CF_RCC, 0x00, 0x00000500 },   /* CR: HSION, HSIRDY, HSIDIV /1 (SVD G0B1) */
        { CF_RCC, 0x0C, 0x00001000 },   /* PLLCFGR */
        { CF_RCC, 0x38, 0x00000100 },   /* AHBENR: FLASHEN */
        { CF_FLASH, 0x00, 0x00000600 },
        { CF_PWR, 0x00, 0x00000208 },   /* PWR_CR1: VOS range 1 */
        END_RESETS };
    return r;
}

static const cf_field *g0_fields(void)
{
    static const cf_field f[] = {
        { CF_RCC, 0x00, 0x014D3B00u, 0x01010800u, "CR: HSI on, HSIDIV /1; PLL, HSE, HSEBYP, CSS, HSI48, HSIKERON off", CF_EQUAL },
        { CF_RCC, 0x08, 0xFFFFFFFFu, 0x00005802u, "CFGR at reset (SW, HPRE, PPRE, MCO)", CF_EQUAL },
        { CF_RCC, 0x0C, 0xFFFFFFFFu, 0x30001013u, "PLLCFGR at reset", CF_EQUAL },
        { CF_RCC, 0x54, 0xFFFFFFFFu, 0x00000001u, "CCIPR at reset", CF_EQUAL },
        { CF_RCC, 0x58, 0xFFFFFFFFu, 0x00002000u, "CCIPR2 (USBSEL) at reset", CF_EQUAL },
        { CF_PWR, 0x00, 0x00000600u, 0x00000200u, "PWR_CR1.VOS range 1 (reset)", CF_EQUAL },
        { CF_FLASH, 0x00, 0x7u, 0x2u, "FLASH_ACR.LATENCY at reset", CF_EQUAL },
        END_FIELDS };
    return f;
}

static const cf_guard *g0_guards(void)
{
    static const cf_guard g[] = { { 0x0C, 0xEE3E7F73u, 0x00, 1u << 24, "PLLCFGR" }, END_GUARDS };
    return g;
}

static const cf_memory *g0_memories(void)
{
    static const cf_memory m[] = { { 0x38, 1u << 8, 0, 0, "AHBENR.FLASHEN" }, END_MEMORIES };
    return m;
}

/* Range 2 (low-power run up to 16 MHz) at HSI16 with its 1 wait state. */
static const cf_reg *g0_preset(uint32_t *stack)
{
    static const cf_reg p[] = {
        { CF_RCC, 0x3C, 1u << 28 },                 /* APBENR1.PWREN */
        { CF_PWR, 0x00, 0x00000408u },              /* VOS = 10: range 2 */
        { CF_FLASH, 0x00, 0x00000601u },            /* LATENCY 1 */
        END_RESETS };
    (void)stack;
    return p;
}

/* ---- C0 (layout C0) ------------------------------------------------------ */
/* RM0490; stm32c071xx.h: HSISYS = HSI48 / 2^HSIDIV (CR[13:11], reset 010:
 * /4 = 12 MHz, SVD C071 RCC_CR 0x00001540, system_stm32c0xx.c), SYSCLK /
 * (SYSDIV[4:2] + 1) on C071/C09x; SW 000 HSISYS, 001 HSE, 010 HSIUSB48
 * (C071: CR bits 22/23). No PLL, no voltage scaling. Table
 * (stm32c0xx_hal_rcc.c): 24/48 MHz. */
static void c0_now(clock_now *c)
{
    uint32_t cr = rcc(0x00), cfgr = rcc(0x08);
    switch (bits(cfgr, 0, 3)) {
    case 0: c->sysclk = (48u * MHZ) >> bits(cr, 11, 3); c->source = "HSISYS"; break;
    case 1: c->sysclk = HSE_HZ; c->source = "HSE"; break;
    case 2: c->sysclk = 48u * MHZ; c->source = "HSIUSB48"; break;
    default: c->sysclk = 0u; c->source = "LSI/LSE"; break;
    }
    c->sysclk /= bits(cr, 2, 3) + 1u;
    c->flash_hz = c->sysclk / ahb_div(bits(cfgr, 8, 4));
    set_range(c, 0, "no voltage scaling");
}

static const uint32_t *c0_table(unsigned range)
{
    static const uint32_t t[] = { 24 * MHZ, 48 * MHZ, 0 };
    (void)range;
    return t;
}

static unsigned c0_latency_max(void) { return 1u; }   /* FLASH_LATENCY_1 */

static int c0_ready(uint32_t sw, uint16_t *offset, uint32_t *bit)
{
    *offset = 0x00;
    *bit = sw == 0u ? 1u << 10 : sw == 1u ? 1u << 17 : sw == 2u ? 1u << 23 : 0u;
    return *bit != 0u;
}

static const cf_reg *c0_resets(void)
{
    static const cf_reg r[] = {
        { CF_RCC, 0x00, 0x00001540 },   /* CR: HSION, HSIRDY, HSIKERDIV /3, HSIDIV /4 (SVD C071) */
        { CF_RCC, 0x38, 0x00000100 },   /* AHBENR: FLASHEN */
        { CF_FLASH, 0x00, 0x00040600 },
        END_RESETS };
    return r;
}

static const cf_field *c0_fields(void)
{
    static const cf_field f[] = {
        { CF_RCC, 0x00, 0x004D391Cu, 0x00010000u, "CR: HSIDIV /4, SYSDIV /1, HSE, HSEBYP, CSS, HSIUSB48 off", CF_EQUAL },
        { CF_RCC, 0x08, 0xFFFFFFFFu, 0x00005801u, "CFGR at reset (SW, HPRE, PPRE, MCO)", CF_EQUAL },
        { CF_RCC, 0x54, 0xFFFFFFFFu, 0x00000001u, "CCIPR at reset", CF_EQUAL },
        { CF_RCC, 0x58, 0xFFFFFFFFu, 0x00001000u, "CCIPR2 (USBSEL) at reset", CF_EQUAL },
        { CF_FLASH, 0x00, 0x7u, 0x1u, "FLASH_ACR.LATENCY at reset", CF_EQUAL },
        END_FIELDS };
    return f;
}

static const cf_guard *no_guards(void)
{
    static const cf_guard g[] = { END_GUARDS };
    return g;
}

/* HSI48 undivided (48 MHz) with its 1 wait state: ST's C0 examples. */
static const cf_reg *c0_preset(uint32_t *stack)
{
    static const cf_reg p[] = {
        { CF_FLASH, 0x00, 0x00040601u },            /* LATENCY 1 first */
        { CF_RCC, 0x00, 0x00000540u },              /* HSIDIV /1 */
        END_RESETS };
    (void)stack;
    return p;
}

/* ---- G4 (layout G4) ------------------------------------------------------ */
/* RM0440: SW 01 HSI16, 10 HSE, 11 PLLR (CFGR resets to 5); PLLCFGR SRC[1:0]
 * (10 HSI16, 11 HSE), M[7:4]+1, N[14:8], R[26:25] (/2 /4 /6 /8). Range:
 * PWR_CR1.VOS, PWR_CR5.R1MODE (bit 8, 0 = boost). Table
 * (stm32g4xx_hal_rcc.c, ll_utils.c): range 1 boost 34/68/102/136/170, range
 * 1 normal 30/60/90/120/150, range 2: HAL 13/26, LL 12/24/26: LL taken. */
static void g4_now(clock_now *c)
{
    uint32_t cfgr = rcc(0x08);
    switch (bits(cfgr, 0, 2)) {
    case 1: c->sysclk = 16u * MHZ; c->source = "HSI16"; break;
    case 2: c->sysclk = HSE_HZ; c->source = "HSE"; break;
    case 3: c->sysclk = pll_l4(0u, 4u, 25, 0); c->source = "PLLR"; break;
    default: c->sysclk = 0u; c->source = "reserved"; break;
    }
    c->flash_hz = c->sysclk / ahb_div(bits(cfgr, 4, 4));
    vos_cr1(c, 0x40007000u, 0);
    if (c->range == 1u && (clock_facts_read(0x40007080u) & (1u << 8)) == 0u)
        set_range(c, 0, "range 1 boost");
    else if (c->range == 1u)
        set_range(c, 1, "range 1 normal");
}

static const uint32_t *g4_table(unsigned range)
{
    static const uint32_t boost[] = { 34 * MHZ, 68 * MHZ, 102 * MHZ, 136 * MHZ, 170 * MHZ, 0 };
    static const uint32_t normal[] = { 30 * MHZ, 60 * MHZ, 90 * MHZ, 120 * MHZ, 150 * MHZ, 0 };
    static const uint32_t r2[] = { 12 * MHZ, 24 * MHZ, 26 * MHZ, 0 };
    return range == 0u ? boost : range == 1u ? normal : r2;
}

static unsigned max15(void) { return 15u; }   /* FLASH_LATENCY_15 in the family's HAL */

static int g4_ready(uint32_t sw, uint16_t *offset, uint32_t *bit)
{
    return l4_ready(sw, offset, bit) && sw != 0u;
}

static const cf_reg *g4_resets(void)
{
    static const cf_reg r[] = {
        { CF_RCC, 0x00, 0x00000500 },   /* CR: HSION, HSIRDY (RM0440) */
        { CF_RCC, 0x08, 0x00000005 },   /* CFGR: SW = SWS = HSI16 (SVD G474) */
        { CF_RCC, 0x0C, 0x00001000 },
        { CF_RCC, 0x48, 0x00000100 },   /* AHB1ENR: FLASHEN */
        { CF_RCC, 0x58, 0x00000400 },   /* APB1ENR1: RTCAPBEN */
        { CF_FLASH, 0x00, 0x00040601 }, /* ACR: LATENCY 1 at reset (SVD G474, G431) */
        { CF_PWR, 0x00, 0x00000200 },
        { CF_PWR, 0x80, 0x00000100 },   /* PWR_CR5: R1MODE (normal) */
        END_RESETS };
    return r;
}

static const cf_field *g4_fields(void)
{
    static const cf_field f[] = {
        { CF_RCC, 0x00, 0x010D0300u, 0x01010000u, "CR: HSI on; PLL, HSE, HSEBYP, CSS, HSIKERON off", CF_EQUAL },
        { CF_RCC, 0x08, 0xFFFFFFFFu, 0x0000048Fu, "CFGR at reset (SW, HPRE, PPRE1/2, MCO)", CF_EQUAL },
        { CF_RCC, 0x0C, 0xFFFFFFFFu, 0x01001403u, "PLLCFGR at reset", CF_EQUAL },
        { CF_RCC, 0x88, 0xFFFFFFFFu, 0x0C000000u, "CCIPR (CLK48SEL ...) at reset", CF_EQUAL },
        { CF_RCC, 0x9C, 0xFFFFFFFFu, 0x00100000u, "CCIPR2 (QSPISEL, I2C4SEL) at reset", CF_EQUAL },
        { CF_RCC, 0x98, 0x1u, 0x1u, "CRRCR.HSI48ON off", CF_EQUAL },
        { CF_PWR, 0x00, 0x00000600u, 0x00000200u, "PWR_CR1.VOS range 1 (reset)", CF_EQUAL },
        { CF_FLASH, 0x00, 0xFu, 0x4u, "FLASH_ACR.LATENCY at reset", CF_EQUAL },
        END_FIELDS };
    return f;
}

static const cf_guard *pllcfgr_guard(void)
{
    static const cf_guard g[] = { { 0x0C, 0xFEEE7FF3u, 0x00, 1u << 24, "PLLCFGR" }, END_GUARDS };
    return g;
}

/* Range 2 (up to 26 MHz): PLL from HSI16 /4 x48 /8 = 24 MHz, 1 wait state. */
static const cf_reg *g4_preset(uint32_t *stack)
{
    static const cf_reg p[] = {
        { CF_RCC, 0x58, (1u << 28) | (1u << 10) },  /* APB1ENR1.PWREN (RTCAPBEN as at reset) */
        { CF_PWR, 0x00, 0x00000400u },              /* VOS range 2 */
        { CF_FLASH, 0x00, 0x00040601u },            /* LATENCY 1 */
        { CF_RCC, 0x0C, 0x07003032u },              /* PLLSRC HSI16, M /4, N 48, R /8, REN */
        { CF_RCC, 0x00, 0x03000500u },              /* PLLON, PLLRDY */
        { CF_RCC, 0x08, 0x0000000Fu },              /* SW = SWS = PLL */
        END_RESETS };
    (void)stack;
    return p;
}

/* ---- H7 (layout H7) ------------------------------------------------------ */
/* RM0433 (0x450), RM0455 (0x480), RM0468 (0x483); stm32h743xx.h,
 * stm32h7a3xx.h, stm32h723xx.h. sys_ck: SW 000 HSI (64 MHz / 2^HSIDIV,
 * CR[4:3]), 001 CSI 4 MHz, 010 HSE, 011 PLL1P; PLLCKSELR PLLSRC[1:0] (00
 * HSI, 01 CSI, 10 HSE), DIVM1[9:4]; PLL1DIVR N1[8:0]+1, P1[15:9]+1. The
 * flash counts the AXI clock: sys_ck / D1CPRE / HPRE (D1CFGR[11:8], [3:0];
 * CDCFGR1 on 0x480, same offsets). VOS: D3CR/SRDCR[15:14] (PWR + 0x18):
 * 0x450/0x483 01 VOS3, 10 VOS2, 11 VOS1 (0x483: 00 VOS0); 0x480 00 VOS3,
 * 01 VOS2, 10 VOS1, 11 VOS0 (stm32h7xx_ll_pwr.h LL_PWR_REGU_VOLTAGE_SCALEx).
 * Tables: stm32h7xx_ll_utils.c UTILS_SCALEx_LATENCYy_FREQ per DEV_ID (0x450
 * VOS1 2 WS: 210 MHz, the RM0433 table, below LL's 240). */
static void h7_now(clock_now *c)
{
    uint32_t cr = rcc(0x00), cfgr = rcc(0x10), ck = rcc(0x28), d = rcc(0x30), d1 = rcc(0x18);
    uint32_t src = bits(ck, 0, 2), vos = bits(clock_facts_read(0x58024818u), 14, 2), r;
    uint32_t hsi = (64u * MHZ) >> bits(cr, 3, 2);
    uint32_t in = src == 0u ? hsi : src == 1u ? 4u * MHZ : src == 2u ? HSE_HZ : 0u;
    switch (bits(cfgr, 0, 3)) {
    case 0: c->sysclk = hsi; c->source = "HSI"; break;
    case 1: c->sysclk = 4u * MHZ; c->source = "CSI"; break;
    case 2: c->sysclk = HSE_HZ; c->source = "HSE"; break;
    case 3: c->sysclk = pll(in, bits(ck, 4, 6), bits(d, 0, 9) + 1u, bits(d, 9, 7) + 1u); c->source = "PLL1P"; break;
    default: c->sysclk = 0u; c->source = "reserved"; break;
    }
    c->flash_hz = c->sysclk / ahb_div(bits(d1, 8, 4)) / ahb_div(bits(d1, 0, 4));
    if (dev() == 0x480u)
        r = 3u - vos;
    else
        r = vos == 0u ? 0u : 4u - vos;
    set_range(c, r, vos_names[r]);
}

static const uint32_t *h7_table(unsigned range)
{
    static const uint32_t a[4][8] = {   /* 0x450 */
        { 70 * MHZ, 140 * MHZ, 210 * MHZ, 225 * MHZ, 0 },   /* VOS0 (through ODEN): as VOS1 */
        { 70 * MHZ, 140 * MHZ, 210 * MHZ, 225 * MHZ, 0 },
        { 55 * MHZ, 110 * MHZ, 165 * MHZ, 220 * MHZ, 0 },
        { 45 * MHZ, 90 * MHZ, 135 * MHZ, 180 * MHZ, 225 * MHZ, 0 } };
    static const uint32_t b[4][8] = {   /* 0x480 */
        { 44 * MHZ, 88 * MHZ, 132 * MHZ, 176 * MHZ, 220 * MHZ, 264 * MHZ, 280 * MHZ, 0 },
        { 42 * MHZ, 84 * MHZ, 126 * MHZ, 168 * MHZ, 210 * MHZ, 225 * MHZ, 0 },
        { 34 * MHZ, 68 * MHZ, 102 * MHZ, 136 * MHZ, 160 * MHZ, 0 },
        { 22 * MHZ, 44 * MHZ, 66 * MHZ, 88 * MHZ, 0 } };
    static const uint32_t c[4][8] = {   /* 0x483 */
        { 70 * MHZ, 140 * MHZ, 210 * MHZ, 275 * MHZ, 0 },
        { 67 * MHZ, 133 * MHZ, 200 * MHZ, 0 },
        { 50 * MHZ, 100 * MHZ, 150 * MHZ, 0 },
        { 35 * MHZ, 70 * MHZ, 85 * MHZ, 0 } };
    range &= 3u;
    return dev() == 0x480u ? b[range] : dev() == 0x483u ? c[range] : a[range];
}

static unsigned h7_latency_max(void) { return 7u; }   /* FLASH_LATENCY_DEFAULT 7WS (h743/h723) */

static int h7_ready(uint32_t sw, uint16_t *offset, uint32_t *bit)
{
    *offset = 0x00;
    *bit = sw == 0u ? 1u << 2 : sw == 1u ? 1u << 8 : sw == 2u ? 1u << 17 : sw == 3u ? 1u << 25 : 0u;
    return *bit != 0u;
}

static const cf_reg *h7_resets(void)
{
    static cf_reg r[10];
    unsigned n = 0;
    r[n++] = (cf_reg){ CF_RCC, 0x00, 0x00000025 };    /* CR: HSION, HSIRDY, HSIDIV /1, HSIDIVF (RM0433) */
    r[n++] = (cf_reg){ CF_RCC, 0x28, 0x02020200 };    /* PLLCKSELR (SVD H743/H723) */
    r[n++] = (cf_reg){ CF_RCC, 0x2C, 0x01FF0000 };
    r[n++] = (cf_reg){ CF_RCC, 0x30, 0x01010280 };
    r[n++] = (cf_reg){ CF_RCC, 0x38, 0x01010280 };
    r[n++] = (cf_reg){ CF_RCC, 0x40, 0x01010280 };
    /* FLASH_ACR: FLASH_LATENCY_DEFAULT 7 WS (stm32h743xx.h, stm32h723xx.h), 3 WS (stm32h7a3xx.h) */
    r[n++] = (cf_reg){ CF_FLASH, 0x00, dev() == 0x480u ? 0x13u : 0x37u };
    r[n++] = (cf_reg){ CF_PWR, 0x18, 0x00004000 };    /* D3CR/SRDCR: VOS 01 (SVD) */
    r[n] = (cf_reg)END_RESETS;
    return r;
}

static const cf_field *h7_fields(void)
{
    static const cf_field f[] = {
        { CF_RCC, 0x00, 0x150D129Bu, 0x01011088u, "CR: HSIDIV /1, CSI, HSI48, HSE, HSEBYP, CSS, PLLs off", CF_EQUAL },
        { CF_RCC, 0x10, 0xFFFFFFC7u, 0x01C00003u, "CFGR at reset (SW, MCO, RTCPRE, TIMPRE)", CF_EQUAL },
        { CF_RCC, 0x18, 0xFFFFFFFFu, 0x00000048u, "D1CFGR at reset", CF_EQUAL },
        { CF_RCC, 0x1C, 0xFFFFFFFFu, 0x00000440u, "D2CFGR at reset", CF_EQUAL },
        { CF_RCC, 0x20, 0xFFFFFFFFu, 0x00000040u, "D3CFGR at reset", CF_EQUAL },
        { CF_RCC, 0x28, 0xFFFFFFFFu, 0x02020042u, "PLLCKSELR at reset", CF_EQUAL },
        { CF_RCC, 0x2C, 0xFFFFFFFFu, 0x01FF0055u, "PLLCFGR at reset", CF_EQUAL },
        { CF_RCC, 0x30, 0xFFFFFFFFu, 0x0101023Fu, "PLL1DIVR at reset", CF_EQUAL },
        { CF_RCC, 0x38, 0xFFFFFFFFu, 0x0101023Fu, "PLL2DIVR at reset", CF_EQUAL },
        { CF_RCC, 0x40, 0xFFFFFFFFu, 0x0101023Fu, "PLL3DIVR at reset", CF_EQUAL },
        { CF_RCC, 0x4C, 0xFFFFFFFFu, 0x00000002u, "D1CCIPR at reset", CF_EQUAL },
        { CF_RCC, 0x54, 0xFFFFFFFFu, 0x00300000u, "D2CCIP2R (USBSEL ...) at reset", CF_EQUAL },
        { CF_FLASH, 0x00, 0xFu, 0x0u, "FLASH_ACR.LATENCY at or above reset", CF_AT_LEAST },
        END_FIELDS };
    return f;
}

/* H7A3/B3/B0 (layout H7AB): the H7 tree, but the peripheral clock enables
 * at 0x134..0x154 (stm32h7a3xx.h RCC_TypeDef; 0xD4..0xF4 are reserved
 * there), every one 0 at reset (ST's H7B3 SVD as svd2rust gives it; RM0455
 * not read): back at reset at the ROM's entry, but the SRAM, backup RAM and
 * RTC enables the reset keeps, and the USB1 ones the USB model owns (they
 * survive a reset). The application leaves one peripheral clock on in each. */
static const cf_field *h7ab_fields(void)
{
    static cf_field f[24];
    static const cf_field enr[] = {
        { CF_RCC, 0x134, 0xFFFFFFFFu, 0x00000001u, "AHB3ENR at reset (MDMAEN)", CF_EQUAL },
        { CF_RCC, 0x138, 0xF9FFFFFFu, 0x00000001u, "AHB1ENR at reset (DMA1EN; USB1 enables: USB model)", CF_EQUAL },
        { CF_RCC, 0x13C, 0x9FFFFFFFu, 0x00000001u, "AHB2ENR at reset but AHBSRAM1EN/2EN (DCMI_PSSIEN)", CF_EQUAL },
        { CF_RCC, 0x140, 0xCFFFFFFFu, 0x00000001u, "AHB4ENR at reset but BKPRAMEN, SRDSRAMEN (GPIOAEN)", CF_EQUAL },
        { CF_RCC, 0x144, 0xFFFFFFFFu, 0x00000008u, "APB3ENR at reset (LTDCEN)", CF_EQUAL },
        { CF_RCC, 0x148, 0xFFFFFFFFu, 0x00000001u, "APB1LENR at reset (TIM2EN)", CF_EQUAL },
        { CF_RCC, 0x14C, 0xFFFFFFFFu, 0x00000002u, "APB1HENR at reset (CRSEN)", CF_EQUAL },
        { CF_RCC, 0x150, 0xFFFFFFFFu, 0x00000001u, "APB2ENR at reset (TIM1EN)", CF_EQUAL },
        { CF_RCC, 0x154, 0xFFFEFFFFu, 0x00000002u, "APB4ENR at reset but RTCAPBEN (SYSCFGEN)", CF_EQUAL },
    };
    const cf_field *h7 = h7_fields();
    unsigned n = 0, k;
    while (h7[n].name != NULL) {
        f[n] = h7[n];
        n++;
    }
    for (k = 0; k < sizeof enr / sizeof enr[0]; k++)
        f[n++] = enr[k];
    f[n] = (cf_field)END_FIELDS;
    return f;
}

static const cf_guard *h7_guards(void)
{
    static const cf_guard g[] = {
        { 0x28, 0x000003F3u, 0x00, 1u << 24, "PLLCKSELR DIVM1, PLLSRC" },
        { 0x28, 0x0003F003u, 0x00, 1u << 26, "PLLCKSELR DIVM2, PLLSRC" },
        { 0x28, 0x03F00003u, 0x00, 1u << 28, "PLLCKSELR DIVM3, PLLSRC" },
        { 0x30, 0x7F7FFFFFu, 0x00, 1u << 24, "PLL1DIVR" },
        { 0x38, 0x7F7FFFFFu, 0x00, 1u << 26, "PLL2DIVR" },
        { 0x40, 0x7F7FFFFFu, 0x00, 1u << 28, "PLL3DIVR" },
        END_GUARDS };
    return g;
}

static const cf_memory *no_memories(void)
{
    static const cf_memory m[] = { END_MEMORIES };
    return m;
}

/* VOS3 at the highest clock 0 wait states allow there (0x450 45 MHz,
 * 0x483 35 MHz, 0x480 22 MHz): PLL1 from HSE 8 MHz / 4 x N / P; CSI on as a
 * kernel clock. */
static const cf_reg *h7_preset(uint32_t *stack)
{
    static cf_reg p[7];
    uint32_t n = dev() == 0x480u ? 88u : dev() == 0x483u ? 70u : 90u, pdiv = dev() == 0x480u ? 8u : 4u;
    (void)stack;
    p[0] = (cf_reg){ CF_PWR, 0x18, dev() == 0x480u ? 0x00002000u : 0x00006000u };   /* VOS3, VOSRDY */
    p[1] = (cf_reg){ CF_FLASH, 0x00, 0x00000000u };                             /* LATENCY 0, WRHIGHFREQ 0 */
    p[2] = (cf_reg){ CF_RCC, 0x28, 0x02020042u };                               /* PLLSRC HSE, DIVM1 4 */
    p[3] = (cf_reg){ CF_RCC, 0x30, 0x01010000u | ((pdiv - 1u) << 9) | (n - 1u) };
    p[4] = (cf_reg){ CF_RCC, 0x00, 0x030303A5u };   /* HSI, CSI (+KERON), HSE, PLL1 on and ready */
    p[5] = (cf_reg){ CF_RCC, 0x10, 0x0000001Bu };   /* SW = SWS = PLL1 */
    p[6] = (cf_reg)END_RESETS;
    return p;
}

/* ---- H7R/S (layout H7RS) ------------------------------------------------- */
/* RM0477; stm32h7s7xx.h: as H7 with CDCFGR.CPRE[3:0] @0x18 and
 * BMCFGR.BMPRE[3:0] @0x1C before the flash. Table: stm32h7rsxx_ll_utils.c,
 * scale 1 (36 MHz per wait state; scale 0 allows more), taken always. */
static void h7rs_now(clock_now *c)
{
    uint32_t cr = rcc(0x00), cfgr = rcc(0x10), ck = rcc(0x28), d = rcc(0x30), src = bits(ck, 0, 2);
    uint32_t hsi = (64u * MHZ) >> bits(cr, 3, 2);
    uint32_t in = src == 0u ? hsi : src == 1u ? 4u * MHZ : src == 2u ? HSE_HZ : 0u;
    switch (bits(cfgr, 0, 3)) {
    case 0: c->sysclk = hsi; c->source = "HSI"; break;
    case 1: c->sysclk = 4u * MHZ; c->source = "CSI"; break;
    case 2: c->sysclk = HSE_HZ; c->source = "HSE"; break;
    case 3: c->sysclk = pll(in, bits(ck, 4, 6), bits(d, 0, 9) + 1u, bits(d, 9, 7) + 1u); c->source = "PLL1P"; break;
    default: c->sysclk = 0u; c->source = "reserved"; break;
    }
    c->flash_hz = c->sysclk / ahb_div(bits(rcc(0x18), 0, 4)) / ahb_div(bits(rcc(0x1C), 0, 4));
    set_range(c, 1, "VOS1 (taken)");
}

static const uint32_t *h7rs_table(unsigned range)
{
    static const uint32_t t[] = { 36 * MHZ, 72 * MHZ, 108 * MHZ, 144 * MHZ, 180 * MHZ, 216 * MHZ, 0 };
    (void)range;
    return t;
}

static const cf_reg *h7rs_resets(void)
{
    static const cf_reg r[] = {
        { CF_RCC, 0x00, 0x00000025 },   /* CR (SVD H7S) */
        { CF_RCC, 0x28, 0x02020200 },
        { CF_RCC, 0x30, 0x01010280 }, { CF_RCC, 0x38, 0x01010280 }, { CF_RCC, 0x40, 0x01010280 },
        { CF_RCC, 0x4C, 0x00000A00 },   /* CCIPR1 (SVD H7S) */
        { CF_RCC, 0xC0, 0x00000101 }, { CF_RCC, 0xC4, 0x00000101 }, { CF_RCC, 0xC8, 0x00000101 },
        { CF_RCC, 0x154, 0x00010000 },  /* APB4ENR: RTCAPBEN */
        { CF_FLASH, 0x00, 0x00000013 }, /* ACR: LATENCY 3, WRHIGHFREQ 1 (SVD H7S) */
        END_RESETS };
    return r;
}

static const cf_field *h7rs_fields(void)
{
    static const cf_field f[] = {
        { CF_RCC, 0x00, 0x151D129Bu, 0x01011088u, "CR: HSIDIV /1, CSI, HSI48, HSE, PLLs off", CF_EQUAL },
        { CF_RCC, 0x10, 0xFFFFFFC7u, 0x01C00003u, "CFGR at reset", CF_EQUAL },
        { CF_RCC, 0x18, 0xFFFFFFFFu, 0x00000008u, "CDCFGR at reset", CF_EQUAL },
        { CF_RCC, 0x1C, 0xFFFFFFFFu, 0x00000008u, "BMCFGR at reset", CF_EQUAL },
        { CF_RCC, 0x20, 0xFFFFFFFFu, 0x00004444u, "APBCFGR at reset", CF_EQUAL },
        { CF_RCC, 0x28, 0xFFFFFFFFu, 0x02020042u, "PLLCKSELR at reset", CF_EQUAL },
        { CF_RCC, 0x30, 0xFFFFFFFFu, 0x0101023Fu, "PLL1DIVR1 at reset", CF_EQUAL },
        { CF_RCC, 0x4C, 0x000000F3u, 0x00000051u, "CCIPR1 FMCSEL, XSPI1SEL, XSPI2SEL at reset", CF_EQUAL },
        { CF_FLASH, 0x00, 0x3Fu, 0x37u, "FLASH_ACR LATENCY, WRHIGHFREQ at reset", CF_EQUAL },
        END_FIELDS };
    return f;
}

/* VOS1 (taken) at 200 MHz: PLL1 from HSE 8 MHz / 4 x 200 / 2, 5 wait states. */
static const cf_reg *h7rs_preset(uint32_t *stack)
{
    static const cf_reg p[] = {
        { CF_FLASH, 0x00, 0x00000025u },            /* LATENCY 5, WRHIGHFREQ 2 */
        { CF_RCC, 0x28, 0x02020042u },              /* PLLSRC HSE, DIVM1 4 */
        { CF_RCC, 0x30, 0x010102C7u },              /* N 200, P 2 */
        { CF_RCC, 0x00, 0x03030025u },              /* HSE, PLL1 on and ready */
        { CF_RCC, 0x10, 0x00000003u },              /* SW = PLL1 */
        END_RESETS };
    (void)stack;
    return p;
}

/* ---- H5 / H503 (layouts H5, H503) ---------------------------------------- */
/* RM0481/RM0492; stm32h563xx.h, stm32h503xx.h: SW[1:0] 00 HSI (64 MHz /
 * 2^HSIDIV, CR[4:3]), 01 CSI, 10 HSE, 11 PLL1P; PLL1CFGR SRC[1:0] (01 HSI,
 * 10 CSI, 11 HSE), M[13:8]; PLL1DIVR N[8:0]+1, P[15:9]+1; CFGR2.HPRE[3:0].
 * VOS: PWR_VOSCR[5:4] (PWR 0x44020800 + 0x10) 00 VOS3 ... 11 VOS0.
 * Tables: stm32h5xx_hal_rcc.c and ll_utils.c disagree; the lower of the two
 * per wait state is taken (the HAL table on every VOS). */
static void h5_now(clock_now *c)
{
    uint32_t cr = rcc(0x00), cfgr = rcc(0x1C), p = rcc(0x28), d = rcc(0x34), src = bits(p, 0, 2), r;
    uint32_t hsi = (64u * MHZ) >> bits(cr, 3, 2);
    uint32_t in = src == 1u ? hsi : src == 2u ? 4u * MHZ : src == 3u ? HSE_HZ : 0u;
    switch (bits(cfgr, 0, 2)) {
    case 0: c->sysclk = hsi; c->source = "HSI"; break;
    case 1: c->sysclk = 4u * MHZ; c->source = "CSI"; break;
    case 2: c->sysclk = HSE_HZ; c->source = "HSE"; break;
    default: c->sysclk = pll(in, bits(p, 8, 6), bits(d, 0, 9) + 1u, bits(d, 9, 7) + 1u); c->source = "PLL1P"; break;
    }
    c->flash_hz = c->sysclk / ahb_div(bits(rcc(0x20), 0, 4));
    r = 3u - bits(clock_facts_read(0x44020810u), 4, 2);
    set_range(c, r, vos_names[r]);
}

static const uint32_t *h5_table(unsigned range)
{
    static const uint32_t t[4][8] = {
        { 38 * MHZ, 76 * MHZ, 114 * MHZ, 152 * MHZ, 190 * MHZ, 250 * MHZ, 0 },
        { 32 * MHZ, 64 * MHZ, 96 * MHZ, 128 * MHZ, 160 * MHZ, 180 * MHZ, 0 },
        { 26 * MHZ, 50 * MHZ, 80 * MHZ, 106 * MHZ, 130 * MHZ, 0 },
        { 16 * MHZ, 32 * MHZ, 50 * MHZ, 65 * MHZ, 80 * MHZ, 0 } };
    return t[range & 3u];
}

static int h5_ready(uint32_t sw, uint16_t *offset, uint32_t *bit)
{
    static const uint8_t rdy[4] = { 1, 9, 17, 25 };
    *offset = 0x00;
    *bit = 1u << rdy[sw & 3u];
    return 1;
}

static int is_h503(void) { return dev() == 0x474u; }

static const cf_reg *h5_resets(void)
{
    static cf_reg r[12];
    unsigned n = 0;
    /* CR: HSION, HSIRDY, HSIDIVF, HSIDIV /2 (H5, see data/stm32.def) or /1 (H503) */
    r[n++] = (cf_reg){ CF_RCC, 0x00, is_h503() ? 0x00000023u : 0x0000002Bu };
    r[n++] = (cf_reg){ CF_RCC, 0x34, 0x01010280 };
    r[n++] = (cf_reg){ CF_RCC, 0x3C, 0x01010280 };
    if (!is_h503())
        r[n++] = (cf_reg){ CF_RCC, 0x44, 0x01010280 };
    r[n++] = (cf_reg){ CF_RCC, 0x88, is_h503() ? 0x90000100u : 0xD0000100u };  /* AHB1ENR */
    r[n++] = (cf_reg){ CF_RCC, 0x8C, 0xC0000000 };   /* AHB2ENR: SRAM2EN, SRAM3EN */
    r[n++] = (cf_reg){ CF_FLASH, 0x00, 0x00000013 }; /* ACR: 3 WS, WRHIGHFREQ 1 */
    r[n] = (cf_reg)END_RESETS;
    return r;
}

static const cf_field *h5_fields(void)
{
    static cf_field f[12];
    unsigned n = 0;
    f[n++] = (cf_field){ CF_RCC, 0x00, 0x151D1719u, 0x01011100u, "CR: HSIDIV at reset, CSI, HSI48, HSE, PLLs off", CF_EQUAL };
    f[n++] = (cf_field){ CF_RCC, 0x1C, 0xFFFFFFE7u, 0x01C00003u, "CFGR1 at reset", CF_EQUAL };
    f[n++] = (cf_field){ CF_RCC, 0x20, 0xFFFFFFFFu, 0x00000008u, "CFGR2 at reset", CF_EQUAL };
    f[n++] = (cf_field){ CF_RCC, 0x28, 0xFFFFFFFFu, 0x00000103u, "PLL1CFGR at reset", CF_EQUAL };
    f[n++] = (cf_field){ CF_RCC, 0x34, 0xFFFFFFFFu, 0x01010213u, "PLL1DIVR at reset", CF_EQUAL };
    f[n++] = (cf_field){ CF_RCC, 0xE4, 0xFFFFFFFFu, 0x00000002u, "CCIPR4 (OCTOSPISEL, USBSEL) at reset", CF_EQUAL };
    f[n++] = (cf_field){ CF_FLASH, 0x00, 0x3Fu, 0x37u, "FLASH_ACR LATENCY, WRHIGHFREQ at reset", CF_EQUAL };
    f[n] = (cf_field)END_FIELDS;
    return f;
}

/* VOS0 at 250 MHz: PLL1 from HSE 8 MHz / 4 x 250 / 2, 5 wait states. */
static const cf_reg *h5_preset(uint32_t *stack)
{
    static cf_reg p[7];
    (void)stack;
    p[0] = (cf_reg){ CF_PWR, 0x10, 0x00000030u };                   /* VOSCR: VOS0 */
    p[1] = (cf_reg){ CF_FLASH, 0x00, 0x00000025u };                 /* LATENCY 5, WRHIGHFREQ 2 */
    p[2] = (cf_reg){ CF_RCC, 0x28, 0x00010403u };                   /* PLL1SRC HSE, M 4, PEN */
    p[3] = (cf_reg){ CF_RCC, 0x34, 0x010102F9u };                   /* N 250, P 2 */
    p[4] = (cf_reg){ CF_RCC, 0x00, (is_h503() ? 0x00000023u : 0x0000002Bu) | 0x03030000u };  /* HSE, PLL1 */
    p[5] = (cf_reg){ CF_RCC, 0x1C, 0x00000003u };                   /* SW = PLL1 */
    p[6] = (cf_reg)END_RESETS;
    return p;
}

static const cf_guard *h5_guards(void)
{
    static const cf_guard g[] = {
        { 0x28, 0x00003F2Fu, 0x00, 1u << 24, "PLL1CFGR" },
        { 0x2C, 0x00003F2Fu, 0x00, 1u << 26, "PLL2CFGR" },
        { 0x34, 0x7F7FFFFFu, 0x00, 1u << 24, "PLL1DIVR" },
        { 0x3C, 0x7F7FFFFFu, 0x00, 1u << 26, "PLL2DIVR" },
        END_GUARDS };
    return g;
}

static const cf_memory *h5_memories(void)
{
    static const cf_memory m[] = {
        { 0x88, 1u << 31, 0x20000000u, 0x20040000u, "AHB1ENR.SRAM1EN" },
        { 0x88, 1u << 8, 0, 0, "AHB1ENR.FLITFEN" },
        END_MEMORIES };
    return m;
}

/* ---- U5 (layout U5) ------------------------------------------------------ */
/* RM0456; stm32u575xx.h: MSIS from ICSCR1.MSISRANGE[31:28] when MSIRGSEL
 * (bit 23) is set, else RCC_CSR.MSISSRANGE (reset range 4, not modelled:
 * taken at reset); ranges (system_stm32u5xx.c MSIRangeTable). SW 00 MSIS,
 * 01 HSI16, 10 HSE, 11 PLL1R; PLL1CFGR SRC[1:0] (01 MSIS, 10 HSI16, 11
 * HSE), M[11:8]+1; PLL1DIVR N+1, R[30:24]+1; CFGR2.HPRE[3:0]. VOS:
 * PWR_VOSR[17:16] 00 range 4 ... 11 range 1. Table: stm32u5xx_hal_rcc.c. */
static const uint32_t msis_u5[16] = { 48000000, 24000000, 16000000, 12000000, 4000000, 2000000, 1330000,
                                      1000000, 3072000, 1536000, 1024000, 768000, 400000, 200000, 133000,
                                      100000 };

static void u5_now(clock_now *c)
{
    uint32_t icscr = rcc(0x08), cfgr = rcc(0x1C), p = rcc(0x28), d = rcc(0x34), src = bits(p, 0, 2), r;
    uint32_t msis = msis_u5[(icscr & (1u << 23)) != 0u ? bits(icscr, 28, 4) : 4u];
    uint32_t in = src == 1u ? msis : src == 2u ? 16u * MHZ : src == 3u ? HSE_HZ : 0u;
    switch (bits(cfgr, 0, 2)) {
    case 0: c->sysclk = msis; c->source = "MSIS"; break;
    case 1: c->sysclk = 16u * MHZ; c->source = "HSI16"; break;
    case 2: c->sysclk = HSE_HZ; c->source = "HSE"; break;
    default: c->sysclk = pll(in, bits(p, 8, 4) + 1u, bits(d, 0, 9) + 1u, bits(d, 24, 7) + 1u); c->source = "PLL1R"; break;
    }
    c->flash_hz = c->sysclk / ahb_div(bits(rcc(0x20), 0, 4));
    r = 4u - bits(clock_facts_read(0x4602080Cu), 16, 2);
    set_range(c, r, range_names[r]);
}

static const uint32_t *u5_table(unsigned range)
{
    static const uint32_t t[5][6] = {
        { 0 },
        { 32 * MHZ, 64 * MHZ, 96 * MHZ, 128 * MHZ, 160 * MHZ, 0 },
        { 25 * MHZ, 50 * MHZ, 75 * MHZ, 100 * MHZ, 0 },
        { 12500000, 25 * MHZ, 37500000, 50 * MHZ, 0 },
        { 8 * MHZ, 16 * MHZ, 24 * MHZ, 0 } };
    return t[range <= 4u ? range : 4u];
}

/* SW 00 MSIS, 01 HSI16, 10 HSE, 11 PLL1R: ready bits 2, 10, 17, 25 (U5) */
static int u5_ready(uint32_t sw, uint16_t *offset, uint32_t *bit)
{
    static const uint8_t rdy[4] = { 2, 10, 17, 25 };
    *offset = 0x00;
    *bit = 1u << rdy[sw & 3u];
    return 1;
}

static const cf_reg *u5_resets(void)
{
    static const cf_reg r[] = {
        { CF_RCC, 0x00, 0x00000035 },   /* CR: MSISON, MSISRDY, MSIKON, MSIKRDY (SVD U575) */
        { CF_RCC, 0x08, 0x44000000 },   /* ICSCR1: MSISRANGE 4, MSIKRANGE 4 */
        { CF_RCC, 0x34, 0x01010280 }, { CF_RCC, 0x3C, 0x01010280 }, { CF_RCC, 0x44, 0x01010280 },
        { CF_RCC, 0x88, 0xD0200100 },   /* AHB1ENR */
        { CF_RCC, 0x8C, 0xC0000000 },   /* AHB2ENR1: SRAM2EN, SRAM3EN */
        { CF_RCC, 0x90, 0x80000000 },   /* AHB2ENR2: SRAM5EN */
        { CF_RCC, 0x94, 0x80000000 },   /* AHB3ENR: SRAM4EN */
        { CF_PWR, 0x0C, 0x00008000 },   /* PWR_VOSR: range 4, VOSRDY */
        END_RESETS };
    return r;
}

static const cf_field *u5_fields(void)
{
    static const cf_field f[] = {
        { CF_RCC, 0x00, 0x151DD3CBu, 0x01010000u, "CR: MSIS on, PLLs, HSE, HSI, HSI48, SHSI, MSIS PLL mode off", CF_EQUAL },
        { CF_RCC, 0x08, 0xFF800000u, 0x00800000u, "ICSCR1 MSIS/MSIK ranges, MSIRGSEL at reset", CF_EQUAL },
        { CF_RCC, 0x1C, 0xFFFFFFF3u, 0x70000003u, "CFGR1 at reset", CF_EQUAL },
        { CF_RCC, 0x20, 0xFFFFFFFFu, 0x00000008u, "CFGR2 at reset", CF_EQUAL },
        { CF_RCC, 0x28, 0xFFFFFFFFu, 0x00000003u, "PLL1CFGR at reset", CF_EQUAL },
        { CF_RCC, 0x34, 0xFFFFFFFFu, 0x01010213u, "PLL1DIVR at reset", CF_EQUAL },
        { CF_RCC, 0xE0, 0xFFFFFFFFu, 0x00000003u, "CCIPR1 (ICLKSEL ...) at reset", CF_EQUAL },
        { CF_PWR, 0x0C, 0x00038000u, 0x00038000u, "PWR_VOSR range 1 (not checked: range 4 is the reset and the lowest)", CF_SET_ONLY },
        { CF_FLASH, 0x00, 0xFu, 0x4u, "FLASH_ACR.LATENCY at reset", CF_EQUAL },
        END_FIELDS };
    return f;
}

static const cf_guard *u5_guards(void)
{
    static const cf_guard g[] = {
        { 0x28, 0x0000FF1Fu, 0x00, 1u << 24, "PLL1CFGR" },
        { 0x34, 0x7F7FFFFFu, 0x00, 1u << 24, "PLL1DIVR" },
        END_GUARDS };
    return g;
}

static const cf_memory *u5_memories(void)
{
    static const cf_memory m[] = {
        { 0x88, 1u << 31, 0x20000000u, 0x20030000u, "AHB1ENR.SRAM1EN" },
        { 0x88, 1u << 8, 0, 0, "AHB1ENR.FLASHEN" },
        END_MEMORIES };
    return m;
}

/* Range 1, SYSCLK on HSI16 at 0 wait states, MSIS at 48 MHz (range 0) as a
 * PLL/kernel source. */
static const cf_reg *u5_preset(uint32_t *stack)
{
    static const cf_reg p[] = {
        { CF_RCC, 0x94, 0x80000004u },              /* AHB3ENR.PWREN (SRAM4EN as at reset) */
        { CF_PWR, 0x0C, 0x00038000u },              /* VOS range 1, VOSRDY */
        { CF_RCC, 0x00, 0x00000535u },              /* HSION, HSIRDY */
        { CF_RCC, 0x1C, 0x00000005u },              /* SW = SWS = HSI16 */
        { CF_RCC, 0x08, 0x04800000u },              /* MSIRGSEL, MSISRANGE 0 (48 MHz), MSIKRANGE 4 */
        END_RESETS };
    (void)stack;
    return p;
}

/* ---- L5 (layout L5) ------------------------------------------------------ */
/* RM0438; stm32l552xx.h: RCC as L4 (PLLM[7:4]); PWR_CR1.VOS 00 range 0, 01
 * range 1, 10 range 2 (reset, SVD L552 PWR_CR1 0x00000400). Table
 * (stm32l5xx_ll_utils.c; the HAL header's range 1 column says 8 MHz for 0
 * WS, the LL 20: LL's column kept, the HAL's range 0/2 agree): range 0
 * 20/40/60/80/100/110, range 1 20/40/60/80, range 2 8/16/26. */
static void l5_now(clock_now *c)
{
    uint32_t cfgr = rcc(0x08), msi = msi_l4_hz(1);
    switch (bits(cfgr, 0, 2)) {
    case 0: c->sysclk = msi; c->source = "MSI"; break;
    case 1: c->sysclk = 16u * MHZ; c->source = "HSI16"; break;
    case 2: c->sysclk = HSE_HZ; c->source = "HSE"; break;
    default: c->sysclk = pll_l4(msi, 4u, 25, 0); c->source = "PLL R"; break;
    }
    c->flash_hz = c->sysclk / ahb_div(bits(cfgr, 4, 4));
    vos_cr1(c, 0x40007000u, 1);
}

static const uint32_t *l5_table(unsigned range)
{
    static const uint32_t r0[] = { 20 * MHZ, 40 * MHZ, 60 * MHZ, 80 * MHZ, 100 * MHZ, 110 * MHZ, 0 };
    static const uint32_t r1[] = { 20 * MHZ, 40 * MHZ, 60 * MHZ, 80 * MHZ, 0 };
    static const uint32_t r2[] = { 8 * MHZ, 16 * MHZ, 26 * MHZ, 0 };
    return range == 0u ? r0 : range == 1u ? r1 : r2;
}

static const cf_reg *l5_resets(void)
{
    static const cf_reg r[] = {
        { CF_RCC, 0x00, 0x00000063 },
        { CF_RCC, 0x0C, 0x00001000 }, { CF_RCC, 0x10, 0x00001000 }, { CF_RCC, 0x14, 0x00001000 },
        { CF_RCC, 0x48, 0x00000100 },
        { CF_PWR, 0x00, 0x00000400 },   /* VOS range 2 */
        END_RESETS };
    return r;
}

static const cf_field *l5_fields(void)
{
    static const cf_field f[] = {
        { CF_RCC, 0x00, 0x150D0B05u, 0x01010000u, "CR: MSI on, PLLs, HSE, HSEBYP, CSS, HSI, MSIPLLEN off", CF_EQUAL },
        { CF_RCC, 0x08, 0xFFFFFFFFu, 0x00000483u, "CFGR at reset", CF_EQUAL },
        { CF_RCC, 0x0C, 0xFFFFFFFFu, 0x01001403u, "PLLCFGR at reset", CF_EQUAL },
        { CF_PWR, 0x00, 0x00000600u, 0x00000200u, "PWR_CR1.VOS range 1 (not checked: range 2 is the reset and the lowest)", CF_SET_ONLY },
        { CF_RCC, 0x88, 0xFFFFFFFFu, 0x0C000000u, "CCIPR1 (CLK48MSEL ...) at reset", CF_EQUAL },
        { CF_RCC, 0x9C, 0xFFFFFFFFu, 0x00300000u, "CCIPR2 (OSPISEL ...) at reset", CF_EQUAL },
        { CF_RCC, 0x98, 0x1u, 0x1u, "CRRCR.HSI48ON off", CF_EQUAL },
        { CF_FLASH, 0x00, 0xFu, 0x4u, "FLASH_ACR.LATENCY at reset", CF_EQUAL },
        END_FIELDS };
    return f;
}

/* Range 1, SYSCLK on HSI16, MSI at 48 MHz for USB (CCIPR1.CLK48MSEL = MSI). */
static const cf_reg *l5_preset(uint32_t *stack)
{
    static const cf_reg p[] = {
        { CF_RCC, 0x58, 1u << 28 },                 /* APB1ENR1.PWREN */
        { CF_PWR, 0x00, 0x00000200u },              /* VOS range 1 */
        { CF_RCC, 0x00, 0x000005BFu },
        { CF_RCC, 0x08, 0x00000005u },
        { CF_RCC, 0x88, 0x0C000000u },
        END_RESETS };
    (void)stack;
    return p;
}

/* ---- WB / WL (layouts WB, WL) -------------------------------------------- */
/* RM0434 (WB), RM0453/RM0461 (WL); stm32wb55xx.h, stm32wle5xx.h: MSI as L4
 * (WL has MSIRGSEL, WB has not), HSE32 /2 with CR.HSEPRE (bit 20), SW as
 * L4, PLLCFGR SRC (01 MSI, 10 HSI16, 11 HSE32), M[6:4]+1, N, R[31:29]+1.
 * The flash counts HCLK4 (WB) / HCLK3 (WL): SYSCLK / EXTCFGR.SHDHPRE[3:0].
 * PWR (0x58000400) has no clock enable. Tables (hal_rcc.c): WB range 1
 * 18/36/54/64, range 2 6/12/16; WL range 1 18/36/48, range 2 6/12/16. */
static int is_wl(void) { return bench_m.board->series_code == SYSBOOT_SERIES_WL; }

static void wb_now(clock_now *c)
{
    uint32_t cr = rcc(0x00), cfgr = rcc(0x08), msi = msi_l4_hz(is_wl());
    uint32_t hse = (cr & (1u << 20)) != 0u ? HSE32_HZ / 2u : HSE32_HZ;
    switch (bits(cfgr, 0, 2)) {
    case 0: c->sysclk = msi; c->source = "MSI"; break;
    case 1: c->sysclk = 16u * MHZ; c->source = "HSI16"; break;
    case 2: c->sysclk = hse; c->source = "HSE32"; break;
    default: {
        uint32_t p = rcc(0x0C), src = bits(p, 0, 2);
        uint32_t in = src == 1u ? msi : src == 2u ? 16u * MHZ : src == 3u ? HSE32_HZ : 0u;
        c->sysclk = pll(in, bits(p, 4, 3) + 1u, bits(p, 8, 7), bits(p, 29, 3) + 1u);
        c->source = "PLL R";
        break;
    }
    }
    c->flash_hz = c->sysclk / ahb_div(bits(rcc(0x108), 0, 4));
    vos_cr1(c, 0x58000400u, 0);
}

static const uint32_t *wb_table(unsigned range)
{
    static const uint32_t wb1[] = { 18 * MHZ, 36 * MHZ, 54 * MHZ, 64 * MHZ, 0 };
    static const uint32_t wl1[] = { 18 * MHZ, 36 * MHZ, 48 * MHZ, 0 };
    static const uint32_t r2[] = { 6 * MHZ, 12 * MHZ, 16 * MHZ, 0 };
    return range == 2u ? r2 : is_wl() ? wl1 : wb1;
}

static unsigned wb_latency_max(void) { return is_wl() ? 2u : 3u; }   /* FLASH_LATENCY_2 / _3 */

static const cf_reg *wb_resets(void)
{
    static const cf_reg r[] = {
        { CF_RCC, 0x00, 0x00000063 },   /* CR: MSION, MSIRDY, MSIRANGE 6 (SVD 0x61 + MSIRDY) */
        { CF_RCC, 0x08, 0x00070000 },   /* CFGR: prescaler-applied flags */
        { CF_RCC, 0x0C, 0x22040100 },   /* PLLCFGR (SVD WB55/WLE5) */
        { CF_RCC, 0x10, 0x22040100 },   /* WB: PLLSAI1CFGR */
        { CF_RCC, 0x50, 0x02080000 },   /* AHB3ENR: FLASHEN, HSEMEN */
        { CF_RCC, 0x58, 0x00000400 },   /* APB1ENR1: RTCAPBEN (SVD WB55) */
        { CF_RCC, 0x108, 0x00030000 },  /* EXTCFGR: prescaler-applied flags */
        { CF_FLASH, 0x00, 0x00000600 },
        { CF_PWR, 0x00, 0x00000200 },
        END_RESETS };
    return r;
}

static const cf_field *wb_fields(void)
{
    static cf_field f[10];
    unsigned n = 0;
    f[n++] = is_wl() ? (cf_field){ CF_RCC, 0x00, 0x013D0BF5u, 0x011100B0u, "CR: MSI 4 MHz on, PLL, HSE, HSEPRE, HSEBYPPWR, HSI off", CF_EQUAL }
                     : (cf_field){ CF_RCC, 0x00, 0x051D0BF5u, 0x051100B0u, "CR: MSI 4 MHz on, PLLs, HSE, HSEPRE, HSI off", CF_EQUAL };
    f[n++] = (cf_field){ CF_RCC, 0x08, 0xFFF8FFFFu, 0x0000048Fu, "CFGR at reset", CF_EQUAL };
    f[n++] = (cf_field){ CF_RCC, 0x108, 0x0000000Fu, 0x00000008u, "EXTCFGR.SHDHPRE at reset", CF_EQUAL };
    f[n++] = (cf_field){ CF_RCC, 0x0C, 0xFFFFFFFFu, is_wl() ? 0x22040303u : 0x22040403u, "PLLCFGR at reset", CF_EQUAL };
    f[n++] = (cf_field){ CF_RCC, 0x88, 0xFFFFFFFFu, 0x0C000000u, "CCIPR at reset", CF_EQUAL };
    if (!is_wl())
        f[n++] = (cf_field){ CF_RCC, 0x98, 0x1u, 0x1u, "CRRCR.HSI48ON off", CF_EQUAL };
    f[n++] = (cf_field){ CF_PWR, 0x00, 0x00000600u, 0x00000200u, "PWR_CR1.VOS range 1 (reset)", CF_EQUAL };
    f[n++] = (cf_field){ CF_FLASH, 0x00, 0x7u, is_wl() ? 0x2u : 0x3u, "FLASH_ACR.LATENCY at reset", CF_EQUAL };
    f[n] = (cf_field)END_FIELDS;
    return f;
}

/* HSEM is clocked at reset: CPU2's wireless stack and ST's flash
 * programming sequence take its semaphores (RM0434 HSEM, AN5289); SRAM1
 * holds the application's data. */
static const cf_memory *wb_memories(void)
{
    static const cf_memory m[] = {
        { 0x50, 1u << 25, 0, 0, "AHB3ENR.FLASHEN" },
        { 0x50, 1u << 19, 0, 0, "AHB3ENR.HSEMEN" },
        END_MEMORIES };
    return m;
}

/* Range 1, SYSCLK on HSI16 at 0 wait states, MSI at 48 MHz (range 11). */
static const cf_reg *wb_preset(uint32_t *stack)
{
    static const cf_reg p[] = {
        { CF_RCC, 0x00, 0x000005B3u },              /* MSI on, ready, range 11, HSI on */
        { CF_RCC, 0x08, 0x00070005u },              /* SW = SWS = HSI16 */
        { CF_RCC, 0x88, 0x0C000000u },              /* CLK48SEL = MSI */
        { CF_FLASH, 0x00, 0x00000600u },            /* 0 wait states */
        END_RESETS };
    static const cf_reg wl[] = {
        { CF_RCC, 0x00, 0x000005BBu },              /* as WB, with MSIRGSEL */
        { CF_RCC, 0x08, 0x00070005u },
        { CF_FLASH, 0x00, 0x00000600u },
        END_RESETS };
    (void)stack;
    return is_wl() ? wl : p;
}

/* ---- U0 (layout U0) ------------------------------------------------------ */
/* RM0503; stm32u083xx.h: MSI as L4 (MSIRGSEL bit 3; CSR.MSISRANGE reset 6,
 * system_stm32u0xx.c "MSI (4 MHz) after reset"), SW[2:0] 000 MSI, 001
 * HSI16, 010 HSE, 011 PLLR; PLLCFGR R[31:29]+1; HPRE CFGR[11:8]. Table
 * (stm32u0xx_hal_rcc.c): range 1 24/48/56, range 2 8/16/18. */
static void u0_now(clock_now *c)
{
    uint32_t cfgr = rcc(0x08), msi = msi_l4_hz(1);
    switch (bits(cfgr, 0, 3)) {
    case 0: c->sysclk = msi; c->source = "MSI"; break;
    case 1: c->sysclk = 16u * MHZ; c->source = "HSI16"; break;
    case 2: c->sysclk = HSE_HZ; c->source = "HSE"; break;
    case 3: c->sysclk = pll_l4(msi, 3u, 29, 1); c->source = "PLLR"; break;
    default: c->sysclk = 0u; c->source = "LSI/LSE"; break;
    }
    c->flash_hz = c->sysclk / ahb_div(bits(cfgr, 8, 4));
    vos_cr1(c, 0x40007000u, 0);
}

static const uint32_t *u0_table(unsigned range)
{
    static const uint32_t r1[] = { 24 * MHZ, 48 * MHZ, 56 * MHZ, 0 };
    static const uint32_t r2[] = { 8 * MHZ, 16 * MHZ, 18 * MHZ, 0 };
    return range == 2u ? r2 : r1;
}

static int u0_ready(uint32_t sw, uint16_t *offset, uint32_t *bit)
{
    return sw < 4u && l4_ready(sw, offset, bit);
}

static const cf_reg *u0_resets(void)
{
    static const cf_reg r[] = {
        { CF_RCC, 0x00, 0x00000083 },   /* CR: MSION, MSIRDY, MSIRANGE 8, MSIRGSEL 0 (SVD U083) */
        { CF_RCC, 0x0C, 0x00001000 },
        { CF_RCC, 0x48, 0x00000100 },   /* AHBENR: FLASHEN */
        { CF_FLASH, 0x00, 0x00040600 },
        { CF_PWR, 0x00, 0x00000208 },   /* VOS range 1 */
        END_RESETS };
    return r;
}

static const cf_field *u0_fields(void)
{
    static const cf_field f[] = {
        { CF_RCC, 0x00, 0x010D0B05u, 0x01010000u, "CR: MSI on, PLL, HSE, HSEBYP, CSS, HSI, MSIPLLEN off", CF_EQUAL },
        { CF_RCC, 0x08, 0xFFFFFFFFu, 0x00005803u, "CFGR at reset", CF_EQUAL },
        { CF_RCC, 0x0C, 0xFFFFFFFFu, 0x60001403u, "PLLCFGR at reset", CF_EQUAL },
        { CF_RCC, 0x88, 0xFFFFFFFFu, 0x0C000000u, "CCIPR (CLK48SEL ...) at reset", CF_EQUAL },
        { CF_RCC, 0x98, 0x1u, 0x1u, "CRRCR.HSI48ON off", CF_EQUAL },
        { CF_PWR, 0x00, 0x00000600u, 0x00000200u, "PWR_CR1.VOS range 1 (reset)", CF_EQUAL },
        { CF_FLASH, 0x00, 0x7u, 0x2u, "FLASH_ACR.LATENCY at reset", CF_EQUAL },
        END_FIELDS };
    return f;
}

static const cf_guard *u0_guards(void)
{
    static const cf_guard g[] = { { 0x0C, 0xEE3E7F73u, 0x00, 1u << 24, "PLLCFGR" }, END_GUARDS };
    return g;
}

static const cf_reg *u0_preset(uint32_t *stack)
{
    static const cf_reg p[] = {
        { CF_RCC, 0x58, 1u << 28 },                 /* APBENR1.PWREN */
        { CF_RCC, 0x00, 0x000005BFu },
        { CF_RCC, 0x08, 0x00000009u },              /* SW = SWS = HSI16 (001) */
        { CF_RCC, 0x88, 0x0C000000u },
        { CF_FLASH, 0x00, 0x00040600u },
        END_RESETS };
    (void)stack;
    return p;
}

/* ---- L0 / L1 (layouts L0, L1) -------------------------------------------- */
/* RM0377/RM0367/RM0376 (L0), RM0038 (L1): MSI 65.536 kHz x 2^ICSCR.MSIRANGE
 * [15:13]; SW 00 MSI, 01 HSI16 (L0: /4 with CR.HSIDIVEN bit 3), 10 HSE, 11
 * PLL; CFGR PLLSRC bit 16 (0 HSI16, 1 HSE), PLLMUL[21:18] (x3 x4 x6 x8 x12
 * x16 x24 x32 x48), PLLDIV[23:22] (/2 /3 /4). VOS: PWR_CR[12:11] 01 range 1,
 * 10 range 2 (reset, SVD PWR_CR 0x1000), 11 range 3. Tables (hal_rcc.c):
 * L0 range 1 16/32, range 2 8/16, range 3 4.2; L1 range 1 16/32, range 2
 * 8/16, range 3 2/4. L1 takes LATENCY only with ACC64 set (rcc.c). */
static int is_l1(void) { return bench_m.board->series_code == SYSBOOT_SERIES_L1; }

static void l0_now(clock_now *c)
{
    static const uint8_t mul[16] = { 3, 4, 6, 8, 12, 16, 24, 32, 48 };
    uint32_t cr = rcc(0x00), cfgr = rcc(is_l1() ? 0x08 : 0x0C), r;
    uint32_t msi = 65536u << bits(rcc(0x04), 13, 3);
    uint32_t hsi = is_l1() || (cr & (1u << 3)) == 0u ? 16u * MHZ : 4u * MHZ;
    uint32_t in = (cfgr & (1u << 16)) != 0u ? HSE_HZ : 16u * MHZ;
    switch (bits(cfgr, 0, 2)) {
    case 0: c->sysclk = msi; c->source = "MSI"; break;
    case 1: c->sysclk = hsi; c->source = "HSI16"; break;
    case 2: c->sysclk = HSE_HZ; c->source = "HSE"; break;
    default: c->sysclk = bits(cfgr, 22, 2) == 0u ? 0u : in * mul[bits(cfgr, 18, 4)] / (bits(cfgr, 22, 2) + 1u);
             c->source = "PLL"; break;
    }
    c->flash_hz = c->sysclk / ahb_div(bits(cfgr, 4, 4));
    r = bits(clock_facts_read(0x40007000u), 11, 2);
    if (r == 0u)
        r = 2u;
    set_range(c, r, range_names[r]);
}

static const uint32_t *l0_table(unsigned range)
{
    static const uint32_t r1[] = { 16 * MHZ, 32 * MHZ, 0 };
    static const uint32_t r2[] = { 8 * MHZ, 16 * MHZ, 0 };
    static const uint32_t l0_r3[] = { 4200000, 0 };
    static const uint32_t l1_r3[] = { 2 * MHZ, 4 * MHZ, 0 };
    return range == 1u ? r1 : range == 2u ? r2 : is_l1() ? l1_r3 : l0_r3;
}

static unsigned max1(void) { return 1u; }   /* FLASH_LATENCY_1 */

static int l0_ready(uint32_t sw, uint16_t *offset, uint32_t *bit)
{
    static const uint8_t l0[4] = { 9, 2, 17, 25 }, l1[4] = { 9, 1, 17, 25 };
    *offset = 0x00;
    *bit = 1u << (is_l1() ? l1 : l0)[sw & 3u];
    return 1;
}

static const cf_reg *l0_resets(void)
{
    static cf_reg r[6];
    unsigned n = 0;
    r[n++] = (cf_reg){ CF_RCC, 0x00, 0x00000300 };                 /* CR: MSION, MSIRDY (SVD L0x3, L152) */
    r[n++] = (cf_reg){ CF_RCC, 0x04, 0x0000B000 };                 /* ICSCR: MSIRANGE 5 */
    r[n++] = is_l1() ? (cf_reg){ CF_RCC, 0x1C, 0x00008000 }        /* AHBENR: FLITFEN */
                     : (cf_reg){ CF_RCC, 0x30, 0x00000100 };       /* AHBENR: MIFEN */
    r[n++] = (cf_reg){ CF_PWR, 0x00, 0x00001000 };                 /* PWR_CR: VOS range 2 */
    r[n] = (cf_reg)END_RESETS;
    return r;
}

static const cf_field *l0_fields(void)
{
    static cf_field f[8];
    unsigned n = 0;
    f[n++] = is_l1() ? (cf_field){ CF_RCC, 0x00, 0x11050101u, 0x01010000u, "CR: MSI on, PLL, HSE, HSEBYP, CSS, HSI off", CF_EQUAL }
                     : (cf_field){ CF_RCC, 0x00, 0x010D012Bu, 0x01010000u, "CR: MSI on, PLL, HSE, HSEBYP, CSS, HSI16 off", CF_EQUAL };
    f[n++] = (cf_field){ CF_RCC, 0x04, 0x0000E000u, 0x0000C000u, "ICSCR.MSIRANGE 5 (reset)", CF_EQUAL };
    f[n++] = (cf_field){ CF_RCC, is_l1() ? 0x08 : 0x0C, 0xFFFFFFFFu, 0x0049008Bu, "CFGR at reset (SW, prescalers, PLL, MCO)", CF_EQUAL };
    if (!is_l1()) {
        f[n++] = (cf_field){ CF_RCC, 0x4C, 0xFFFFFFFFu, 0x04000000u, "CCIPR (HSI48SEL ...) at reset", CF_EQUAL };
        f[n++] = (cf_field){ CF_RCC, 0x08, 0x1u, 0x1u, "CRRCR.HSI48ON off", CF_EQUAL };
    }
    f[n++] = (cf_field){ CF_PWR, 0x00, 0x00001800u, 0x00001000u, "PWR_CR.VOS range 2 (reset)", CF_EQUAL };
    f[n++] = (cf_field){ CF_FLASH, 0x00, 0x1u, 0x1u, "FLASH_ACR.LATENCY at reset", CF_EQUAL };
    f[n] = (cf_field)END_FIELDS;
    return f;
}

static const cf_guard *l0_guards(void)
{
    static cf_guard g[2];
    g[0] = (cf_guard){ is_l1() ? 0x08 : 0x0C, 0x00FD0000u, 0x00, 1u << 24, "CFGR PLLSRC, PLLMUL, PLLDIV" };
    g[1] = (cf_guard)END_GUARDS;
    return g;
}

static const cf_memory *l0_memories(void)
{
    static cf_memory m[2];
    m[0] = is_l1() ? (cf_memory){ 0x1C, 1u << 15, 0, 0, "AHBENR.FLITFEN" } : (cf_memory){ 0x30, 1u << 8, 0, 0, "AHBENR.MIFEN" };
    m[1] = (cf_memory)END_MEMORIES;
    return m;
}

/* A low-power application: range 3 (1.2 V), MSI range 4 (1.05 MHz). */
static const cf_reg *l0_preset(uint32_t *stack)
{
    static cf_reg p[4];
    (void)stack;
    p[0] = (cf_reg){ CF_RCC, is_l1() ? 0x24 : 0x38, 1u << 28 };      /* APB1ENR.PWREN */
    p[1] = (cf_reg){ CF_PWR, 0x00, 0x00001800u };                     /* VOS range 3 */
    p[2] = (cf_reg){ CF_RCC, 0x04, 0x00008000u };                     /* MSIRANGE 4 */
    p[3] = (cf_reg)END_RESETS;
    return p;
}

/* ---- WBA (layout WBA) ---------------------------------------------------- */
/* RM0493; stm32wba55xx.h: SW 00 HSI16, 10 HSE32 (/2 with CR.HSEPRE bit 20),
 * 11 PLL1R; PLL1CFGR SRC (10 HSI16, 11 HSE32), M[10:8]+1; PLL1DIVR N+1,
 * R[30:24]+1; CFGR2.HPRE[2:0]. VOS: PWR_VOSR bit 16 (0 range 2, reset; 1
 * range 1). FLASH_ACR resets to LATENCY 1 (SVD WBA55: 0x00000001). Table
 * (stm32wbaxx_hal_rcc.c): range 1 32/64/96/100, range 2 8/16. */
static void wba_now(clock_now *c)
{
    uint32_t cr = rcc(0x00), cfgr = rcc(0x1C), p = rcc(0x28), d = rcc(0x34), src = bits(p, 0, 2), r;
    uint32_t hse = (cr & (1u << 20)) != 0u ? HSE32_HZ / 2u : HSE32_HZ;
    uint32_t in = src == 2u ? 16u * MHZ : src == 3u ? HSE32_HZ : 0u;
    switch (bits(cfgr, 0, 2)) {
    case 0: c->sysclk = 16u * MHZ; c->source = "HSI16"; break;
    case 2: c->sysclk = hse; c->source = "HSE32"; break;
    case 3: c->sysclk = pll(in, bits(p, 8, 3) + 1u, bits(d, 0, 9) + 1u, bits(d, 24, 7) + 1u); c->source = "PLL1R"; break;
    default: c->sysclk = 0u; c->source = "reserved"; break;
    }
    c->flash_hz = c->sysclk / ahb_div3(bits(rcc(0x20), 0, 3));
    r = (clock_facts_read(0x4602080Cu) & (1u << 16)) != 0u ? 1u : 2u;
    set_range(c, r, range_names[r]);
}

static const uint32_t *wba_table(unsigned range)
{
    static const uint32_t r1[] = { 32 * MHZ, 64 * MHZ, 96 * MHZ, 100 * MHZ, 0 };
    static const uint32_t r2[] = { 8 * MHZ, 16 * MHZ, 0 };
    return range == 1u ? r1 : r2;
}

static int wba_ready(uint32_t sw, uint16_t *offset, uint32_t *bit)
{
    *offset = 0x00;
    *bit = sw == 0u ? 1u << 10 : sw == 2u ? 1u << 17 : sw == 3u ? 1u << 25 : 0u;
    return *bit != 0u;
}

static const cf_reg *wba_resets(void)
{
    static const cf_reg r[] = {
        { CF_RCC, 0x00, 0x00000500 },   /* CR: HSION, HSIRDY (SVD WBA55) */
        { CF_RCC, 0x34, 0x01010280 },
        { CF_RCC, 0x88, 0x80000100 },   /* AHB1ENR: SRAM1EN, FLASHEN */
        { CF_RCC, 0x8C, 0x40000000 },   /* AHB2ENR: SRAM2EN */
        { CF_FLASH, 0x00, 0x00000001 }, /* ACR: LATENCY 1 */
        { CF_PWR, 0x0C, 0x00008000 },   /* VOSR: range 2, VOSRDY */
        END_RESETS };
    return r;
}

static const cf_field *wba_fields(void)
{
    static const cf_field f[] = {
        { CF_RCC, 0x00, 0x01190300u, 0x01010000u, "CR: HSI16 on; PLL1, HSE32, HSEPRE, CSS, HSIKERON off", CF_EQUAL },
        { CF_RCC, 0x1C, 0xFFFFFFF3u, 0x31000003u, "CFGR1 at reset", CF_EQUAL },
        { CF_RCC, 0x20, 0xFFFFFFFFu, 0x00000004u, "CFGR2 at reset", CF_EQUAL },
        { CF_RCC, 0x28, 0xFFFFFFFFu, 0x00000003u, "PLL1CFGR at reset", CF_EQUAL },
        { CF_RCC, 0x34, 0xFFFFFFFFu, 0x01010205u, "PLL1DIVR at reset", CF_EQUAL },
        { CF_RCC, 0xE0, 0xFFFFFFFFu, 0x00000003u, "CCIPR1 at reset", CF_EQUAL },
        { CF_PWR, 0x0C, 0x00018000u, 0x00018000u, "PWR_VOSR range 1 (not checked: range 2 is the reset and the lowest)", CF_SET_ONLY },
        { CF_FLASH, 0x00, 0xFu, 0x4u, "FLASH_ACR.LATENCY at reset (1)", CF_EQUAL },
        END_FIELDS };
    return f;
}

static const cf_guard *wba_guards(void)
{
    static const cf_guard g[] = {
        { 0x28, 0x0000071Fu, 0x00, 1u << 24, "PLL1CFGR" },
        { 0x34, 0x7F7FFFFFu, 0x00, 1u << 24, "PLL1DIVR" },
        END_GUARDS };
    return g;
}

static const cf_memory *wba_memories(void)
{
    static const cf_memory m[] = {
        { 0x88, 1u << 31, 0x20000000u, 0x20010000u, "AHB1ENR.SRAM1EN" },
        { 0x88, 1u << 8, 0, 0, "AHB1ENR.FLASHEN" },
        END_MEMORIES };
    return m;
}

/* Range 2 (reset, up to 16 MHz): HSE32 / 2 with its 1 wait state. */
static const cf_reg *wba_preset(uint32_t *stack)
{
    static const cf_reg p[] = {
        { CF_RCC, 0x00, 0x00130500u },              /* HSEON, HSERDY, HSEPRE, HSI on */
        { CF_RCC, 0x1C, 0x0000000Au },              /* SW = SWS = HSE32 */
        END_RESETS };
    (void)stack;
    return p;
}

/* ---- U3 (layout U3) ------------------------------------------------------ */
/* RM0487; stm32u385xx.h, stm32u3c5xx.h: MSIS = MSIRC0 96 MHz (ICSCR1.MSISSEL
 * bit 31 = 0) or MSIRC1 24 MHz (1), / 2^MSISDIV[30:29]; reset 24 / 2 = 12
 * MHz (SVD U385 ICSCR1 0xB4000000). SW 00 MSIS, 01 HSI16 (CR 11/13), 10 HSE;
 * no PLL. VOS: PWR_VOSR R1EN bit 0 / R2EN bit 1 (reset range 2). FLASH_ACR
 * resets to LATENCY 1 (SVD U385 0x00000001). Tables: range 1 32/64/96
 * (hal_rcc.c; LL 100 for 3 WS); range 2: LL 8/16 (UTILS_SCALE2_LATENCYx),
 * HAL header 16/32/48: LL's (the stricter) taken. SRAM1 at 0x20000000;
 * U3B5/U3C5 (0x42A): SRAM2 0x20030000, SRAM3 0x20040000, SRAM4 0x20090000
 * (64 KiB, the top), SRAM3EN AHB2ENR1 bit 31, SRAM4EN AHB1ENR1 bit 30
 * (stm32u3c5xx.h), taken as 1 at reset like SRAM1EN/SRAM2EN in the U385 SVD
 * (no U3C5 SVD here: unconfirmed). */
static int is_u3c5(void) { return dev() == 0x42Au; }

static void u3_now(clock_now *c)
{
    uint32_t icscr = rcc(0x08), cfgr = rcc(0x1C), vosr = clock_facts_read(0x4003080Cu);
    uint32_t msis = ((icscr & (1u << 31)) != 0u ? 24u * MHZ : 96u * MHZ) >> bits(icscr, 29, 2);
    switch (bits(cfgr, 0, 2)) {
    case 0: c->sysclk = msis; c->source = "MSIS"; break;
    case 1: c->sysclk = 16u * MHZ; c->source = "HSI16"; break;
    case 2: c->sysclk = HSE_HZ; c->source = "HSE"; break;
    default: c->sysclk = 0u; c->source = "reserved"; break;
    }
    c->flash_hz = c->sysclk / ahb_div(bits(rcc(0x20), 0, 4));
    if ((vosr & 1u) != 0u)
        set_range(c, 1, range_names[1]);
    else
        set_range(c, 2, range_names[2]);
}

static const uint32_t *u3_table(unsigned range)
{
    static const uint32_t r1[] = { 32 * MHZ, 64 * MHZ, 96 * MHZ, 0 };
    static const uint32_t r2[] = { 8 * MHZ, 16 * MHZ, 0 };
    return range == 1u ? r1 : r2;
}

static int u3_ready(uint32_t sw, uint16_t *offset, uint32_t *bit)
{
    *offset = 0x00;
    *bit = sw == 0u ? 1u << 2 : sw == 1u ? 1u << 13 : sw == 2u ? 1u << 17 : 0u;
    return *bit != 0u;
}

static const cf_reg *u3_resets(void)
{
    static cf_reg r[8];
    unsigned n = 0;
    r[n++] = (cf_reg){ CF_RCC, 0x00, 0x0000001D };  /* CR: MSISON, MSISRDY, MSIKON, MSIKRDY */
    r[n++] = (cf_reg){ CF_RCC, 0x08, 0xB4000000 };  /* ICSCR1: MSIRC1 / 2 */
    r[n++] = (cf_reg){ CF_RCC, 0x88, is_u3c5() ? 0xC0000100u : 0x80000100u };   /* AHB1ENR1 (+SRAM4EN) */
    r[n++] = (cf_reg){ CF_RCC, 0x8C, is_u3c5() ? 0xC0000000u : 0x40000000u };   /* AHB2ENR1 (+SRAM3EN) */
    r[n++] = (cf_reg){ CF_FLASH, 0x00, 0x00000001 };
    r[n++] = (cf_reg){ CF_PWR, 0x0C, 0x00020002 };  /* VOSR: R2EN, R2RDY */
    r[n] = (cf_reg)END_RESETS;
    return r;
}

static const cf_field *u3_fields(void)
{
    static const cf_field f[] = {
        { CF_RCC, 0x00, 0x001F5863u, 0x00010000u, "CR: MSIS on, MSI PLL modes, HSI, HSI48, HSE off", CF_EQUAL },
        { CF_RCC, 0x08, 0xE0000000u, 0xC0000000u, "ICSCR1 MSISSEL, MSISDIV (12 MHz) at reset", CF_EQUAL },
        { CF_RCC, 0x1C, 0xFFFFFFF3u, 0x01000002u, "CFGR1 at reset", CF_EQUAL },
        { CF_RCC, 0x20, 0xFFFFFFFFu, 0x00000008u, "CFGR2 at reset", CF_EQUAL },
        { CF_RCC, 0x100, 0xFFFFFFFFu, 0x00000002u, "CCIPR1 at reset", CF_EQUAL },
        { CF_FLASH, 0x00, 0xFu, 0x3u, "FLASH_ACR.LATENCY at reset (1)", CF_EQUAL },
        END_FIELDS };
    return f;
}

static const cf_memory *u3_memories(void)
{
    static cf_memory m[6];
    unsigned n = 0;
    m[n++] = (cf_memory){ 0x88, 1u << 31, 0x20000000u, 0x20030000u, "AHB1ENR1.SRAM1EN" };
    m[n++] = (cf_memory){ 0x88, 1u << 8, 0, 0, "AHB1ENR1.FLASHEN" };
    m[n++] = (cf_memory){ 0x8C, 1u << 30, 0x20030000u, 0x20040000u, "AHB2ENR1.SRAM2EN" };
    if (is_u3c5()) {
        m[n++] = (cf_memory){ 0x8C, 1u << 31, 0x20040000u, 0x20090000u, "AHB2ENR1.SRAM3EN" };
        m[n++] = (cf_memory){ 0x88, 1u << 30, 0x20090000u, 0x200A0000u, "AHB1ENR1.SRAM4EN" };
    }
    m[n] = (cf_memory)END_MEMORIES;
    return m;
}

/* Range 1, MSIS = MSIRC0 96 MHz / 2 = 48 MHz with 1 wait state; on
 * U3B5/U3C5 the stack at the top of RAM, in SRAM4. */
static const cf_reg *u3_preset(uint32_t *stack)
{
    static const cf_reg p[] = {
        { CF_RCC, 0x94, 1u << 2 },                  /* AHB1ENR2.PWREN */
        { CF_PWR, 0x0C, 0x00010001u },              /* R1EN, R1RDY */
        { CF_FLASH, 0x00, 0x00000001u },            /* LATENCY 1 */
        { CF_RCC, 0x08, 0x34000000u },              /* MSISSEL RC0, MSISDIV /2 (MSIK as at reset) */
        END_RESETS };
    *stack = is_u3c5() ? 0x200A0000u : 0u;
    return p;
}

/* ---- C5 (layout C5) ------------------------------------------------------ */
/* RM0522 not read; stm32c562xx.h (STM32CubeC5 v2.0.0): SW 00 HSIDIV3 (48
 * MHz), 01 HSIS (144 MHz), 10 HSE, 11 PSIS (frequency not modelled: 0);
 * CFGR2.HPRE[3:0]. FLASH_ACR resets to 0x27 (LATENCY 7) on C531/C532/C542
 * (0x44F) and 0x24 (LATENCY 4) on the others (ST SVD STM32C5 V1.0). No
 * wait-state table is modelled (CF_UNKNOWN). */
static void c5_now(clock_now *c)
{
    uint32_t cfgr = rcc(0x1C);
    switch (bits(cfgr, 0, 2)) {
    case 0: c->sysclk = 48u * MHZ; c->source = "HSIDIV3"; break;
    case 1: c->sysclk = 144u * MHZ; c->source = "HSIS"; break;
    case 2: c->sysclk = HSE_HZ; c->source = "HSE"; break;
    default: c->sysclk = 0u; c->source = "PSIS"; break;
    }
    c->flash_hz = c->sysclk / ahb_div(bits(rcc(0x20), 0, 4));
    set_range(c, 0, "no voltage scaling");
}

static int c5_ready(uint32_t sw, uint16_t *offset, uint32_t *bit)
{
    static const uint8_t rdy[4] = { 5, 4, 17, 12 };
    *offset = 0x00;
    *bit = 1u << rdy[sw & 3u];
    return 1;
}

static const cf_reg *c5_resets(void)
{
    static cf_reg r[4];
    r[0] = (cf_reg){ CF_RCC, 0x00, 0x00000022 };   /* CR1: HSIDIV3ON, HSIDIV3RDY */
    r[1] = (cf_reg){ CF_RCC, 0x88, 0xC0000100 };   /* AHB1ENR: SRAM1EN, SRAM2EN, FLASHEN */
    r[2] = (cf_reg){ CF_FLASH, 0x00, dev() == 0x44Fu ? 0x00000027u : 0x00000024u };
    r[3] = (cf_reg)END_RESETS;
    return r;
}

static const cf_field *c5_fields(void)
{
    static const cf_field f[] = {
        { CF_RCC, 0x00, 0x001D0F0Fu, 0x00010100u, "CR1: HSIDIV3 on, HSIS, HSIK, PSI, HSE off", CF_EQUAL },
        { CF_RCC, 0x1C, 0xFFFFFFE7u, 0x01000003u, "CFGR1 at reset", CF_EQUAL },
        { CF_RCC, 0x20, 0xFFFFFFFFu, 0x00000008u, "CFGR2 at reset", CF_EQUAL },
        { CF_RCC, 0x04, 0xFFFFFFFFu, 0x00120000u, "CR2 (PSI configuration) at reset", CF_EQUAL },
        { CF_RCC, 0xD8, 0xFFFFFFFFu, 0x00000003u, "CCIPR1 at reset", CF_EQUAL },
        { CF_RCC, 0xE0, 0xFFFFFFFFu, 0x00000001u, "CCIPR3 (ETH) at reset", CF_EQUAL },
        { CF_FLASH, 0x00, 0xFu, 0xFu, "FLASH_ACR.LATENCY at or above reset", CF_AT_LEAST },
        END_FIELDS };
    return f;
}

static const cf_memory *c5_memories(void)
{
    static const cf_memory m[] = {
        { 0x88, 1u << 31, 0x20000000u, 0x20010000u, "AHB1ENR.SRAM1EN" },
        { 0x88, 1u << 8, 0, 0, "AHB1ENR.FLASHEN" },
        END_MEMORIES };
    return m;
}

/* SYSCLK on HSIS (144 MHz) with the reset wait states (the table is not modelled). */
static const cf_reg *c5_preset(uint32_t *stack)
{
    static const cf_reg p[] = {
        { CF_RCC, 0x00, 0x00000033u },              /* HSISON, HSISRDY, HSIDIV3ON, HSIDIV3RDY */
        { CF_RCC, 0x1C, 0x00000001u },              /* SW = HSIS */
        END_RESETS };
    (void)stack;
    return p;
}

/* ---- ready flags (bit numbers from the CMSIS headers named above) -------- */
#define RDY(b, o, on, rdy) { b, o, on, rdy }
#define END_READY { 0, 0, 0, 0 }
static const cf_ready rd_f1[] = { RDY(CF_RCC, 0, 0, 1), RDY(CF_RCC, 0, 16, 17), RDY(CF_RCC, 0, 24, 25),
    RDY(CF_RCC, 0, 26, 27), RDY(CF_RCC, 0, 28, 29), RDY(CF_RCC, 0x34, 0, 1), RDY(CF_RCC, 0x34, 16, 17), END_READY };
static const cf_ready rd_f4[] = { RDY(CF_RCC, 0, 0, 1), RDY(CF_RCC, 0, 16, 17), RDY(CF_RCC, 0, 24, 25),
    RDY(CF_RCC, 0, 26, 27), RDY(CF_RCC, 0, 28, 29), END_READY };
static const cf_ready rd_l4[] = { RDY(CF_RCC, 0, 0, 1), RDY(CF_RCC, 0, 8, 10), RDY(CF_RCC, 0, 16, 17),
    RDY(CF_RCC, 0, 24, 25), RDY(CF_RCC, 0, 26, 27), RDY(CF_RCC, 0, 28, 29), RDY(CF_RCC, 0x98, 0, 1), END_READY };
static const cf_ready rd_g0[] = { RDY(CF_RCC, 0, 8, 10), RDY(CF_RCC, 0, 16, 17), RDY(CF_RCC, 0, 22, 23),
    RDY(CF_RCC, 0, 24, 25), END_READY };
static const cf_ready rd_g4[] = { RDY(CF_RCC, 0, 8, 10), RDY(CF_RCC, 0, 16, 17), RDY(CF_RCC, 0, 24, 25),
    RDY(CF_RCC, 0x98, 0, 1), END_READY };
static const cf_ready rd_h7[] = { RDY(CF_RCC, 0, 0, 2), RDY(CF_RCC, 0, 0, 5), RDY(CF_RCC, 0, 7, 8),
    RDY(CF_RCC, 0, 12, 13), RDY(CF_RCC, 0, 16, 17), RDY(CF_RCC, 0, 24, 25), RDY(CF_RCC, 0, 26, 27),
    RDY(CF_RCC, 0, 28, 29), END_READY };
static const cf_ready rd_h5[] = { RDY(CF_RCC, 0, 0, 1), RDY(CF_RCC, 0, 0, 5), RDY(CF_RCC, 0, 8, 9),
    RDY(CF_RCC, 0, 12, 13), RDY(CF_RCC, 0, 16, 17), RDY(CF_RCC, 0, 24, 25), RDY(CF_RCC, 0, 26, 27),
    RDY(CF_RCC, 0, 28, 29), END_READY };
static const cf_ready rd_u5[] = { RDY(CF_RCC, 0, 0, 2), RDY(CF_RCC, 0, 4, 5), RDY(CF_RCC, 0, 8, 10),
    RDY(CF_RCC, 0, 12, 13), RDY(CF_RCC, 0, 14, 15), RDY(CF_RCC, 0, 16, 17), RDY(CF_RCC, 0, 24, 25),
    RDY(CF_RCC, 0, 26, 27), RDY(CF_RCC, 0, 28, 29), END_READY };
static const cf_ready rd_wb[] = { RDY(CF_RCC, 0, 0, 1), RDY(CF_RCC, 0, 8, 10), RDY(CF_RCC, 0, 16, 17),
    RDY(CF_RCC, 0, 24, 25), RDY(CF_RCC, 0, 26, 27), RDY(CF_RCC, 0x98, 0, 1), END_READY };
static const cf_ready rd_wl[] = { RDY(CF_RCC, 0, 0, 1), RDY(CF_RCC, 0, 8, 10), RDY(CF_RCC, 0, 16, 17),
    RDY(CF_RCC, 0, 24, 25), END_READY };
static const cf_ready rd_u0[] = { RDY(CF_RCC, 0, 0, 1), RDY(CF_RCC, 0, 8, 10), RDY(CF_RCC, 0, 16, 17),
    RDY(CF_RCC, 0, 24, 25), RDY(CF_RCC, 0x98, 0, 1), END_READY };
static const cf_ready rd_l0[] = { RDY(CF_RCC, 0, 0, 2), RDY(CF_RCC, 0, 8, 9), RDY(CF_RCC, 0, 16, 17),
    RDY(CF_RCC, 0, 24, 25), RDY(CF_RCC, 0x08, 0, 1), END_READY };
static const cf_ready rd_l1[] = { RDY(CF_RCC, 0, 0, 1), RDY(CF_RCC, 0, 8, 9), RDY(CF_RCC, 0, 16, 17),
    RDY(CF_RCC, 0, 24, 25), END_READY };
static const cf_ready rd_wba[] = { RDY(CF_RCC, 0, 8, 10), RDY(CF_RCC, 0, 16, 17), RDY(CF_RCC, 0, 24, 25), END_READY };
static const cf_ready rd_u3[] = { RDY(CF_RCC, 0, 0, 2), RDY(CF_RCC, 0, 3, 4), RDY(CF_RCC, 0, 11, 13),
    RDY(CF_RCC, 0, 14, 15), RDY(CF_RCC, 0, 16, 17), RDY(CF_PWR, 0x0C, 0, 16), RDY(CF_PWR, 0x0C, 1, 17), END_READY };
static const cf_ready rd_c5[] = { RDY(CF_RCC, 0, 0, 4), RDY(CF_RCC, 0, 1, 5), RDY(CF_RCC, 0, 2, 6),
    RDY(CF_RCC, 0, 8, 12), RDY(CF_RCC, 0, 9, 13), RDY(CF_RCC, 0, 10, 14), RDY(CF_RCC, 0, 16, 17), END_READY };
static const cf_ready rd_c0[] = { RDY(CF_RCC, 0, 8, 10), RDY(CF_RCC, 0, 16, 17), RDY(CF_RCC, 0, 22, 23), END_READY };

/* ---- the layouts --------------------------------------------------------- */

static const clock_facts all[] = {
    { "F1", 0x40022000u, 0, 0x7u, 0x04, 0x3u, 2, 0, 0, 0, "HSI", 8 * MHZ, f1_now, f1_table, f1_latency_max,
      f1_ready, f1_resets, f1_fields, f1_guards, f1_memories, f1_preset, rd_f1 },
    { "F4", 0x40023C00u, 0, 0xFu, 0x08, 0x3u, 2, 0, 0, 0, "HSI", 16 * MHZ, f4_now, f4_table, f4_latency_max,
      f4_ready, f4_resets, f4_fields, f4_guards, f4_memories, f4_preset, rd_f4 },
    { "L4", 0x40022000u, 0x40007000u, 0xFu, 0x08, 0x3u, 2, 0, 0x58, 1u << 28, "MSI", 4 * MHZ, l4_now, l4_table,
      l4_latency_max, l4_ready, l4_resets, l4_fields, l4_guards, flashen_48, l4_preset, rd_l4 },
    { "G0", 0x40022000u, 0x40007000u, 0x7u, 0x08, 0x7u, 3, 0, 0x3C, 1u << 28, "HSISYS", 16 * MHZ, g0_now, g0_table,
      g0_latency_max, g0_ready, g0_resets, g0_fields, g0_guards, g0_memories, g0_preset, rd_g0 },
    { "C0", 0x40022000u, 0, 0x7u, 0x08, 0x7u, 3, 0, 0, 0, "HSISYS", 12 * MHZ, c0_now, c0_table, c0_latency_max,
      c0_ready, c0_resets, c0_fields, no_guards, g0_memories, c0_preset, rd_c0 },
    { "G4", 0x40022000u, 0x40007000u, 0xFu, 0x08, 0x3u, 2, 1, 0x58, 1u << 28, "HSI16", 16 * MHZ, g4_now, g4_table,
      max15, g4_ready, g4_resets, g4_fields, pllcfgr_guard, flashen_48, g4_preset, rd_g4 },
    { "H7", 0x52002000u, 0x58024800u, 0xFu, 0x10, 0x7u, 3, 0, 0, 0, "HSI", 64 * MHZ, h7_now, h7_table,
      h7_latency_max, h7_ready, h7_resets, h7_fields, h7_guards, no_memories, h7_preset, rd_h7 },
    { "H7AB", 0x52002000u, 0x58024800u, 0xFu, 0x10, 0x7u, 3, 0, 0, 0, "HSI", 64 * MHZ, h7_now, h7_table,
      h7_latency_max, h7_ready, h7_resets, h7ab_fields, h7_guards, no_memories, h7_preset, rd_h7 },
    { "H7RS", 0x52002000u, 0x58024800u, 0xFu, 0x10, 0x7u, 3, 0, 0, 0, "HSI", 64 * MHZ, h7rs_now, h7rs_table,
      h7_latency_max, h7_ready, h7rs_resets, h7rs_fields, h7_guards, no_memories, h7rs_preset, rd_h7 },
    { "H5", 0x40022000u, 0x44020800u, 0xFu, 0x1C, 0x3u, 3, 0, 0, 0, "HSI", 32 * MHZ, h5_now, h5_table, max15,
      h5_ready, h5_resets, h5_fields, h5_guards, h5_memories, h5_preset, rd_h5 },
    { "H503", 0x40022000u, 0x44020800u, 0xFu, 0x1C, 0x3u, 3, 0, 0, 0, "HSI", 64 * MHZ, h5_now, h5_table, max15,
      h5_ready, h5_resets, h5_fields, h5_guards, h5_memories, h5_preset, rd_h5 },
    { "U5", 0x40022000u, 0x46020800u, 0xFu, 0x1C, 0x3u, 2, 0, 0x94, 1u << 2, "MSIS", 4 * MHZ, u5_now, u5_table,
      max15, u5_ready, u5_resets, u5_fields, u5_guards, u5_memories, u5_preset, rd_u5 },
    { "L5", 0x40022000u, 0x40007000u, 0xFu, 0x08, 0x3u, 2, 0, 0x58, 1u << 28, "MSI", 4 * MHZ, l5_now, l5_table,
      max15, l4_ready, l5_resets, l5_fields, l4_guards, flashen_48, l5_preset, rd_l4 },
    { "WB", 0x58004000u, 0x58000400u, 0x7u, 0x08, 0x3u, 2, 0, 0, 0, "MSI", 4 * MHZ, wb_now, wb_table,
      wb_latency_max, l4_ready, wb_resets, wb_fields, pllcfgr_guard, wb_memories, wb_preset, rd_wb },
    { "WL", 0x58004000u, 0x58000400u, 0x7u, 0x08, 0x3u, 2, 0, 0, 0, "MSI", 4 * MHZ, wb_now, wb_table,
      wb_latency_max, l4_ready, wb_resets, wb_fields, pllcfgr_guard, wb_memories, wb_preset, rd_wl },
    { "U0", 0x40022000u, 0x40007000u, 0x7u, 0x08, 0x7u, 3, 0, 0x58, 1u << 28, "MSI", 4 * MHZ, u0_now, u0_table,
      g0_latency_max, u0_ready, u0_resets, u0_fields, u0_guards, flashen_48, u0_preset, rd_u0 },
    { "L0", 0x40022000u, 0x40007000u, 0x1u, 0x0C, 0x3u, 2, 0, 0x38, 1u << 28, "MSI", 2097152, l0_now, l0_table,
      max1, l0_ready, l0_resets, l0_fields, l0_guards, l0_memories, l0_preset, rd_l0 },
    { "L1", 0x40023C00u, 0x40007000u, 0x1u, 0x08, 0x3u, 2, 0, 0x24, 1u << 28, "MSI", 2097152, l0_now, l0_table,
      max1, l0_ready, l0_resets, l0_fields, l0_guards, l0_memories, l0_preset, rd_l1 },
    { "WBA", 0x40022000u, 0x46020800u, 0xFu, 0x1C, 0x3u, 2, 0, 0, 0, "HSI16", 16 * MHZ, wba_now, wba_table,
      max15, wba_ready, wba_resets, wba_fields, wba_guards, wba_memories, wba_preset, rd_wba },
    { "U3", 0x40022000u, 0x40030800u, 0xFu, 0x1C, 0x3u, 2, 0, 0x94, 1u << 2, "MSIS", 12 * MHZ, u3_now, u3_table,
      max15, u3_ready, u3_resets, u3_fields, no_guards, u3_memories, u3_preset, rd_u3 },
    { "C5", 0x40022000u, 0, 0xFu, 0x1C, 0x3u, 3, 0, 0, 0, "HSIDIV3", 48 * MHZ, c5_now, NULL, max15, c5_ready,
      c5_resets, c5_fields, no_guards, c5_memories, c5_preset, rd_c5 },
};

/* The layout of each series, as the reference manuals group them; chosen
 * by the board's series (and the DEV_IDs of H503 and H7A3/B3/B0), not by
 * the data row's layout token, so a row naming the wrong layout shows. */
static const char *layout_of_series(int series)
{
    static const struct { int series; const char *layout; } map[] = {
        { SYSBOOT_SERIES_F0, "F1" }, { SYSBOOT_SERIES_F1, "F1" }, { SYSBOOT_SERIES_F3, "F1" },
        { SYSBOOT_SERIES_F2, "F4" }, { SYSBOOT_SERIES_F4, "F4" }, { SYSBOOT_SERIES_F7, "F4" },
        { SYSBOOT_SERIES_L4, "L4" }, { SYSBOOT_SERIES_L4P, "L4" }, { SYSBOOT_SERIES_G0, "G0" },
        { SYSBOOT_SERIES_C0, "C0" }, { SYSBOOT_SERIES_G4, "G4" }, { SYSBOOT_SERIES_H7, "H7" },
        { SYSBOOT_SERIES_H7RS, "H7RS" }, { SYSBOOT_SERIES_H5, "H5" }, { SYSBOOT_SERIES_U5, "U5" },
        { SYSBOOT_SERIES_L5, "L5" }, { SYSBOOT_SERIES_WB, "WB" }, { SYSBOOT_SERIES_WL, "WL" },
        { SYSBOOT_SERIES_U0, "U0" }, { SYSBOOT_SERIES_L0, "L0" }, { SYSBOOT_SERIES_L1, "L1" },
        { SYSBOOT_SERIES_WBA, "WBA" }, { SYSBOOT_SERIES_U3, "U3" }, { SYSBOOT_SERIES_C5, "C5" },
    };
    unsigned i;
    for (i = 0; i < sizeof map / sizeof map[0]; i++)
        if (map[i].series == series)
            return series == SYSBOOT_SERIES_H5 && dev() == 0x474u   ? "H503"
                   : series == SYSBOOT_SERIES_H7 && dev() == 0x480u ? "H7AB"   /* RM0455 */
                                                                    : map[i].layout;
    return NULL;
}

const clock_facts *clock_facts_of_board(void)
{
    unsigned i;
    const char *want;
    if (bench_m.board == NULL || bench_m.board->rcc_layout == NULL ||
        strcmp(bench_m.board->rcc_layout, "NONE") == 0)
        return NULL;   /* no clock reset on this line: nothing to judge */
    want = layout_of_series(bench_m.board->series_code);
    for (i = 0; want != NULL && i < sizeof all / sizeof all[0]; i++)
        if (strcmp(all[i].layout, want) == 0)
            return &all[i];
    return NULL;
}

void clock_facts_now(const clock_facts *f, clock_now *now)
{
    const uint32_t *t;
    unsigned ws;
    now->sysclk = now->flash_hz = 0;
    now->source = "?";
    f->now(now);
    now->latency = clock_facts_read(f->flash) & f->latency_mask;
    t = f->table != NULL ? f->table(now->range) : NULL;
    if (t == NULL) {
        now->needed = CF_UNKNOWN;
        return;
    }
    for (ws = 0; t[ws] != 0u && now->flash_hz > t[ws]; ws++)
        ;
    now->needed = t[ws] != 0u ? ws : CF_TOO_FAST;
}

int clock_facts_ready_for(const clock_facts *f, uint32_t sw, uint16_t *offset, uint32_t *bit)
{
    return f->ready(sw, offset, bit);
}

uint32_t clock_facts_range_max(const clock_facts *f, unsigned range)
{
    const uint32_t *t = f->table != NULL ? f->table(range) : NULL;
    unsigned i = 0;
    if (t == NULL || t[0] == 0u)
        return 0xFFFFFFFFu;
    while (t[i + 1] != 0u)
        i++;
    return t[i];
}

int clock_facts_range_lower(const clock_facts *f, unsigned range, unsigned was)
{
    (void)f;
    return range > was;
}

const cf_reg *clock_facts_resets(const clock_facts *f) { return f->resets(); }
const cf_field *clock_facts_fields(const clock_facts *f) { return f->fields(); }
const cf_guard *clock_facts_guards(const clock_facts *f) { return f->guards(); }
const cf_memory *clock_facts_memories(const clock_facts *f) { return f->memories(); }
const cf_ready *clock_facts_readies(const clock_facts *f) { return f->readies; }

const cf_reg *clock_facts_preset(const clock_facts *f, uint32_t *stack)
{
    *stack = 0;
    return f->preset(stack);
}

uint32_t clock_facts_block(const clock_facts *f, unsigned block)
{
    return block == CF_RCC ? bench_m.board->rcc_base : block == CF_FLASH ? f->flash : f->pwr;
}

void clock_facts_switch(const clock_facts *f, uint16_t *cfgr, uint32_t *mask, uint32_t *reset_sw)
{
    *cfgr = f->cfgr;
    *mask = f->sw_mask;
    *reset_sw = f->sw_reset;
}

unsigned clock_facts_sws_shift(const clock_facts *f)
{
    return f->sws_shift;
}

void clock_facts_pwr_clock(const clock_facts *f, uint16_t *offset, uint32_t *bit)
{
    *offset = f->pwren_offset;
    *bit = f->pwren;
}

unsigned clock_facts_latency_max(const clock_facts *f) { return f->latency_max(); }
uint32_t clock_facts_latency_mask(const clock_facts *f) { return f->latency_mask; }

void clock_facts_reset_clock(const clock_facts *f, const char **source, uint32_t *hz)
{
    *source = f->reset_source;
    *hz = f->reset_hz;
}

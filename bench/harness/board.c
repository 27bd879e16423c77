/* Board models expanded from data/stm32.def (see board.h). */
#include "board.h"

#include "sysboot.h"
#include "bench_ctl.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <stdlib.h>
#include <unicorn/unicorn.h>

static const bench_profile profiles[] = {
#define SYSBOOT_PROFILE(key, core, kind, rr, rm, rv, cr, cm, sr, ss, sc, pr, pm, pl, tr, tm, to, dr, dm, dn, er, em, src) \
    { #key, core, #kind, rr, rm, rv, cr, cm, sr, ss, sc, pr, pm, pl, tr, tm, to, dr, dm, dn, er, em },
#include "../../data/stm32.def"
};

static bench_board boards[] = {
#define SYSBOOT_DEVICE(id, series, profile, name, smb, sms, bl, srb, srs, flags, ifs, src) \
    { id, #series, SYSBOOT_SERIES_##series, #profile, name, smb, sms, bl, srb, srs, flags, ifs, \
      NULL, NULL, 0, 0, "", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 },
#include "../../data/stm32.def"
};

typedef struct {
    const char *profile, *layout;
    uint32_t rcc_base, icache_base;
} rcc_row;

typedef struct {
    const char *profile;
    uint32_t max_core_hz;
} max_clock_row;

static const max_clock_row max_clock_rows[] = {
#define SYSBOOT_MAX_CLOCK(profile, hz, src) { #profile, hz },
#include "../../data/stm32.def"
};

typedef struct {
    const char *profile;
    uint32_t flags;
} power_on_row;

static const power_on_row power_on_rows[] = {
#define SYSBOOT_POWER_ON(profile, flags, src) { #profile, flags },
#include "../../data/stm32.def"
};

typedef struct {
    const char *profile;
    uint32_t reg, mask, value;
} rdp_open_row;

static const rdp_open_row rdp_open_rows[] = {
#define SYSBOOT_RDP_OPEN(profile, reg, mask, value, src) { #profile, reg, mask, value },
#include "../../data/stm32.def"
};

typedef struct {
    const char *profile;
    uint32_t idcode_addr;
} dbgmcu_row;

static const dbgmcu_row dbgmcu_rows[] = {
#define SYSBOOT_DBGMCU(profile, addr, src) { #profile, addr },
#include "../../data/stm32.def"
};

static const rcc_row rcc_rows[] = {
#define SYSBOOT_RCC(profile, layout, rcc, flash, icache, pwr, src) { #profile, #layout, rcc, icache },
#include "../../data/stm32.def"
};

typedef struct {
    uint32_t mask, value, addr;
} idcode_row;

static const idcode_row idcode_rows[] = {
#define SYSBOOT_IDCODE(mask, value, addr, src) { mask, value, addr },
#include "../../data/stm32.def"
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

uint32_t bench_cpuid(const bench_board *b, uint32_t core)
{
    switch (core) {
    case SYSBOOT_CORE_M0:  return 0x410CC200u;
    case SYSBOOT_CORE_M0P: return 0x410CC601u;
    case SYSBOOT_CORE_M3:  return 0x412FC231u;
    case SYSBOOT_CORE_M4:  return 0x410FC241u;
    /* The CPUID variant is not in the data: the H7 lines run an M7 r1p1,
     * H7R/S r1p2 (cmsis_device_h7rs __CM7_REV 0x0102), the F7 lines r0p1
     * (ARM DDI 0489, RM0433 / RM0385 CPUID). */
    case SYSBOOT_CORE_M7:
        return b->series_code == SYSBOOT_SERIES_H7 ? 0x411FC271u
             : b->series_code == SYSBOOT_SERIES_H7RS ? 0x411FC272u : 0x410FC271u;
    case SYSBOOT_CORE_M33: return 0x410FD214u;
    default:               return 0;
    }
}

int bench_uc_cpu_model(uint32_t core)
{
    switch (core) {
    case SYSBOOT_CORE_M0:
    case SYSBOOT_CORE_M0P: return UC_CPU_ARM_CORTEX_M0;   /* unicorn has no M0+ */
    case SYSBOOT_CORE_M3:  return UC_CPU_ARM_CORTEX_M3;
    case SYSBOOT_CORE_M4:  return UC_CPU_ARM_CORTEX_M4;
    case SYSBOOT_CORE_M7:  return UC_CPU_ARM_CORTEX_M7;
    case SYSBOOT_CORE_M33: return UC_CPU_ARM_CORTEX_M33;
    default:               return -1;
    }
}

const char *bench_gcc_cpu(uint32_t core)
{
    switch (core) {
    case SYSBOOT_CORE_M0:  return "cortex-m0";
    case SYSBOOT_CORE_M0P: return "cortex-m0plus";
    case SYSBOOT_CORE_M3:  return "cortex-m3";
    case SYSBOOT_CORE_M4:  return "cortex-m4";
    case SYSBOOT_CORE_M7:  return "cortex-m7";
    case SYSBOOT_CORE_M33: return "cortex-m33";
    default:               return "unknown";
    }
}

/* The chip has one DBGMCU: its IDCODE lives where the rows put it for the
 * core that runs the ROM (the second core of a dual-core part reads the same
 * register). */
uint32_t bench_idcode_addr_for(uint32_t cpuid)
{
    unsigned i;
    for (i = 0; i < COUNT(idcode_rows); i++)
        if ((cpuid & idcode_rows[i].mask) == idcode_rows[i].value)
            return idcode_rows[i].addr;
    return 0;
}

/* Is addr an IDCODE site of some line that is not mapped on this board?
 * A read there raises a bus error (the worst case a universal build's
 * identification meets: H5's CPU, for one, sees nothing at 0xE0044000). */
int bench_idcode_site_unmapped(const bench_board *b, uint32_t addr)
{
    unsigned i;
    if (addr == b->idcode_addr)
        return 0;
    for (i = 0; i < COUNT(idcode_rows); i++)
        if (idcode_rows[i].addr == addr)
            return 1;
    for (i = 0; i < COUNT(dbgmcu_rows); i++)
        if (dbgmcu_rows[i].idcode_addr == addr)
            return 1;
    return 0;
}

/* Can a core with this CPUID find the chip's IDCODE? The library tries
 * every SYSBOOT_IDCODE row its CPUID matches; the chip answers at one
 * address only. (WL5x: its Cortex-M0+ has no row that reaches it.) */
int bench_core_reaches_idcode(uint32_t cpuid, uint32_t idcode_addr)
{
    unsigned i;
    for (i = 0; i < COUNT(idcode_rows); i++)
        if ((cpuid & idcode_rows[i].mask) == idcode_rows[i].value && idcode_rows[i].addr == idcode_addr)
            return 1;
    return 0;
}

static int near_profile_register(const bench_profile *p, uint32_t base)
{
    const uint32_t regs[] = { p->remap_reg, p->clk_reg, p->rst_reg, p->rdp_reg, p->tz_reg,
                              p->db_reg, p->empty_reg };
    unsigned i;
    for (i = 0; i < COUNT(regs); i++)
        if (regs[i] >= base && regs[i] < base + 0x400u)
            return 1;
    return 0;
}

static void derive(bench_board *b)
{
    /* The bench USART: USART1 of the F2/F4/H7 map or of the F0/F1/L4/G0 map,
     * whichever does not collide with a register the profile names. */
    static const uint32_t usart_candidates[] = { 0x40011000u, 0x40013800u, 0x40004400u };
    unsigned i;
    uint32_t stack_room = b->sram_size < BENCH_STANDIN_STACK_OFFSET ? b->sram_size : BENCH_STANDIN_STACK_OFFSET;

    for (i = 0; i < COUNT(profiles); i++)
        if (strcmp(profiles[i].key, b->profile_key) == 0)
            b->profile = &profiles[i];
    if (b->profile == NULL) {
        fprintf(stderr, "board %03X: profile %s not in the data\n", (unsigned)b->dev_id, b->profile_key);
        exit(20);
    }
    for (i = 0; i < COUNT(rcc_rows); i++)
        if (strcmp(rcc_rows[i].profile, b->profile_key) == 0) {
            b->rcc_layout = rcc_rows[i].layout;
            b->rcc_base = rcc_rows[i].rcc_base;
            b->icache_base = rcc_rows[i].icache_base;
        }
    for (i = 0; i < COUNT(max_clock_rows); i++)
        if (strcmp(max_clock_rows[i].profile, b->profile_key) == 0)
            b->max_core_hz = max_clock_rows[i].max_core_hz;
    for (i = 0; i < COUNT(power_on_rows); i++)
        if (strcmp(power_on_rows[i].profile, b->profile_key) == 0)
            b->power_on_flags = power_on_rows[i].flags;
    for (i = 0; i < COUNT(rdp_open_rows); i++)
        if (strcmp(rdp_open_rows[i].profile, b->profile_key) == 0) {
            b->rdp_open_reg = rdp_open_rows[i].reg;
            b->rdp_open_mask = rdp_open_rows[i].mask;
            b->rdp_open_value = rdp_open_rows[i].value;
        }
    snprintf(b->tag, sizeof b->tag, "%s_%03X", b->series, (unsigned)b->dev_id);
    b->core = b->profile->core;
    /* The CPU reads DBGMCU_IDCODE where the line's CMSIS header puts it
     * (SYSBOOT_DBGMCU); WB0/WL3/N6 have none: the bench lets the core's
     * first site answer there, so that a universal build still finds the
     * row and refuses it (no software entry). */
    b->idcode_addr = bench_idcode_addr_for(bench_cpuid(b, b->core));
    for (i = 0; i < COUNT(dbgmcu_rows); i++)
        if (strcmp(dbgmcu_rows[i].profile, b->profile_key) == 0 && dbgmcu_rows[i].idcode_addr != 0u)
            b->idcode_addr = dbgmcu_rows[i].idcode_addr;
    b->standin_msp = b->sram_base + stack_room;
    for (i = 0; i < COUNT(usart_candidates); i++) {
        if (!near_profile_register(b->profile, usart_candidates[i])) {
            b->usart_base = usart_candidates[i];
            break;
        }
    }
    b->usart_v1 = b->series_code == SYSBOOT_SERIES_F1 || b->series_code == SYSBOOT_SERIES_F2 ||
                  b->series_code == SYSBOOT_SERIES_F4;
}

/* Boards whose core unicorn cannot run (N6's Cortex-M55) are left out of
 * every list: no model, no stand-in, no scenario. */
static unsigned board_count;

static void derive_all(void)
{
    static int done;
    unsigned i;
    if (done)
        return;
    done = 1;
    for (i = 0; i < COUNT(boards); i++) {
        derive(&boards[i]);
        if (bench_uc_cpu_model(boards[i].core) >= 0)
            boards[board_count++] = boards[i];
    }
}

unsigned bench_board_count(void)
{
    derive_all();
    return board_count;
}

const bench_board *bench_board_at(unsigned i)
{
    derive_all();
    return i < board_count ? &boards[i] : NULL;
}

const bench_board *bench_board_find(const char *name)
{
    unsigned i;
    derive_all();
    for (i = 0; i < board_count; i++) {
        if (strcasecmp(boards[i].tag, name) == 0 ||
            (strncmp(name, "0x", 2) == 0 && strtoul(name, NULL, 16) == boards[i].dev_id))
            return &boards[i];
    }
    return NULL;
}

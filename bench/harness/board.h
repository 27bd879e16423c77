/*
 * Board models, generated from data/stm32.def: one per SYSBOOT_DEVICE row,
 * joined with its SYSBOOT_PROFILE row, plus what the bench derives from
 * them (CPU model, CPUID, where DBGMCU_IDCODE answers, the stand-in's stack,
 * the bench USART). No addresses are kept here by hand.
 */
#ifndef BENCH_BOARD_H
#define BENCH_BOARD_H

#include <stdint.h>

typedef struct {
    const char *key;
    uint32_t core;                      /* SYSBOOT_CORE_* */
    const char *remap_kind;             /* "VTOR", "MEMRMP", "MEM_MODE" */
    uint32_t remap_reg, remap_mask, remap_value;
    uint32_t clk_reg, clk_mask;
    uint32_t rst_reg, rst_sw, rst_clear;
    uint32_t rdp_reg, rdp_mask, rdp_level2;
    uint32_t tz_reg, tz_mask, tz_on;
    uint32_t db_reg, db_mask, db_on;
    uint32_t empty_reg, empty_mask;
} bench_profile;

typedef struct {
    uint32_t dev_id;
    const char *series;
    int series_code;                    /* SYSBOOT_SERIES_* */
    const char *profile_key;
    const char *name;
    uint32_t sysmem_base, sysmem_size, bootloader, sram_base, sram_size;
    uint32_t flags;                     /* SYSBOOT_DEV_* */
    uint32_t interfaces;                /* SYSBOOT_IF_*: what the ROM offers */
    const bench_profile *profile;
    const char *rcc_layout;             /* SYSBOOT_RCC row: F1, F4, L4, G0, H7, G4, ..., NONE (NULL: no row) */
    uint32_t rcc_base;
    uint32_t icache_base;               /* SYSBOOT_RCC row's ICACHE (L5/U5/WBA), 0: none */
    /* derived */
    char tag[16];                       /* "F4_413": the board's name on the bench */
    uint32_t core;                      /* core the board runs (profile core unless overridden) */
    uint32_t idcode_addr;               /* where DBGMCU_IDCODE answers */
    uint32_t standin_msp;               /* stand-in vector[0] */
    uint32_t usart_base;                /* bench USART */
    int usart_v1;                       /* F1/F2/F4 SR/DR layout */
    uint32_t max_core_hz;               /* SYSBOOT_MAX_CLOCK: the bench's core clock (1 insn = 1 cycle) */
    uint32_t power_on_flags;            /* SYSBOOT_POWER_ON: reset flags power-on sets, 0: none named */
    uint32_t rdp_open_reg, rdp_open_mask, rdp_open_value; /* SYSBOOT_RDP_OPEN: level 0; reg 0: none known */
} bench_board;

/* All boards, in data order. */
unsigned bench_board_count(void);
const bench_board *bench_board_at(unsigned i);
/* By tag ("F4_413") or hex DEV_ID ("0x413"); NULL if unknown. */
const bench_board *bench_board_find(const char *name);

/* SCB->CPUID of a core on a board. */
uint32_t bench_cpuid(const bench_board *b, uint32_t core);
/* unicorn CPU model for a core. */
int bench_uc_cpu_model(uint32_t core);
/* gcc -mcpu name for a core. */
const char *bench_gcc_cpu(uint32_t core);
/* The DBGMCU_IDCODE address the data gives for this CPUID (first matching row). */
uint32_t bench_idcode_addr_for(uint32_t cpuid);
int bench_core_reaches_idcode(uint32_t cpuid, uint32_t idcode_addr);
int bench_idcode_site_unmapped(const bench_board *b, uint32_t addr);

#endif

/*
 * The emulated machine: one unicorn engine, the board it models, the
 * scenario's fault injections, and what the run has observed so far.
 * One global instance; unicorn's callbacks reach it through `bench_m`.
 */
#ifndef BENCH_MACHINE_H
#define BENCH_MACHINE_H

#include "board.h"

#include <stdint.h>
#include <unicorn/unicorn.h>

#define FLASH_BASE 0x08000000u
#define FLASH_SIZE 0x00080000u
#define SRAM_MAP_CAP 0x00100000u   /* map at most 1 MiB of a board's SRAM window (U3C5's SRAM4 ends at 640 KiB) */

typedef struct {
    /* setup */
    const bench_board *board;
    uint32_t core;                 /* core this run emulates (second-core runs differ) */
    uint32_t cpuid;
    int verbose;
    uint64_t max_insns;
    /* scenario options: chip state at power-on */
    int rdp2, tz_on, dual_boot, garbage_ram, sw_flag_at_poweron;
    int clocks_start;              /* RCC_START_*: reset, --clocks (every field dirty), --app-clocks */
    int stuck_oscillator;          /* the reset oscillator's ready flag never sets */
    int hw_iwdg;                   /* option bytes: hardware IWDG (started at every reset) */
    uint32_t usb_hold_ms;          /* the USB hold the application configures; 0 = default */
    /* fault injections (negative tests) */
    int reset_is_poweron;          /* a reset leaves no software-reset flag (stale record) */
    int reset_is_pin;              /* a reset is NRST: a pin flag, RAM kept (stale record) */
    int drop_clock_enable;         /* writes to the SYSCFG clock enable are lost */
    int ignore_dccmvac;            /* the record's cache line never reaches SRAM */
    int ignore_empty_flag;         /* the flash interface drops writes to its empty flag */
    int ecc_sram;                  /* reading the record unwritten since power-on faults (ecc.h) */
    const char *corrupt_vectors;   /* "msp", "thumb", "outside", "erased" */
    /* flash (flash_model.h) */
    int rdp1;                      /* option bytes: read protection level 1 */
    int write_protect;             /* option bytes: every page write-protected */
    int boot0;                     /* the BOOT0 pin is high: reset boots system memory */
    uint32_t power_cut_after;      /* fault injection: power lost once this many flash bytes are programmed */
    volatile int power_cycle;      /* asked by a signal: 1 power cycle, 2 the same with BOOT0 high */
    int locked_up;                 /* the reset vector leads nowhere: nothing runs until power-off */
    /* memory */
    uc_engine *uc;
    uint8_t *flash, *sysmem;
    uint32_t flash_size;
    uint32_t sysmem_map_base, sysmem_map_size, sram_map_size;
    uint32_t alias0_size;
    int alias0_is_sysmem;
    /* run state */
    uint64_t insns;
    int stop_reason;               /* 0 running; see BENCH_STOP_* */
    int app_exit_ok;               /* semihosting exit: 1 success, 0 failure, -1 none */
    int standin_exit;              /* exit came from code in system memory */
    int reset_requested;
    unsigned resets, rom_entries, entry_failures;
    unsigned boot_idcode_reads;    /* reads of an IDCODE site before the application asked */
    int in_sysmem;                 /* first-instruction check armed when 0 */
    int timed_out;
    char first_failure[200];
} bench_machine;

enum { BENCH_STOP_NONE, BENCH_STOP_EXIT, BENCH_STOP_FAULT, BENCH_STOP_INSNS, BENCH_STOP_TIMEOUT,
       BENCH_STOP_RESET_LOOP };

extern bench_machine bench_m;

/* Record a harness-side failure (the first one names the run's reason). */
void bench_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void bench_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
uint32_t bench_pc(void);

/* unicorn takes callbacks as void *; ISO C has no direct function-to-object cast */
#define BENCH_HOOK(fn) ((void *)(uintptr_t)(fn))

#endif

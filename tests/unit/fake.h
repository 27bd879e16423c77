/*
 * A fake register space and core for host unit tests. The library's
 * sysboot_hw_read/write and sysboot_core_* land here. Unknown addresses
 * read 0; writes are stored and logged in order; a few registers have the
 * set/clear behaviour of the real ones; SYSRESETREQ and the final branch
 * leave the code under test through longjmp.
 */
#ifndef SYSBOOT_TEST_FAKE_H
#define SYSBOOT_TEST_FAKE_H

#include <stdint.h>
#include "sysboot.h"

typedef enum {
    FAKE_RETURNED = 0,
    FAKE_RESET = 1,
    FAKE_BRANCHED = 2,
    FAKE_FAULT = 3       /* a read of a bus-error address, not absorbed: a HardFault */
} fake_outcome;

typedef struct {
    uint32_t addr;
    uint32_t value;
    uint32_t before;     /* what the register held before the write */
    unsigned reads;      /* reads logged before it: orders reads and writes */
} fake_write;

void fake_clear(void);                 /* empty register space, thread mode, privileged */
void fake_poke(uint32_t addr, uint32_t value);
uint32_t fake_peek(uint32_t addr);
void fake_ignore_writes_to(uint32_t addr);   /* model a register the code forgets */
/* After each write to src, the field dst_mask of dst takes the value of the
 * field src_mask of src (ready flags that follow their enables). */
void fake_follow(uint32_t src, uint32_t src_mask, uint32_t dst, uint32_t dst_mask);
/* The rules' target bits in dst_mask of dst never change again (a clock
 * that never gets ready, a PLL that never unlocks). */
void fake_stuck(uint32_t dst, uint32_t dst_mask);

/* Hardware that finishes on its own: bits of mask that a write set read
 * back set for `reads` reads of addr, then clear (OTG GRSTCTL.CSRST). */
void fake_clears_after(uint32_t addr, uint32_t mask, unsigned reads);

/* Reads of addr give a bus error (nothing mapped there): absorbed as on
 * Armv7-M/v8-M (value all ones, CFSR.PRECISERR and BFARVALID set) only while
 * FAULTMASK and CCR.BFHFNMIGN are both set; otherwise the run ends with
 * FAKE_FAULT. */
void fake_bus_error_at(uint32_t addr);
extern uint32_t fake_faultmask;
extern unsigned fake_probe_writes; /* CCR.BFHFNMIGN toggles and CFSR clears: not in fake_writes() */
extern uint32_t fake_fault_addr;   /* the read that ended a run with FAKE_FAULT */

/* Every read since fake_clear(), in order (the addresses): registers, and
 * the words of the request record at their place on the chip's map. */
unsigned fake_read_count(void);
const uint32_t *fake_reads(void);
int fake_was_read(uint32_t addr);
/* Where the record lies on the chip's map (fake_record_address, or the
 * default), and reads of its words since the `from`-th read. */
uint32_t fake_record_chip_address(void);
unsigned fake_record_reads_since(unsigned from);

unsigned fake_write_count(void);
const fake_write *fake_writes(void);
/* Index of the first logged write to addr at or after `from`, or -1. */
int fake_find_write(uint32_t addr, unsigned from);
unsigned fake_count_writes_to(uint32_t addr);

extern uint32_t fake_ipsr;
extern uint32_t fake_control;
extern unsigned fake_irq_disabled;     /* cpsid i seen */
extern uint32_t fake_primask;          /* 1 after cpsid i, 0 after cpsie i */
extern uint32_t fake_branch_msp;
extern uint32_t fake_branch_pc;
extern unsigned fake_branch_write_index; /* writes logged before the branch */
extern uint32_t fake_code_address;       /* where the library runs (sysboot_hw_code_address) */
extern uint32_t fake_record_address;     /* where the record lies on the chip's map; 0: 0x2000FFE0 */
extern unsigned fake_dcache_off_calls;   /* sysboot_core_dcache_off() calls */
extern unsigned fake_dcache_off_write_index;

/* Run a library call and tell how it ended. */
fake_outcome fake_run_status(sysboot_status (*fn)(void), sysboot_status *status);
fake_outcome fake_run_void(void (*fn)(void));

/* Make the fake look like device d: CPUID, IDCODE, a valid ROM vector
 * table, an optional software-reset flag. Returns 0 if no CPUID/IDCODE
 * site of the database identifies d. */
int fake_board(const sysboot_device *d, int software_reset);
/* The vector table fake_board wrote. */
uint32_t fake_rom_msp(const sysboot_device *d);
uint32_t fake_rom_reset(const sysboot_device *d);

/* sysboot_core_spin(): calls and iterations since fake_spin_clear(), and
 * the most iterations spun without a write of watch_value to watch_addr in
 * between (0, 0: watch nothing). */
extern unsigned long fake_spin_calls;
extern unsigned long long fake_spin_iterations;
extern unsigned long long fake_spin_max_gap;
void fake_spin_clear(uint32_t watch_addr, uint32_t watch_value);

#endif

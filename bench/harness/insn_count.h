/*
 * --count-from ADDR (for benchmarks/run.sh): count the guest instructions
 * executed from the first time the PC reaches ADDR up to, not including,
 * the first instruction in system memory, and the stack used meanwhile:
 * how far SP went below its value at ADDR, and after each system reset how
 * far it went below the reset MSP. Prints one line:
 *   COUNT from=ADDR rom=0|1 insns=N resets=R stack_call=B stack_after_reset=B
 * Observes only: nothing of the run or its verdict changes.
 */
#ifndef BENCH_INSN_COUNT_H
#define BENCH_INSN_COUNT_H

#include <stdint.h>

void insn_count_install(uint32_t from);
/* The COUNT line (nothing if not installed). */
void insn_count_report(void);

#endif

/*
 * The harness's own check, at the first instruction executed in system
 * memory: the CPU and SCS state the real ROM needs, seen from outside.
 */
#ifndef BENCH_ENTRY_CHECK_H
#define BENCH_ENTRY_CHECK_H

#include <stdint.h>

/* Watch system memory; the check runs once per entry (re-armed by a reset). */
void entry_check_install(void);

#endif

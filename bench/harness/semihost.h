/* ARM semihosting (BKPT 0xAB) for the guest's reports and its exit. */
#ifndef BENCH_SEMIHOST_H
#define BENCH_SEMIHOST_H

#include <stdint.h>

/* 1 if the BKPT at pc was a semihosting call (and it was served). */
int semihost_serve(uint32_t pc);

#endif

/*
 * A Cortex-M7 write-back D-cache, modelled by its one effect that matters
 * here: a line written while the cache is on lives only in the cache until
 * it is cleaned (DCCMVAC, DCCISW). A reset loses such lines (SRAM goes back
 * to what it held before), and the ROM would read the stale SRAM.
 * 16 KiB, 4 ways, 32-byte lines, as on the STM32H7/F7.
 */
#ifndef BENCH_DCACHE_H
#define BENCH_DCACHE_H

#include <stdint.h>

#define DCACHE_CCSIDR 0xF00FE019u   /* WT WB RA WA, 128 sets, 4 ways, 8 words per line */

void dcache_init(uint32_t sram_base, uint32_t sram_size);
void dcache_set_enabled(int on);
void dcache_clean_line(uint32_t addr);
void dcache_clean_set_way(uint32_t setway);
/* Lines still dirty (written, never cleaned). */
unsigned dcache_dirty_lines(void);
/* At a reset: dirty lines never reached SRAM; put the old contents back. */
void dcache_lose_dirty_lines(void);

#endif

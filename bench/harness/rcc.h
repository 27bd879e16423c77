/*
 * The RCC as the clock-tree reset sees it, from the board's SYSBOOT_RCC
 * row (layout and base): every oscillator/PLL ready flag follows its ON bit
 * and SYSCLK's switch status (SWS) follows SW at once; everything else in the
 * block is a plain register. The bit positions per layout are the reference
 * manuals' (RM0008/RM0090/RM0351/RM0444/RM0433, RM0440,
 * RM0434/RM0453, RM0503, RM0377, RM0038, RM0456, RM0438, RM0493, RM0481,
 * RM0492, RM0487, RM0522, RM0477: the last five through CMSIS headers
 * and ST SVD files), kept here
 * independently of the library's step tables so the bench can judge them.
 * Where the row names an ICACHE (L5/U5/WBA/H5/U3/C5: CR.EN bit 0, SR.BUSYF bit 0), it is
 * on in a dirty application, off at reset, and must be off at ROM entry.
 */
#ifndef BENCH_RCC_H
#define BENCH_RCC_H

#include <stdint.h>

/* 1 if the board's RCC layout is modelled (every layout of src/clock.c). */
int rcc_modelled(void);
/* 1 if the SYSBOOT_RCC layout `name` is modelled. */
int rcc_layout_modelled(const char *name);
/* Reset values; `dirty`: the application left PLL on, SYSCLK on PLL, HSE on. */
void rcc_power_on(int dirty);
/* Register access inside the RCC block; 0 if `addr` is not RCC CR/CFGR. */
int rcc_read(uint32_t addr, uint32_t stored, uint32_t *value);
int rcc_write(uint32_t addr, uint32_t value, uint32_t *stored);
/* The clock tree is at its reset state: SYSCLK on the reset oscillator, PLLs and HSE off, ICACHE off. */
int rcc_at_reset(char *why, unsigned size);

#endif

/*
 * The baseline: the usual recipe for jumping to the STM32 system bootloader,
 * as ST's community article "How to jump to system bootloader from
 * application code on STM32 microcontrollers" describes it, written here
 * from that description (not copied) so sysboot can be measured against it.
 * One build serves one chip, chosen with -DMCU=BASELINE_MCU_xx.
 */
#ifndef BENCHMARK_BASELINE_H
#define BENCHMARK_BASELINE_H

/* Index into the recipe's address array: one entry per line the recipe
 * knows, by its usual short name. Macros, not an enum: the stand-in for
 * HAL_RCC_DeInit() picks its register layout with #if MCU == ... */
#define BASELINE_MCU_C0      0
#define BASELINE_MCU_F030x8  1
#define BASELINE_MCU_F030xC  2
#define BASELINE_MCU_F03xx   3
#define BASELINE_MCU_F05     4
#define BASELINE_MCU_F07     5
#define BASELINE_MCU_F09     6
#define BASELINE_MCU_F10xx   7
#define BASELINE_MCU_F105    8
#define BASELINE_MCU_F107    9
#define BASELINE_MCU_F10XL   10
#define BASELINE_MCU_F2      11
#define BASELINE_MCU_F3      12
#define BASELINE_MCU_F4      13
#define BASELINE_MCU_F7      14
#define BASELINE_MCU_G0      15
#define BASELINE_MCU_G4      16
#define BASELINE_MCU_H503    17
#define BASELINE_MCU_H563    18
#define BASELINE_MCU_H573    19
#define BASELINE_MCU_H7x     20
#define BASELINE_MCU_H7A     21
#define BASELINE_MCU_H7B     22
#define BASELINE_MCU_L0      23
#define BASELINE_MCU_L1      24
#define BASELINE_MCU_L4      25
#define BASELINE_MCU_L5      26
#define BASELINE_MCU_WBA     27
#define BASELINE_MCU_WBX     28
#define BASELINE_MCU_WL      29
#define BASELINE_MCU_U5      30
#define BASELINE_MCU_COUNT   31

#ifndef MCU
#define MCU BASELINE_MCU_F4
#endif

/* The recipe: IRQs off, SysTick off, clocks to reset, NVIC cleared, IRQs
 * on, MSP from the table, call its reset vector. Never returns. */
void baseline_jump_to_bootloader(void);

/* Stand-in for HAL_RCC_DeInit() (rcc_deinit_standin.c). */
void baseline_rcc_deinit(void);

#endif

/*
 * The usual recipe (see baseline.h), step by step as the community article
 * describes it: an array of bootloader addresses filled at run time and
 * indexed by the MCU macro; interrupts disabled; SysTick stopped; the clock
 * tree de-initialised; every NVIC enable and pending bit cleared;
 * interrupts enabled again; MSP loaded from the bootloader's vector table;
 * its reset vector called. Nothing else: no VTOR, no remap, no check.
 */
#include "baseline.h"

#include <stdint.h>

#define BASELINE_REG32(addr) (*(volatile uint32_t *)(uintptr_t)(addr))
#define BASELINE_SYSTICK_CTRL 0xE000E010u
#define BASELINE_SYSTICK_LOAD 0xE000E014u
#define BASELINE_SYSTICK_VAL  0xE000E018u
#define BASELINE_NVIC_ICER    0xE000E180u
#define BASELINE_NVIC_ICPR    0xE000E280u
#define BASELINE_NVIC_WORDS   5u   /* the recipe clears a fixed five words */

void baseline_jump_to_bootloader(void)
{
    volatile uint32_t boot_address[BASELINE_MCU_COUNT];
    void (*rom_reset)(void);
    uint32_t i;

    boot_address[BASELINE_MCU_C0] = 0x1FFF0000u;
    boot_address[BASELINE_MCU_F030x8] = 0x1FFFEC00u;
    boot_address[BASELINE_MCU_F030xC] = 0x1FFFD800u;
    boot_address[BASELINE_MCU_F03xx] = 0x1FFFEC00u;
    boot_address[BASELINE_MCU_F05] = 0x1FFFEC00u;
    boot_address[BASELINE_MCU_F07] = 0x1FFFC800u;
    boot_address[BASELINE_MCU_F09] = 0x1FFFD800u;
    boot_address[BASELINE_MCU_F10xx] = 0x1FFFF000u;
    boot_address[BASELINE_MCU_F105] = 0x1FFFB000u;
    boot_address[BASELINE_MCU_F107] = 0x1FFFB000u;
    boot_address[BASELINE_MCU_F10XL] = 0x1FFFE000u;
    boot_address[BASELINE_MCU_F2] = 0x1FFF0000u;
    boot_address[BASELINE_MCU_F3] = 0x1FFFD800u;
    boot_address[BASELINE_MCU_F4] = 0x1FFF0000u;
    boot_address[BASELINE_MCU_F7] = 0x1FF00000u;
    boot_address[BASELINE_MCU_G0] = 0x1FFF0000u;
    boot_address[BASELINE_MCU_G4] = 0x1FFF0000u;
    boot_address[BASELINE_MCU_H503] = 0x0BF87000u;
    boot_address[BASELINE_MCU_H563] = 0x0BF97000u;
    boot_address[BASELINE_MCU_H573] = 0x0BF97000u;
    boot_address[BASELINE_MCU_H7x] = 0x1FF09800u;
    boot_address[BASELINE_MCU_H7A] = 0x1FF0A800u;
    boot_address[BASELINE_MCU_H7B] = 0x1FF0A000u;
    boot_address[BASELINE_MCU_L0] = 0x1FF00000u;
    boot_address[BASELINE_MCU_L1] = 0x1FF00000u;
    boot_address[BASELINE_MCU_L4] = 0x1FFF0000u;
    boot_address[BASELINE_MCU_L5] = 0x0BF90000u;
    boot_address[BASELINE_MCU_WBA] = 0x0BF88000u;
    boot_address[BASELINE_MCU_WBX] = 0x1FFF0000u;
    boot_address[BASELINE_MCU_WL] = 0x1FFF0000u;
    boot_address[BASELINE_MCU_U5] = 0x0BF90000u;

    __asm__ volatile("cpsid i" ::: "memory");

    BASELINE_REG32(BASELINE_SYSTICK_CTRL) = 0u;
    BASELINE_REG32(BASELINE_SYSTICK_LOAD) = 0u;
    BASELINE_REG32(BASELINE_SYSTICK_VAL) = 0u;

    baseline_rcc_deinit();

    for (i = 0; i < BASELINE_NVIC_WORDS; i++) {
        BASELINE_REG32(BASELINE_NVIC_ICER + 4u * i) = 0xFFFFFFFFu;
        BASELINE_REG32(BASELINE_NVIC_ICPR + 4u * i) = 0xFFFFFFFFu;
    }

    __asm__ volatile("cpsie i" ::: "memory");

    rom_reset = (void (*)(void))BASELINE_REG32(boot_address[MCU] + 4u);
    __asm__ volatile("msr msp, %0" : : "r"(BASELINE_REG32(boot_address[MCU])) : "memory");
    rom_reset();

    for (;;) {
    }
}

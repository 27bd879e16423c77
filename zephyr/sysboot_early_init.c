/*
 * Zephyr: sysboot_early() at the EARLY init level, for builds that cannot
 * use a reset hook (Kconfig SYSBOOT_HOOK_SYS_INIT). By then the kernel's
 * start-up has run: VTOR points at the application (the hand-over sets it
 * again) and the MPU may be on; it is turned off here, and turned on again
 * as it was when no request is pending, so that the ROM is entered with the
 * MPU off. Not offered on Cortex-M7, whose caches may already be on.
 */
#include <zephyr/init.h>

#include "sysboot.h"

#include <stdint.h>

#define SYSBOOT_ZEPHYR_MPU_CTRL (*(volatile uint32_t *)0xE000ED94u)

static int sysboot_early_init(void)
{
    uint32_t mpu = SYSBOOT_ZEPHYR_MPU_CTRL;

    SYSBOOT_ZEPHYR_MPU_CTRL = 0u;
    __asm__ volatile("dsb 0xF\n\tisb 0xF" ::: "memory");
    sysboot_early();           /* branches to the ROM, resets, or returns */
    SYSBOOT_ZEPHYR_MPU_CTRL = mpu;
    __asm__ volatile("dsb 0xF\n\tisb 0xF" ::: "memory");
    return 0;
}

SYS_INIT(sysboot_early_init, EARLY, 0);

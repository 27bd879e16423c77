/*
 * Zephyr: run sysboot_early() at the EARLY init level, before the
 * clock-control driver configures the PLL (PRE_KERNEL_1).
 */
#include <zephyr/init.h>

#include "sysboot.h"

static int sysboot_early_init(void)
{
    sysboot_early();
    return 0;
}

SYS_INIT(sysboot_early_init, EARLY, 0);

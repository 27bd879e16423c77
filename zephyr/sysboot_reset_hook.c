/*
 * Zephyr: the earliest hook of the Cortex-M reset code, before the kernel
 * sets up its stacks, .bss/.data or caches (needs the kernel option
 * SOC_EARLY_RESET_HOOK and a SoC that does not define the hook itself).
 */
#include "sysboot.h"

void soc_early_reset_hook(void);

void soc_early_reset_hook(void)
{
    sysboot_early();
}

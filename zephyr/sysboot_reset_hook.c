/*
 * Zephyr: sysboot_early() from the Cortex-M reset code, before the kernel
 * sets up its stacks, .bss/.data, the FPU, the caches or the MPU, under the
 * hook name this Zephyr version calls (Kconfig SYSBOOT_HOOK). The stack is
 * the one the core loaded from the vector table; sysboot_early() needs a
 * few words of it and no initialised data.
 */
#include <zephyr/autoconf.h>

#include "sysboot.h"

#if defined(CONFIG_SYSBOOT_HOOK_SOC_EARLY_RESET)
void soc_early_reset_hook(void);
void soc_early_reset_hook(void)
{
    sysboot_early();
}
#elif defined(CONFIG_SYSBOOT_HOOK_PLATFORM_INIT)
void z_arm_platform_init(void);
void z_arm_platform_init(void)
{
    sysboot_early();
}
#else
void soc_reset_hook(void);
void soc_reset_hook(void)
{
    sysboot_early();
}
#endif

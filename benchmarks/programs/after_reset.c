/*
 * Reset_Handler -> ROM with a request. The power-on boot runs
 * sysboot_early() and later sysboot_enter(); the boot after that call's
 * reset runs sysboot_early() through program_after_reset(), which is where
 * bench-uc --count-from starts: one branch to the hook, as the first
 * instruction of a startup file's Reset_Handler would be. The harness counts
 * the resets in the bench control block.
 */
#include "program.h"

#include "bench_ctl.h"
#include "sysboot.h"

void program_after_reset(void);

__attribute__((noinline)) void program_after_reset(void)
{
    sysboot_early();
}

void program_early(void)
{
    if (BENCH_CTL->resets == 0u)
        sysboot_early();
    else
        program_after_reset();
}

void program_main(void)
{
    (void)sysboot_enter();
}

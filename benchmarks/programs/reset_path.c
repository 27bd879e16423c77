/* The reset path: sysboot_early() first in Reset_Handler, sysboot_enter() later. */
#include "program.h"

#include "sysboot.h"

void program_early(void)
{
    sysboot_early();
}

void program_main(void)
{
    (void)sysboot_enter();
}

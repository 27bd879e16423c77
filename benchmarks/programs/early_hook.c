/* sysboot_early() alone: what the hook in Reset_Handler links (its own code,
 * what it calls, their literal pools and data). */
#include "program.h"

#include "sysboot.h"

void program_early(void)
{
    sysboot_early();
}

void program_main(void)
{
}

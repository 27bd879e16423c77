/* The direct path: sysboot_jump_now() and nothing else. */
#include "program.h"

#include "sysboot.h"

void program_early(void)
{
}

void program_main(void)
{
    (void)sysboot_jump_now();
}

/* The physical floor (floor.S), called as an application would. */
#include "program.h"

void floor_enter(void);

void program_early(void)
{
}

void program_main(void)
{
    floor_enter();
}

/* The scaffold alone: what every other program adds is measured against it. */
#include "program.h"

void program_early(void)
{
}

void program_main(void)
{
}

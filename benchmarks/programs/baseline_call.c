/* The baseline recipe (baseline/), called as an application would. */
#include "program.h"

#include "../baseline/baseline.h"

void program_early(void)
{
}

void program_main(void)
{
    baseline_jump_to_bootloader();
}

/* The application's hook, as a test sees it: when it ran, and what it did. */
#include "hook.h"
#include "fake.h"

unsigned hook_calls;
unsigned hook_write_index;
void (*hook_action)(void);

void sysboot_before_handover(void)
{
    hook_calls++;
    hook_write_index = fake_write_count();
    if (hook_action)
        hook_action();
}

void hook_reset(void)
{
    hook_calls = 0;
    hook_write_index = 0;
    hook_action = 0;
}

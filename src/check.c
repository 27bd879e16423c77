/*
 * The verdicts as the public API offers them (decide.h holds the logic):
 * sysboot_check() reads registers only, so an application can ask before it
 * commits to anything. A universal build also keeps its one out-of-line
 * copy of the decision here.
 */
#include "decide.h"

sysboot_status sysboot_check_context(void)
{
    return sysboot_context_verdict();
}

sysboot_status sysboot_check_with(const sysboot_device *d, uint32_t options)
{
    return sysboot_verdict(d, options);
}

sysboot_status sysboot_check(const sysboot_device *d)
{
    return sysboot_verdict(d, 0u);
}

#if !SYSBOOT_TARGETED
sysboot_status sysboot_decide(const sysboot_device **out, uint32_t options)
{
    sysboot_status st = sysboot_context_verdict();

    if (st != SYSBOOT_OK)
        return st;
    *out = sysboot_identify();
    return sysboot_verdict(*out, options);
}
#endif

/*
 * A deliberately broken reset-cause test: every reset counts as a software
 * reset, so a record that survived a power cycle (stale) is served.
 */
#include "internal.h"

int sysboot_reset_was_software(const sysboot_profile *p)
{
    (void)p;
    return 1;
}

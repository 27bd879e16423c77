/*
 * A deliberately broken sysboot_enter(): a "reset path" that forgets the
 * reset and branches at once, taking every piece of the application's
 * state into the ROM. The reset-path runs of the dirty-state scenarios
 * must catch it.
 */
#include "internal.h"

sysboot_status sysboot_enter(void)
{
    const sysboot_device *d;
    sysboot_status st = sysboot_check_context();
    if (st != SYSBOOT_OK)
        return st;
    d = sysboot_identify();
    st = sysboot_check(d);
    if (st != SYSBOOT_OK)
        return st;
    sysboot_handover(d);
}

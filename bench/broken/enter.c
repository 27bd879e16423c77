/*
 * A deliberately broken sysboot_enter(): no context check, so a request
 * from an ISR or an unprivileged task goes ahead (the isr/unpriv scenarios
 * on the reset path must catch it).
 */
#include "internal.h"

sysboot_status sysboot_enter(void)
{
    const sysboot_device *d = sysboot_identify();
    sysboot_status st = sysboot_check(d);
    if (st != SYSBOOT_OK)
        return st;
    sysboot_record_write(SYSBOOT_STATE_REQUEST, 0u, 0u);
    sysboot_reset_flags_clear(sysboot_profile_of(d));
    sysboot_system_reset();
}

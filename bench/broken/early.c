/*
 * A deliberately broken sysboot_early(): it trusts RAM. Any record that
 * is not IDLE counts as a request, and the reset cause is not asked; the
 * garbage-at-power-on and stale-record scenarios must catch it.
 */
#include "internal.h"

#include <stddef.h>

void sysboot_early(void)
{
    sysboot_request rec;
    const sysboot_device *d;
    if (sysboot_record_read(&rec) && rec.state == SYSBOOT_STATE_IDLE)
        return;
    if (sysboot_record_read(&rec) && rec.state == SYSBOOT_STATE_IN_ROM) {
        sysboot_record_write(SYSBOOT_STATE_RESETTING, 0u, 0u);
        sysboot_system_reset();
    }
    d = sysboot_identify();
    sysboot_record_write(SYSBOOT_STATE_IN_ROM, 1u, 0u);
    if (d != NULL)
        sysboot_handover(d);
}

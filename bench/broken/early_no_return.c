/*
 * A deliberately broken sysboot_early(): it does not notice the return
 * from the ROM (GO), so the application runs on the ROM's leftovers without
 * the one clean reset; the cycles scenario must catch it.
 */
#include "internal.h"

#include <stddef.h>

void sysboot_early(void)
{
    sysboot_request rec;
    const sysboot_device *d;
    if (!sysboot_record_read(&rec) || rec.state != SYSBOOT_STATE_REQUEST) {
        sysboot_record_write(SYSBOOT_STATE_IDLE, 0u, 0u);
        return;
    }
    d = sysboot_identify();
    if (d == NULL || !sysboot_reset_was_software(sysboot_profile_of(d)) || sysboot_check(d) != SYSBOOT_OK) {
        sysboot_record_write(SYSBOOT_STATE_IDLE, 0u, 0u);
        return;
    }
    sysboot_record_write(SYSBOOT_STATE_IN_ROM, 1u, 0u);
    sysboot_handover(d);
}

/*
 * A deliberately broken sysboot_check(): only the vector table is looked
 * at; TrustZone, RDP level 2, the empty check, dual boot and the second
 * core are ignored. The refusal scenarios must catch it.
 */
#include "internal.h"

#include <stddef.h>

sysboot_status sysboot_check_with(const sysboot_device *d, uint32_t options)
{
    (void)options;
    if (d == NULL)
        return SYSBOOT_ERR_UNKNOWN_DEVICE;
    return sysboot_validate_vectors(d);
}

sysboot_status sysboot_check(const sysboot_device *d)
{
    return sysboot_check_with(d, 0u);
}

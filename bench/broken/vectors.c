/*
 * A deliberately broken vector-table validation: anything goes, so a
 * corrupted or absent ROM table is jumped through; the bad-vectors
 * scenarios must catch it.
 */
#include "internal.h"

sysboot_status sysboot_validate_vectors(const sysboot_device *d)
{
    (void)d;
    return SYSBOOT_OK;
}

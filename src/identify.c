/*
 * Which chip is this? SCB->CPUID says which core runs, the SYSBOOT_IDCODE
 * rows say where that core's DBGMCU_IDCODE lives, and DEV_ID (IDCODE[11:0])
 * picks the device row. Builds that know their part, or parts whose IDCODE
 * reads 0 from user code (early F1 revisions), define SYSBOOT_DEV_ID.
 */
#include "internal.h"
#include "core_regs.h"
#include "hw.h"

#include <stddef.h>

#define SYSBOOT_DEV_ID_MASK 0xFFFu

uint32_t sysboot_core_part(void)
{
    return (sysboot_hw_read(SYSBOOT_SCB_CPUID) >> 4) & 0xFFFu;
}

const sysboot_device *sysboot_identify(void)
{
#if defined(SYSBOOT_DEV_ID)
    return sysboot_lookup(SYSBOOT_DEV_ID);
#else
    uint32_t cpuid = sysboot_hw_read(SYSBOOT_SCB_CPUID);
    unsigned count, i;
    const sysboot_idcode_site *sites = sysboot_idcode_sites(&count);

    for (i = 0; i < count; i++) {
        if ((cpuid & sites[i].cpuid_mask) == sites[i].cpuid_value) {
            uint32_t dev_id = sysboot_hw_read(sites[i].idcode_addr) & SYSBOOT_DEV_ID_MASK;
            /* A nonzero DEV_ID means this core's DBGMCU is here: an unknown
             * part, not a reason to read further sites, where nothing may
             * answer and the read may fault. */
            if (dev_id != 0u)
                return sysboot_lookup(dev_id);
        }
    }
    return NULL;
#endif
}

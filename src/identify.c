/*
 * Which chip is this?
 *
 * A build that names its line (line.h) reads the DEV_ID where that line's
 * CPU reads DBGMCU_IDCODE (SYSBOOT_DBGMCU) and accepts only its own, or 0 on
 * a line whose errata say the read may give 0 without a debugger: a wrong
 * device macro is refused, not trusted.
 *
 * A universal build asks SCB->CPUID which core runs; the SYSBOOT_IDCODE rows
 * say where that core's DBGMCU_IDCODE may live, and DEV_ID (IDCODE[11:0])
 * picks the row. On Armv7-M/v8-M Mainline each site is read as a probe (a
 * bus error there means "not here", not a fault), because a site of one
 * line of a core may be unmapped on another (0xE0044000 on H5, 0x44024000
 * on U5, 0xE0042000 on the H7's Cortex-M4).
 */
#include "decide.h"
#include "hw.h"

#include <stddef.h>

#define SYSBOOT_DEV_ID_MASK 0xFFFu

#if SYSBOOT_TARGETED

const sysboot_device *sysboot_lookup(uint32_t dev_id)
{
    return dev_id == SYSBOOT_LINE_DEV_ID ? sysboot_row(NULL) : NULL;
}

const sysboot_device *sysboot_identify(void)
{
    return sysboot_line_is_here() ? sysboot_row(NULL) : NULL;
}

#else

/* 1 and *value read; 0 if the read raised a bus error (nothing there). */
static int read_site(uint32_t addr, uint32_t *value)
{
#if SYSBOOT_CORE_HAS_FAULTMASK
    uint32_t ccr = sysboot_hw_read(SYSBOOT_SCB_CCR);
    uint32_t masked = sysboot_core_faultmask() & 1u;
    uint32_t error = 1u; /* unreadable unless the probe is armed */

    /* A precise bus error of a data read at priority -1 (FAULTMASK) is
     * ignored while CCR.BFHFNMIGN is set: BFSR.PRECISERR records it. An
     * earlier error's sticky flag is cleared first so it cannot answer. */
    if ((sysboot_hw_read(SYSBOOT_SCB_CFSR) & SYSBOOT_CFSR_PRECISERR) != 0u)
        sysboot_hw_write(SYSBOOT_SCB_CFSR, SYSBOOT_CFSR_PRECISERR | SYSBOOT_CFSR_BFARVALID);
    sysboot_core_fault_mask();
    sysboot_hw_write(SYSBOOT_SCB_CCR, ccr | SYSBOOT_CCR_BFHFNMIGN);
    sysboot_core_dsb();
    sysboot_core_isb();
    /* Non-secure code of an Armv8-M part may find the bit RAZ/WI (secure
     * only while AIRCR.BFHFNMINS is 0): a bus error would then fault, so
     * the site is not read at all. */
    if ((sysboot_hw_read(SYSBOOT_SCB_CCR) & SYSBOOT_CCR_BFHFNMIGN) != 0u) {
        *value = sysboot_hw_read(addr);
        sysboot_core_dsb();
        error = sysboot_hw_read(SYSBOOT_SCB_CFSR) & SYSBOOT_CFSR_PRECISERR;
        if (error != 0u)
            sysboot_hw_write(SYSBOOT_SCB_CFSR, SYSBOOT_CFSR_PRECISERR | SYSBOOT_CFSR_BFARVALID);
    }
    sysboot_hw_write(SYSBOOT_SCB_CCR, ccr);
    sysboot_core_isb();
    if (masked == 0u)
        sysboot_core_fault_unmask();
    return error == 0u;
#else
    /* Armv6-M has no such probe; its sites (0x40015800 on C0, F0, G0, L0,
     * U0) are mapped on every line of the core this build supports. */
    *value = sysboot_hw_read(addr);
    return 1;
#endif
}

const sysboot_device *sysboot_identify(void)
{
    uint32_t cpuid = sysboot_hw_read(SYSBOOT_SCB_CPUID);
    unsigned count, i;
    const sysboot_idcode_site *sites = sysboot_idcode_sites(&count);

    for (i = 0; i < count; i++) {
        uint32_t idcode;
        if ((cpuid & sites[i].cpuid_mask) != sites[i].cpuid_value || !read_site(sites[i].idcode_addr, &idcode))
            continue;
        /* A nonzero DEV_ID means this core's DBGMCU is here: an unknown
         * part, not a reason to read further sites. */
        if ((idcode & SYSBOOT_DEV_ID_MASK) != 0u)
            return sysboot_lookup(idcode & SYSBOOT_DEV_ID_MASK);
    }
    return NULL;
}

#endif

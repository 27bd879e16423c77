/*
 * Verdicts: may this chip enter its ROM from software right now? Reads
 * registers only, so an application can ask before it commits to anything.
 */
#include "internal.h"
#include "core_regs.h"
#include "hw.h"

#include <stddef.h>

static int field_matches(const sysboot_field *f)
{
    return f->reg != 0u && (sysboot_hw_read(f->reg) & f->mask) == f->value;
}

sysboot_status sysboot_check_context(void)
{
    /* Handler mode keeps the active exception's priority after the branch;
     * an unprivileged thread cannot write the NVIC, VTOR or AIRCR. */
    if ((sysboot_core_ipsr() & SYSBOOT_IPSR_EXCEPTION) != 0u)
        return SYSBOOT_ERR_CONTEXT;
    if ((sysboot_core_control() & SYSBOOT_CONTROL_NPRIV) != 0u)
        return SYSBOOT_ERR_CONTEXT;
    return SYSBOOT_OK;
}

/* The words at the bootloader address must look like the ROM's vector
 * table: an initial MSP inside SRAM and a Thumb reset vector inside system
 * memory. Anything else and we would branch into garbage. */
sysboot_status sysboot_validate_vectors(const sysboot_device *d)
{
    uint32_t msp, reset, entry;

    if (d->bootloader == 0u)
        return SYSBOOT_ERR_NO_BOOTLOADER;
    msp = sysboot_hw_read(d->bootloader);
    reset = sysboot_hw_read(d->bootloader + 4u);
    entry = reset & ~1u;
    if ((msp & 3u) != 0u || msp <= d->sram_base || msp - d->sram_base > d->sram_size)
        return SYSBOOT_ERR_NO_BOOTLOADER;
    /* unsigned differences: below the base wraps to a huge offset */
    if ((reset & 1u) == 0u || entry - d->sysmem_base >= d->sysmem_size)
        return SYSBOOT_ERR_NO_BOOTLOADER;
    return SYSBOOT_OK;
}

static int empty_route_usable(const sysboot_profile *p, uint32_t options)
{
    return (options & SYSBOOT_OPT_EMPTY_ROUTE) != 0u && p->empty_reg != 0u;
}

sysboot_status sysboot_check_with(const sysboot_device *d, uint32_t options)
{
    const sysboot_profile *p;
    uint32_t part;

    if (d == NULL)
        return SYSBOOT_ERR_UNKNOWN_DEVICE;
    if ((d->flags & SYSBOOT_DEV_NO_SW_ENTRY) != 0u)
        return SYSBOOT_ERR_NO_SOFTWARE_ENTRY;
    p = sysboot_profile_of(d);
    part = sysboot_core_part();
    if (part != p->core) {
        /* The other core of a dual-core part (H7 CM4, WL CM0+) cannot run
         * the ROM; on a single-core part a mismatch means a wrong row. */
        return (d->flags & SYSBOOT_DEV_DUAL_CORE) != 0u ? SYSBOOT_ERR_WRONG_CORE
                                                        : SYSBOOT_ERR_UNKNOWN_DEVICE;
    }
    if (field_matches(&p->rdp_level2))
        return SYSBOOT_ERR_READ_PROTECTED;
    if (field_matches(&p->trustzone))
        return SYSBOOT_ERR_TRUSTZONE;
    if (((d->flags & SYSBOOT_DEV_BOUNCES) != 0u || field_matches(&p->dual_boot)) &&
        !empty_route_usable(p, options))
        return SYSBOOT_ERR_EMPTY_CHECK;
    return sysboot_validate_vectors(d);
}

sysboot_status sysboot_check(const sysboot_device *d)
{
    return sysboot_check_with(d, 0u);
}

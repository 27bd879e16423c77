/*
 * Everything sysboot_enter() and sysboot_jump_now() decide before they change
 * anything: context, the chip's identity, the verdicts (RDP, TrustZone, the
 * second core, a ROM that returns to flash) and the ROM's vector table. Reads
 * registers only. Inline, so that a build that names its line folds every
 * fact into its caller; a universal build keeps one copy (check.c).
 */
#ifndef SYSBOOT_DECIDE_H
#define SYSBOOT_DECIDE_H

#include "line.h"
#include "core_regs.h"
#include "hw.h"

#include <stddef.h>

/* SCB->CPUID PARTNO of the running core. */
static inline uint32_t sysboot_core_part(void)
{
    return (sysboot_hw_read(SYSBOOT_SCB_CPUID) >> 4) & 0xFFFu;
}

/* The other core of a dual-core line (H7 CM4, WL5x CM0+), which cannot run
 * the ROM. The flag first: a single-core line of a targeted build folds
 * this to 0 and reads no CPUID. */
static inline int sysboot_on_other_core(const sysboot_device *d)
{
    return (sysboot_row(d)->flags & SYSBOOT_DEV_DUAL_CORE) != 0u && sysboot_core_part() != sysboot_facts(d)->core;
}

/* (reg & mask) == value; reg 0: the line has no such register. By value,
 * not by pointer, so that constants fold. */
static inline int sysboot_field_is(uint32_t reg, uint32_t mask, uint32_t value)
{
    return reg != 0u && (sysboot_hw_read(reg) & mask) == value;
}

static inline sysboot_status sysboot_context_verdict(void)
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
static inline sysboot_status sysboot_vectors_verdict(const sysboot_device *row)
{
    uint32_t msp, reset, entry;

    if (row->bootloader == 0u)
        return SYSBOOT_ERR_NO_BOOTLOADER;
    msp = sysboot_hw_read(row->bootloader);
    reset = sysboot_hw_read(row->bootloader + 4u);
    entry = reset & ~1u;
    if ((msp & 3u) != 0u || msp <= row->sram_base || msp - row->sram_base > row->sram_size)
        return SYSBOOT_ERR_NO_BOOTLOADER;
    /* unsigned differences: below the base wraps to a huge offset */
    if ((reset & 1u) == 0u || entry - row->sysmem_base >= row->sysmem_size)
        return SYSBOOT_ERR_NO_BOOTLOADER;
    return SYSBOOT_OK;
}

/* May the line's ROM be entered now? d: the identified row (NULL: none). */
static inline sysboot_status sysboot_verdict(const sysboot_device *d, uint32_t options)
{
    const sysboot_device *row;
    const sysboot_profile *p;

    /* A build that names its line gets NULL only from a chip whose DEV_ID
     * is another line's (sysboot_identify). */
    if (d == NULL)
        return SYSBOOT_TARGETED ? SYSBOOT_ERR_WRONG_DEVICE : SYSBOOT_ERR_UNKNOWN_DEVICE;
    row = sysboot_row(d);
    if ((row->flags & SYSBOOT_DEV_NO_SW_ENTRY) != 0u)
        return SYSBOOT_ERR_NO_SOFTWARE_ENTRY;
    if ((row->flags & SYSBOOT_DEV_ENTRY_UNCONFIRMED) != 0u)
        return SYSBOOT_ERR_ENTRY_UNCONFIRMED;
    p = sysboot_facts(d);
    if (sysboot_core_part() != p->core) {
        /* The other core of a dual-core part (H7 CM4, WL CM0+) cannot run
         * the ROM; on a single-core part a mismatch means a wrong row. */
        return (row->flags & SYSBOOT_DEV_DUAL_CORE) != 0u ? SYSBOOT_ERR_WRONG_CORE
                                                          : SYSBOOT_ERR_UNKNOWN_DEVICE;
    }
    if (sysboot_field_is(p->rdp_level2.reg, p->rdp_level2.mask, p->rdp_level2.value))
        return SYSBOOT_ERR_READ_PROTECTED;
    if (sysboot_field_is(p->trustzone.reg, p->trustzone.mask, p->trustzone.value))
        return SYSBOOT_ERR_TRUSTZONE;
    /* A ROM that re-checks flash returns to it, unless the documented empty
     * route is asked for and the line has one. */
    if (((row->flags & SYSBOOT_DEV_BOUNCES) != 0u ||
         sysboot_field_is(p->dual_boot.reg, p->dual_boot.mask, p->dual_boot.value)) &&
        ((options & SYSBOOT_OPT_EMPTY_ROUTE) == 0u || p->empty_reg == 0u))
        return SYSBOOT_ERR_EMPTY_CHECK;
    return sysboot_vectors_verdict(row);
}

/* Does the request record lie in SRAM the line's ROM bootloader uses for
 * itself (SYSBOOT_ROM_RAM)? A bootloader session would overwrite it, and
 * the clean reset after the ROM would be lost. */
#if SYSBOOT_TARGETED
#define SYSBOOT_ROM_RAM_HIT(dev_id, first, end, source) \
    ((dev_id) == SYSBOOT_LINE_DEV_ID && at - (uint32_t)(first) < (uint32_t)(end) - (uint32_t)(first)) ||
static inline int sysboot_record_in_rom_ram(const sysboot_device *d, uint32_t at)
{
    (void)d;
    (void)at; /* a line with no SYSBOOT_ROM_RAM row never looks */
    return
#define SYSBOOT_ROM_RAM SYSBOOT_ROM_RAM_HIT
#include "data_rows.h"
        0;
}
#else
int sysboot_record_in_rom_ram(const sysboot_device *d, uint32_t at);
#endif

#if SYSBOOT_TARGETED
/* The line's own DBGMCU_IDCODE holds its DEV_ID, or 0 where errata say it
 * may read 0 without a debugger; a line with no DBGMCU has nothing to
 * compare (it has no software entry either). */
static inline int sysboot_line_is_here(void)
{
    uint32_t at = sysboot_idcode_addr(NULL);
    uint32_t dev_id = at != 0u ? sysboot_hw_read(at) & 0xFFFu : 0u;

    return dev_id == SYSBOOT_LINE_DEV_ID ||
           (dev_id == 0u && (at == 0u || (sysboot_row(NULL)->flags & SYSBOOT_DEV_IDCODE_MAY_READ_0) != 0u));
}

static inline sysboot_status sysboot_decide_here(const sysboot_device **out, uint32_t options)
{
    sysboot_status st = sysboot_context_verdict();

    if (st != SYSBOOT_OK)
        return st;
    /* The other core of a dual-core line may not reach the DBGMCU address
     * of the line's main core (WL5x CM0+): its core is asked first. */
    if (sysboot_on_other_core(NULL))
        return SYSBOOT_ERR_WRONG_CORE;
    *out = sysboot_line_is_here() ? SYSBOOT_THIS_LINE : NULL;
    return sysboot_verdict(*out, options);
}
#define SYSBOOT_DECIDE(out, options) sysboot_decide_here(out, options)
#else
#define SYSBOOT_DECIDE(out, options) sysboot_decide(out, options)
#endif

#endif /* SYSBOOT_DECIDE_H */

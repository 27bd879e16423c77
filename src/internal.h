/*
 * Declarations shared by the library's files; not part of the public API.
 */
#ifndef SYSBOOT_INTERNAL_H
#define SYSBOOT_INTERNAL_H

#include "sysboot.h"
#include "core.h"

/* A register field test: (reg & mask) == value. reg 0: no such register. */
typedef struct {
    uint32_t reg;
    uint32_t mask;
    uint32_t value;
} sysboot_field;

/* The register facts of one family (a SYSBOOT_PROFILE row). */
typedef struct {
    uint16_t core;              /* SYSBOOT_CORE_* that runs the ROM */
    sysboot_field remap;        /* value written into the field */
    uint32_t remap_clock_reg;   /* clock enable needed before the remap */
    uint32_t remap_clock_mask;
    uint32_t reset_reg;         /* reset-cause register */
    uint32_t reset_sw_mask;     /* its software-reset flag */
    uint32_t reset_clear_mask;  /* RMVF */
    sysboot_field rdp_level2;
    sysboot_field trustzone;
    sysboot_field dual_boot;
    uint32_t empty_reg;         /* flash "empty" flag software may force */
    uint32_t empty_mask;
} sysboot_profile;

/* One SYSBOOT_IDCODE row: where DBGMCU_IDCODE lives for a core. */
typedef struct {
    uint32_t cpuid_mask;
    uint32_t cpuid_value;
    uint32_t idcode_addr;
} sysboot_idcode_site;

const sysboot_idcode_site *sysboot_idcode_sites(unsigned *count);

/* Handler mode or an unprivileged thread: SYSBOOT_ERR_CONTEXT. */
sysboot_status sysboot_check_context(void);

/* ---- The request record (record.h, record.c) ------------------------------ */

/* Small numbers: the key and the check word tell a record from garbage,
 * and small constants keep sysboot_early() short. */
enum {
    SYSBOOT_STATE_IDLE = 1u,       /* sysboot_early() ran; nothing asked */
    SYSBOOT_STATE_REQUEST = 2u,    /* sysboot_enter() asked; reset pending */
    SYSBOOT_STATE_IN_ROM = 3u,     /* handed over: the next start is a return */
    SYSBOOT_STATE_RESETTING = 4u   /* back from the ROM; one clean reset under way */
};


/* Everything sysboot_enter() and sysboot_jump_now() decide before they
 * change anything (decide.h), out of line in a universal build. *out is
 * the identified row. */
sysboot_status sysboot_decide(const sysboot_device **out, uint32_t options);

#endif /* SYSBOOT_INTERNAL_H */

/*
 * The request record: what sysboot_enter() leaves for sysboot_early() across
 * a system reset, in the NOLOAD section .sysboot_noinit (startup code neither
 * loads nor zeroes it). Four aligned words, always written whole:
 *   key      SYSBOOT_RECORD_KEY
 *   request  state (high half) and options (low half)
 *   check    ~(key ^ request): every bit of both fields, none shared
 *   zero     written, never read: the record spans whole 64-bit ECC words
 * Garbage after power-on, a stray write or another firmware's record fails
 * the key or the check. Inline: sysboot_early() stays a leaf.
 */
#ifndef SYSBOOT_RECORD_H
#define SYSBOOT_RECORD_H

#include "line.h"
#include "core_regs.h"
#include "hw.h"

#include <stdint.h>

#define SYSBOOT_RECORD_KEY 0x5B007AB2u
#define SYSBOOT_RECORD_OPTIONS 0xFFFFu

typedef struct {
    uint32_t key;
    uint32_t request;
    uint32_t check;
    uint32_t zero;
} sysboot_record_words;

extern volatile sysboot_record_words sysboot_record;

/* 1 and *request filled when the record is well formed. */
static inline int sysboot_record_get(uint32_t *request)
{
    uint32_t r = sysboot_hw_ram_read(&sysboot_record.request);

    if (sysboot_hw_ram_read(&sysboot_record.key) != SYSBOOT_RECORD_KEY ||
        sysboot_hw_ram_read(&sysboot_record.check) != ~(SYSBOOT_RECORD_KEY ^ r))
        return 0;
    *request = r;
    return 1;
}

static inline uint32_t sysboot_record_state(uint32_t request)
{
    return request >> 16;
}

/* Every word, in address order. No barrier, no cache maintenance: enough
 * where caches are off (sysboot_early() after a reset); elsewhere
 * sysboot_record_write(). */
static inline void sysboot_record_set(uint32_t state, uint32_t options)
{
    uint32_t r = state << 16 | (options & SYSBOOT_RECORD_OPTIONS);

    sysboot_record.key = SYSBOOT_RECORD_KEY;
    sysboot_record.request = r;
    sysboot_record.check = ~(SYSBOOT_RECORD_KEY ^ r);
    sysboot_record.zero = 0u;
}

/* sysboot_record_set(), then durable: DSB, and a clean of the record's
 * line where a Cortex-M7 D-cache is on (the application may have it on). */
static inline void sysboot_record_write(const sysboot_device *d, uint32_t state, uint32_t options)
{
    sysboot_record_set(state, options);
    sysboot_core_dsb();
    /* A write-back D-cache would keep the record from SRAM across the reset. */
    if (sysboot_facts(d)->core == SYSBOOT_CORE_M7 &&
        (sysboot_hw_read(SYSBOOT_SCB_CCR) & SYSBOOT_CCR_DC) != 0u) {
        sysboot_hw_write(SYSBOOT_SCB_DCCMVAC, (uint32_t)(uintptr_t)&sysboot_record);
        sysboot_core_dsb();
    }
}

#endif /* SYSBOOT_RECORD_H */

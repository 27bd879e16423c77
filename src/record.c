/*
 * The request record: what sysboot_enter() leaves for sysboot_early() across
 * a system reset. It sits in the NOLOAD section .sysboot_noinit, so startup
 * code neither loads nor zeroes it. It fills one 32-byte cache line:
 *   - every word is written, as aligned 32-bit stores, so SRAM with ECC
 *     (H7, H5) has whole ECC words and nothing half-written is lost at reset;
 *   - a key, its complement and a check word make garbage after power-on
 *     (or a stray write) fail validation;
 *   - it is cleaned from the D-cache (Cortex-M7) and fenced with DSB.
 */
#include "internal.h"
#include "core_regs.h"
#include "hw.h"

#define SYSBOOT_RECORD_KEY 0x5B007AB1u

__attribute__((section(".sysboot_noinit"), aligned(32)))
volatile sysboot_record_words sysboot_record;

static uint32_t record_check(uint32_t state, uint32_t attempts, uint32_t options)
{
    return ~(SYSBOOT_RECORD_KEY ^ (state * 0x9E3779B1u) ^ (attempts << 16) ^ (options << 8));
}

int sysboot_record_read(sysboot_request *out)
{
    uint32_t state = sysboot_record.state;
    uint32_t attempts = sysboot_record.attempts;
    uint32_t options = sysboot_record.options;

    if (sysboot_record.key != SYSBOOT_RECORD_KEY ||
        sysboot_record.key_inverse != ~SYSBOOT_RECORD_KEY ||
        sysboot_record.check != record_check(state, attempts, options))
        return 0;
    out->state = state;
    out->attempts = attempts;
    out->options = options;
    return 1;
}

void sysboot_record_write(uint32_t state, uint32_t attempts, uint32_t options)
{
    unsigned i;

    sysboot_record.key = SYSBOOT_RECORD_KEY;
    sysboot_record.key_inverse = ~SYSBOOT_RECORD_KEY;
    sysboot_record.state = state;
    sysboot_record.attempts = attempts;
    sysboot_record.options = options;
    sysboot_record.check = record_check(state, attempts, options);
    for (i = 0; i < SYSBOOT_RECORD_SPARE; i++)
        sysboot_record.spare[i] = 0u;
    sysboot_core_dsb();
    /* A write-back D-cache would keep the record from SRAM across the reset. */
    if (sysboot_core_part() == SYSBOOT_CORE_M7 &&
        (sysboot_hw_read(SYSBOOT_SCB_CCR) & SYSBOOT_CCR_DC) != 0u) {
        sysboot_hw_write(SYSBOOT_SCB_DCCMVAC, (uint32_t)(uintptr_t)&sysboot_record);
        sysboot_core_dsb();
    }
}

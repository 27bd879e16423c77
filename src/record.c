/*
 * The request record's storage, and its durable write for code that runs
 * with caches on (sysboot_enter, sysboot_jump_now). Format: record.h.
 */
#include "line.h"
#include "record.h"
#include "core_regs.h"
#include "hw.h"

__attribute__((section(".sysboot_noinit"), aligned(32)))
volatile sysboot_record_words sysboot_record;

void sysboot_record_write(const sysboot_device *d, uint32_t state, uint32_t options)
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

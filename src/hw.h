/*
 * The one register-access layer. Every memory-mapped access of the library
 * goes through sysboot_hw_read/sysboot_hw_write, so a host test build
 * (SYSBOOT_FAKE_HW) can point them at a fake register space and drive every
 * decision without a chip.
 */
#ifndef SYSBOOT_HW_H
#define SYSBOOT_HW_H

#include <stdint.h>

#if defined(SYSBOOT_FAKE_HW)
uint32_t sysboot_hw_read(uint32_t addr);
void sysboot_hw_write(uint32_t addr, uint32_t value);
uint32_t sysboot_hw_code_address(void);
uint32_t sysboot_hw_data_address(const volatile void *object);
uint32_t sysboot_hw_ram_read(const volatile uint32_t *word);
#else
static inline uint32_t sysboot_hw_read(uint32_t addr)
{
    return *(volatile const uint32_t *)(uintptr_t)addr;
}

static inline void sysboot_hw_write(uint32_t addr, uint32_t value)
{
    *(volatile uint32_t *)(uintptr_t)addr = value;
}

/* Where the library's code runs: this function's own address, in the
 * translation unit that asks (internal flash, RAM or an external memory). */
static inline uint32_t sysboot_hw_code_address(void)
{
    return (uint32_t)(uintptr_t)&sysboot_hw_code_address;
}

/* Where an object of the library lies in the chip's memory map. */
static inline uint32_t sysboot_hw_data_address(const volatile void *object)
{
    return (uint32_t)(uintptr_t)object;
}

/* A word of the library's own RAM (the request record): a plain load here,
 * logged by a host test's fake so it can tell what a boot read. */
static inline uint32_t sysboot_hw_ram_read(const volatile uint32_t *word)
{
    return *word;
}
#endif

static inline void sysboot_hw_set_bits(uint32_t addr, uint32_t bits)
{
    sysboot_hw_write(addr, sysboot_hw_read(addr) | bits);
}

static inline void sysboot_hw_clear_bits(uint32_t addr, uint32_t bits)
{
    sysboot_hw_write(addr, sysboot_hw_read(addr) & ~bits);
}

/* Replace the bits of `mask` with `value`. */
static inline void sysboot_hw_write_field(uint32_t addr, uint32_t mask, uint32_t value)
{
    sysboot_hw_write(addr, (sysboot_hw_read(addr) & ~mask) | (value & mask));
}

#endif /* SYSBOOT_HW_H */

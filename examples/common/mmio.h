/* Register access for the example boards: one volatile word at an address. */
#ifndef EXAMPLE_MMIO_H
#define EXAMPLE_MMIO_H

#include <stdint.h>

#define MMIO32(addr) (*(volatile uint32_t *)(uintptr_t)(addr))

/* NVIC_ISERn: one enable bit per interrupt line (ARMv6-M/ARMv7-M ARM B3.4). */
#define NVIC_ISER(n) MMIO32(0xE000E100u + 4u * ((uint32_t)(n) / 32u))

static inline void nvic_enable(uint32_t irqn)
{
    NVIC_ISER(irqn) = 1u << (irqn % 32u);
}

#endif /* EXAMPLE_MMIO_H */

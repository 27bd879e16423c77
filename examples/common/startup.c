/*
 * A minimal Cortex-M startup for the sysboot examples (written for them; not
 * a vendor file). What matters for sysboot is the order in Reset_Handler:
 *
 *   1. sysboot_early()   while everything is in reset state: no clocks,
 *                        caches, interrupts or RTOS to undo; it branches
 *                        to the ROM if a request is pending, else returns;
 *   2. .data copy and .bss zeroing;
 *   3. clock set-up (the examples keep the reset clock), then main().
 *
 * sysboot_early() needs none of .data/.bss: its record lives in the NOLOAD
 * section .sysboot_noinit (ld/sysboot.ld) and its tables are const.
 */
#include <stdint.h>

#include "board.h"
#include "sysboot.h"

/* From the linker script. */
extern uint32_t _sidata, _sdata, _edata, _sbss, _ebss, _estack;

int main(void);
void Reset_Handler(void);
void Default_Handler(void);

/* Handlers an example may define; the rest end in Default_Handler. */
void NMI_Handler(void) __attribute__((weak, alias("Default_Handler")));
void HardFault_Handler(void) __attribute__((weak, alias("Default_Handler")));
void SVC_Handler(void) __attribute__((weak, alias("Default_Handler")));
void PendSV_Handler(void) __attribute__((weak, alias("Default_Handler")));
void SysTick_Handler(void) __attribute__((weak, alias("Default_Handler")));
#ifdef BOARD_USB_IRQN
void board_usb_irq(void) __attribute__((weak, alias("Default_Handler")));
#endif

void Reset_Handler(void)
{
    uint32_t *src = &_sidata;
    uint32_t *dst;

    sysboot_early();

    for (dst = &_sdata; dst < &_edata; dst++)
        *dst = *src++;
    for (dst = &_sbss; dst < &_ebss; dst++)
        *dst = 0u;

    (void)main();
    for (;;) {
    }
}

void Default_Handler(void)
{
    for (;;) {
    }
}

typedef void (*vector_handler)(void);

/* The table the core reads at reset: initial MSP, then the handlers (lines
 * no example enables stay 0). A struct keeps the stack address a data
 * pointer: ISO C has no conversion between object and function pointers. */
struct vector_table {
    uint32_t *initial_sp;
    vector_handler handlers[15 + BOARD_IRQ_COUNT];
};

__attribute__((section(".isr_vector"), used))
const struct vector_table vector_table = {
    &_estack,
    {
        [0] = Reset_Handler,
        [1] = NMI_Handler,
        [2] = HardFault_Handler,
        [3] = Default_Handler,  /* MemManage (ARMv7-M) */
        [4] = Default_Handler,  /* BusFault */
        [5] = Default_Handler,  /* UsageFault */
        [10] = SVC_Handler,
        [11] = Default_Handler, /* DebugMon */
        [13] = PendSV_Handler,
        [14] = SysTick_Handler,
        [15 + BOARD_CONSOLE_IRQN] = board_console_irq,
#ifdef BOARD_USB_IRQN
        [15 + BOARD_USB_IRQN] = board_usb_irq,
#endif
    }
};

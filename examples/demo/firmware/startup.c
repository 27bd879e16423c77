/*
 * Start-up: the vector table and Reset_Handler. sysboot_early() is the very
 * first call, before .data is copied and .bss zeroed, before any clock or
 * cache set-up: if a bootloader request is pending it branches to the ROM
 * from reset state and never returns.
 */
#include "sysboot.h"

#include <stdint.h>

extern uint32_t _sidata, _sdata, _edata, _sbss, _ebss, _estack;
int main(void);
void Reset_Handler(void);
void Default_Handler(void);

typedef void (*demo_handler)(void);

/* Initial MSP, then the 15 system handlers; a struct keeps the stack
 * address a data pointer (ISO C does not convert it to a function's). */
__attribute__((section(".vectors"), used))
const struct {
    uint32_t *initial_sp;
    demo_handler handlers[15];
} demo_vectors = {
    &_estack,
    { Reset_Handler, Default_Handler, Default_Handler, Default_Handler, Default_Handler,
      Default_Handler, 0, 0, 0, 0, Default_Handler, Default_Handler, 0, Default_Handler,
      Default_Handler }
};

void Reset_Handler(void)
{
    uint32_t *src = &_sidata, *dst;

    sysboot_early();
    for (dst = &_sdata; dst < &_edata;)
        *dst++ = *src++;
    for (dst = &_sbss; dst < &_ebss;)
        *dst++ = 0;
    (void)main();
    for (;;) {
    }
}

void Default_Handler(void)
{
    for (;;) {
    }
}

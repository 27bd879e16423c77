/*
 * The scaffold every measured program shares: a two-word vector table and
 * a Reset_Handler. Its own bytes are left out of every figure (run.sh
 * counts only the sections of the measured objects).
 */
#include "program.h"

#include "semihost.h"

#include <stdint.h>

extern uint32_t _sidata, _sdata, _edata, _sbss, _ebss, _estack;

void Reset_Handler(void);

typedef struct {
    uint32_t *initial_sp;
    void (*reset)(void);
} program_vector_table;

__attribute__((section(".vectors"), used)) const program_vector_table program_vectors = {
    &_estack, Reset_Handler
};

void Reset_Handler(void)
{
    uint32_t *src = &_sidata, *dst;

    program_early();
    for (dst = &_sdata; dst < &_edata;)
        *dst++ = *src++;
    for (dst = &_sbss; dst < &_ebss;)
        *dst++ = 0;
    program_main();
    sh_exit(0); /* the measured call came back: no ROM */
}

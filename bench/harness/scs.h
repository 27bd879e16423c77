/*
 * The System Control Space (0xE000E000-0xE000EFFF) as the library sees it:
 * SysTick, NVIC set/clear pairs, SCB (ICSR, VTOR, AIRCR, SCR, CCR, CPACR), MPU,
 * FPU (FPCCR) and the Cortex-M7 cache-maintenance registers.
 */
#ifndef BENCH_SCS_H
#define BENCH_SCS_H

#include <stdint.h>

#define SCS_NVIC_WORDS 16

typedef struct {
    uint32_t iser[SCS_NVIC_WORDS], ispr[SCS_NVIC_WORDS];
    uint32_t syst_ctrl, syst_load, syst_val;
    uint32_t icsr_pend;            /* PENDSTSET (26) / PENDSVSET (28) */
    uint32_t vtor, aircr_prigroup, scr, ccr, cpacr, fpccr, csselr;
    uint32_t mpu_ctrl;
    uint32_t cfsr, bfar;           /* a precise bus error the core absorbed */
    int icache_invalidated_after_off; /* ICIALLU seen since CCR.IC was last cleared */
    int icache_was_on;
    uint32_t store[0x1000 / 4];    /* everything else: plain read/write */
} scs_state;

extern scs_state bench_scs;

void scs_reset(void);
/* Map the SCS into the engine. */
void scs_map(void);
/* A read of addr raised a bus error: 1 if the core absorbed it (FAULTMASK
 * and CCR.BFHFNMIGN, CFSR.PRECISERR now set), 0 if it is a HardFault. */
int scs_bus_error(uint32_t addr);
/* NVIC words the core implements (ICTR.INTLINESNUM + 1). */
unsigned scs_nvic_words(void);

#endif

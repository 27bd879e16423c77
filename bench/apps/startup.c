/*
 * Test application start-up: the vector table and a Reset_Handler that
 * calls sysboot_early() first, before .data/.bss, as the library asks;
 * built with -DBENCH_SKIP_EARLY, an application that never calls it.
 */
#include "sysboot.h"

#include "../common/bench_ctl.h"
#include "../common/semihost.h"
#include "app.h"

#include <stdint.h>

extern uint32_t _sidata, _sdata, _edata, _sbss, _ebss, _estack;

void Reset_Handler(void);
void Unexpected_Handler(void);

__attribute__((section(".vectors"), used)) const void *const app_vectors[16 + 32] = {
    &_estack, (const void *)Reset_Handler,
    [2 ... 10] = (const void *)Unexpected_Handler,
    [11] = (const void *)SVC_Handler,
    [12 ... 15 + APP_TEST_IRQ] = (const void *)Unexpected_Handler,
    [16 + APP_TEST_IRQ] = (const void *)Test_IRQHandler,
    [17 + APP_TEST_IRQ ... 47] = (const void *)Unexpected_Handler,
};

void Reset_Handler(void)
{
    uint32_t *src = &_sidata, *dst;

#if !defined(BENCH_SKIP_EARLY)
    sysboot_early();
#endif
    BENCH_CTL->boots++;
    for (dst = &_sdata; dst < &_edata;)
        *dst++ = *src++;
    for (dst = &_sbss; dst < &_ebss;)
        *dst++ = 0;
    app_main();
}

void Unexpected_Handler(void)
{
    uint32_t ipsr;
    __asm__ volatile("mrs %0, ipsr" : "=r"(ipsr));
    sh_puts("APP: FAIL unexpected exception, IPSR=");
    sh_hex(ipsr);
    sh_puts("\n");
    sh_exit(0);
}

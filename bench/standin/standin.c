/*
 * Stand-in ROM: vector table and entry. The reset handler is naked: it
 * captures SP, CONTROL, PRIMASK, IPSR (and BASEPRI, FAULTMASK) before
 * anything touches the stack, then runs the checks on its own stack.
 * There is no C runtime here: no .data, no .bss, state lives on the stack
 * or in the bench control block.
 */
#include "standin.h"

#include "../common/bench_ctl.h"
#include "../common/semihost.h"

void standin_reset(void);
void standin_exception(void);
void standin_main(const standin_entry_state *s);

/* 16 system exceptions and the first 48 IRQ lines: an interrupt left
 * pending by the application must land in standin_exception, not in code.
 * (F1's system memory is 2 KiB: the table cannot be much longer.) */
__attribute__((section(".vectors"), used)) const void *const standin_vectors[16 + 48] = {
    (const void *)STANDIN_MSP, (const void *)standin_reset,
    [2 ... 63] = (const void *)standin_exception,
};

__attribute__((naked, noreturn)) void standin_reset(void)
{
#if STANDIN_V6M
    __asm__ volatile(
        "mov r4, sp\n"
        "mrs r5, control\n"
        "mrs r6, primask\n"
        "mrs r7, ipsr\n"
        "movs r0, #0\n"
        "msr control, r0\n"       /* from here on: MSP, whatever we were given */
        "isb\n"
        "ldr r0, =%c0\n"
        "mov sp, r0\n"
        "sub sp, #24\n"
        "mov r0, sp\n"
        "str r4, [r0, #0]\n"
        "str r5, [r0, #4]\n"
        "str r6, [r0, #8]\n"
        "str r7, [r0, #12]\n"
        "movs r1, #0\n"
        "str r1, [r0, #16]\n"
        "str r1, [r0, #20]\n"
        "bl standin_main\n"
        "b .\n"
        ".ltorg\n" ::"i"(STANDIN_MSP));
#else
    __asm__ volatile(
        "mov r4, sp\n"
        "mrs r5, control\n"
        "mrs r6, primask\n"
        "mrs r7, ipsr\n"
        "mrs r8, basepri\n"
        "mrs r9, faultmask\n"
        "movs r0, #0\n"
        "msr control, r0\n"
        "isb\n"
        "ldr r0, =%c0\n"
        "mov sp, r0\n"
        "sub sp, #24\n"
        "mov r0, sp\n"
        "stm r0, {r4-r9}\n"
        "bl standin_main\n"
        "b .\n"
        ".ltorg\n" ::"i"(STANDIN_MSP));
#endif
}

/* Anything taken here (SysTick, an IRQ left pending) is a hand-over bug. */
void standin_exception(void)
{
    uint32_t ipsr;
    __asm__ volatile("mrs %0, ipsr" : "=r"(ipsr));
    sh_puts("ROM: FAIL exception taken inside the ROM, IPSR=");
    sh_hex(ipsr);
    sh_puts("\n");
    BENCH_CTL->standin_fail++;
    sh_exit(0);
}

void standin_main(const standin_entry_state *s)
{
    volatile bench_ctl *ctl = BENCH_CTL;
    unsigned failed;
    uint32_t go;

    ctl->rom_entries++;
    sh_puts("ROM: stand-in entered, DEV_ID ");
    sh_hex(STANDIN_DEV_ID);
    sh_puts("\n");
    failed = standin_check(s);
    ctl->standin_fail += failed;
    sh_puts(failed ? "ROM: entry checks FAIL\n" : "ROM: entry checks PASS\n");
    standin_flash_entry();
    if (failed || ctl->standin_mode == BENCH_STANDIN_EXIT)
        sh_exit(failed == 0);
    if (ctl->standin_mode == BENCH_STANDIN_AUTO_GO)
        go = 0x08000000u;
    else
        go = standin_serve_an3155();
    sh_puts("ROM: GO ");
    sh_hex(go);
    sh_puts("\n");
    ctl->resets_at_go = ctl->resets;
    standin_go(go);
}

__attribute__((noreturn)) void standin_go(uint32_t addr)
{
    uint32_t msp = REG32(addr), pc = REG32(addr + 4u);
    /* A real ROM leaves its own state behind; so do we: SysTick running and
     * an NVIC line enabled (the USART's), for sysboot_early() to clean up. */
    REG32(0xE000E014u) = 0xFFFFu;
    REG32(0xE000E010u) = 3u;
    REG32(0xE000E100u) = 1u << 5;
    __asm__ volatile("msr msp, %0\n bx %1\n" ::"r"(msp), "r"(pc));
    for (;;) {
    }
}

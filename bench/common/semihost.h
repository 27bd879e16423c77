/* Semihosting (BKPT 0xAB) for the bench's guests: text out, and the exit. */
#ifndef BENCH_SEMIHOST_H
#define BENCH_SEMIHOST_H

#include <stdint.h>

static inline void sh_call(uint32_t op, const void *arg)
{
    register uint32_t r0 __asm__("r0") = op;
    register const void *r1 __asm__("r1") = arg;
    __asm__ volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
}

static inline void sh_puts(const char *s)
{
    sh_call(0x04u, s);                                  /* SYS_WRITE0 */
}

static inline void sh_hex(uint32_t v)
{
    char b[11];
    int i;
    b[0] = '0';
    b[1] = 'x';
    for (i = 0; i < 8; i++) {
        uint32_t n = (v >> (28 - 4 * i)) & 0xFu;
        b[2 + i] = (char)(n < 10 ? '0' + n : 'a' + n - 10);
    }
    b[10] = 0;
    sh_puts(b);
}

/* SYS_EXIT: ADP_Stopped_ApplicationExit is success (QEMU exits 0), the
 * run-time-error reason a failure (QEMU exits 1). */
static inline __attribute__((noreturn)) void sh_exit(int ok)
{
    sh_call(0x18u, (const void *)(uintptr_t)(ok ? 0x20026u : 0x20023u));
    for (;;) {
    }
}

#endif

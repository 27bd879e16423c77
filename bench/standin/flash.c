/*
 * The ROM's flash commands (AN3155): Erase (0x43) or Extended Erase (0x44),
 * whichever the line's ROM has (STANDIN_ERASE_CMD, from its SYSBOOT_FLASH
 * row), Write Memory into flash, and the refusals of a protected chip. The
 * programming itself is the flash model's (common/flash_port.h), which
 * holds the line's layout and programming rules. Built only for boards
 * whose line has a row (STANDIN_FLASH_BASE).
 */
#include "standin.h"
#include "usart.h"

#include "../common/flash_port.h"

#ifdef STANDIN_FLASH_BASE

#define ACK  0x79u
#define NACK 0x1Fu

static uint32_t flash_op(uint32_t op, const void *arg)
{
    register uint32_t r0 __asm__("r0") = op;
    register const void *r1 __asm__("r1") = arg;
    __asm__ volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
    return r0;
}

/* AN3155: with read protection active, Read Memory, Write Memory and the
 * erase commands are refused at once, before their first ACK. */
int standin_flash_refuses(uint8_t cmd)
{
    if (cmd != 0x11u && cmd != 0x31u && cmd != 0x43u && cmd != 0x44u)
        return 0;
    return (flash_op(BENCH_SH_FLASH_STATE, 0) & BENCH_FLASH_STATE_RDP1) != 0u;
}

int standin_flash_write(uint32_t addr, const uint8_t *data, unsigned length)
{
    bench_flash_program w;
    if (addr < STANDIN_FLASH_BASE || addr - STANDIN_FLASH_BASE >= STANDIN_FLASH_SIZE)
        return -1;
    /* AN3155 writes whole words (stm32flash pads to 4 bytes) */
    if ((addr & 3u) != 0u || (length & 3u) != 0u)
        return 0;
    w.address = addr;
    w.source = (uint32_t)(uintptr_t)data;
    w.length = length;
    return flash_op(BENCH_SH_FLASH_PROGRAM, &w) == BENCH_FLASH_OK;
}

static int erase_page(uint32_t page)
{
    return flash_op(BENCH_SH_FLASH_ERASE, &page) == BENCH_FLASH_OK;
}

#if STANDIN_ERASE_CMD == 0x44u
/* Extended Erase: N (two bytes, MSB first) and N + 1 two-byte page numbers,
 * or a special code 0xFFFY alone; then the XOR of every byte after the
 * command. 0xFFFF erases everything; the bank codes are not modelled. */
void standin_flash_erase(void)
{
    uint8_t hi, lo, check;
    uint32_t n, i;
    uint16_t pages[256];
    int ok = 1;
    usart_tx(ACK);
    hi = usart_rx();
    lo = usart_rx();
    check = hi ^ lo;
    n = (uint32_t)hi << 8 | lo;
    if (n >= 0xFFF0u) {
        ok = usart_rx() == check && n == 0xFFFFu && erase_page(BENCH_FLASH_ALL_PAGES);
        usart_tx(ok ? ACK : NACK);
        return;
    }
    for (i = 0; i <= n; i++) {
        hi = usart_rx();
        lo = usart_rx();
        check ^= hi ^ lo;
        if (i < sizeof pages / sizeof pages[0])
            pages[i] = (uint16_t)(hi << 8 | lo);
        else
            ok = 0;                     /* more than the bench's ROM takes at once */
    }
    if (usart_rx() != check)
        ok = 0;
    for (i = 0; ok && i <= n; i++)
        ok = erase_page(pages[i]);
    usart_tx(ok ? ACK : NACK);
}
#else
/* Erase: N (one byte) and N + 1 one-byte page numbers, then their XOR; or
 * 0xFF and its complement 0x00 for a global erase. */
void standin_flash_erase(void)
{
    uint8_t n, check, pages[256];
    unsigned i;
    int ok = 1;
    usart_tx(ACK);
    n = usart_rx();
    if (n == 0xFFu) {
        ok = usart_rx() == 0x00u && erase_page(BENCH_FLASH_ALL_PAGES);
        usart_tx(ok ? ACK : NACK);
        return;
    }
    check = n;
    for (i = 0; i <= n; i++) {
        pages[i] = usart_rx();
        check ^= pages[i];
    }
    if (usart_rx() != check)
        ok = 0;
    for (i = 0; ok && i <= n; i++)
        ok = erase_page(pages[i]);
    usart_tx(ok ? ACK : NACK);
}
#endif

/* A ROM whose line clears the empty-check flag when it starts (G0 V11.3+):
 * a reset after the update runs the flash again. */
void standin_flash_entry(void)
{
#ifdef STANDIN_EMPTY_REG
    REG32(STANDIN_EMPTY_REG) &= ~STANDIN_EMPTY_MASK;
#endif
}

#else
void standin_flash_entry(void)
{
}
#endif

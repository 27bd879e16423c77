/*
 * USART1 at 0x40011000 on both demo boards (RM0090 for the F405, RM0433
 * for the H743), which is also where the emulator puts its USART on the
 * other boards the tests run. The F4 has the older register layout (SR,
 * DR); the others the newer one (ISR, RDR, TDR). -DCONSOLE_SR_DR=1 picks
 * the older.
 * Clock and pin set-up are the board's start-up code's business and are
 * left out: the emulated USART needs none.
 */
#include "console.h"

#define USART1_BASE 0x40011000u

#if defined(CONSOLE_SR_DR) && CONSOLE_SR_DR
#define USART_STATUS (USART1_BASE + 0x00u)
#define USART_RX     (USART1_BASE + 0x04u)
#define USART_TX     (USART1_BASE + 0x04u)
#else
#define USART_STATUS (USART1_BASE + 0x1Cu)
#define USART_RX     (USART1_BASE + 0x24u)
#define USART_TX     (USART1_BASE + 0x28u)
#endif
#define STATUS_RXNE (1u << 5)
#define STATUS_TC   (1u << 6)
#define STATUS_TXE  (1u << 7)

#define REG(addr) (*(volatile uint32_t *)(addr))

static void put(char c)
{
    while ((REG(USART_STATUS) & STATUS_TXE) == 0u) {
    }
    REG(USART_TX) = (uint8_t)c;
}

void console_puts(const char *s)
{
    while (*s != '\0')
        put(*s++);
}

void console_hex(uint32_t v, unsigned digits)
{
    static const char hex[] = "0123456789ABCDEF";
    while (digits-- > 0u)
        put(hex[(v >> (4u * digits)) & 0xFu]);
}

int console_getc(void)
{
    if ((REG(USART_STATUS) & STATUS_RXNE) == 0u)
        return -1;
    return (int)(REG(USART_RX) & 0xFFu);
}

void console_flush(void)
{
    while ((REG(USART_STATUS) & STATUS_TC) == 0u) {
    }
}

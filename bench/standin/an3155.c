/*
 * The USART bootloader protocol (AN3155), the subset stm32flash uses to
 * identify a chip, read, write and GO: GET, GET_VERSION, GET_ID,
 * READ_MEMORY, WRITE_MEMORY (RAM; flash through flash.c), GO, and the
 * line's erase command where its data has a flash row (flash.c).
 */
#include "standin.h"
#include "usart.h"

#include "../common/bench_ctl.h"

#define ACK  0x79u
#define NACK 0x1Fu
#define SYNC 0x7Fu
#define VERSION 0x31u

enum { CMD_GET = 0x00, CMD_GET_VERSION = 0x01, CMD_GET_ID = 0x02, CMD_READ = 0x11, CMD_GO = 0x21,
       CMD_WRITE = 0x31 };

static const uint8_t commands[] = { CMD_GET, CMD_GET_VERSION, CMD_GET_ID, CMD_READ, CMD_GO, CMD_WRITE,
#ifdef STANDIN_ERASE_CMD
                                    STANDIN_ERASE_CMD
#endif
};

/* Four address bytes, MSB first, and their XOR. */
static int rx_address(uint32_t *addr)
{
    uint8_t b[4], x;
    int i;
    for (i = 0; i < 4; i++)
        b[i] = usart_rx();
    x = usart_rx();
    *addr = (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
    return (uint8_t)(b[0] ^ b[1] ^ b[2] ^ b[3]) == x;
}

static int writable(uint32_t addr, unsigned len)
{
    (void)len;
    return addr >= STANDIN_MSP;   /* above our stack: never the app's record */
}

static void cmd_read(void)
{
    uint32_t addr;
    uint8_t n, check;
    unsigned i;
    usart_tx(ACK);
    if (!rx_address(&addr)) {
        usart_tx(NACK);
        return;
    }
    usart_tx(ACK);
    n = usart_rx();
    check = usart_rx();
    if ((uint8_t)(n ^ check) != 0xFFu) {
        usart_tx(NACK);
        return;
    }
    usart_tx(ACK);
    for (i = 0; i <= n; i++)
        usart_tx(*(volatile uint8_t *)(uintptr_t)(addr + i));
}

static void cmd_write(void)
{
    uint32_t addr;
    uint8_t buf[256], n, x;
    unsigned i;
    usart_tx(ACK);
    if (!rx_address(&addr)) {
        usart_tx(NACK);
        return;
    }
    usart_tx(ACK);
    n = usart_rx();
    x = n;
    for (i = 0; i <= n; i++) {
        buf[i] = usart_rx();
        x ^= buf[i];
    }
    if (usart_rx() != x) {
        usart_tx(NACK);
        return;
    }
#ifdef STANDIN_FLASH_BASE
    {
        int programmed = standin_flash_write(addr, buf, n + 1u);
        if (programmed >= 0) {
            usart_tx(programmed ? ACK : NACK);
            return;
        }
    }
#endif
    if (!writable(addr, n + 1u)) {
        usart_tx(NACK);
        return;
    }
    for (i = 0; i <= n; i++)
        *(volatile uint8_t *)(uintptr_t)(addr + i) = buf[i];
    usart_tx(ACK);
}

uint32_t standin_serve_an3155(void)
{
    uint32_t addr;
    unsigned i;
    while (usart_rx() != SYNC) {
    }
    usart_tx(ACK);
    for (;;) {
        uint8_t cmd = usart_rx();
        if (cmd == SYNC) {           /* a second sync after we answered */
            usart_tx(NACK);
            continue;
        }
        if ((uint8_t)(cmd ^ usart_rx()) != 0xFFu) {
            usart_tx(NACK);
            continue;
        }
#ifdef STANDIN_FLASH_BASE
        if (standin_flash_refuses(cmd)) {
            usart_tx(NACK);
            continue;
        }
        if (cmd == STANDIN_ERASE_CMD) {
            standin_flash_erase();
            continue;
        }
#endif
        switch (cmd) {
        case CMD_GET:
            usart_tx(ACK);
            usart_tx(sizeof commands);
            usart_tx(VERSION);
            for (i = 0; i < sizeof commands; i++)
                usart_tx(commands[i]);
            usart_tx(ACK);
            break;
        case CMD_GET_VERSION:
            usart_tx(ACK);
            usart_tx(VERSION);
            usart_tx(0);
            usart_tx(0);
            usart_tx(ACK);
            break;
        case CMD_GET_ID:
            usart_tx(ACK);
            usart_tx(1);
            usart_tx((uint8_t)(STANDIN_DEV_ID >> 8));
            usart_tx((uint8_t)STANDIN_DEV_ID);
            usart_tx(ACK);
            break;
        case CMD_READ:
            cmd_read();
            break;
        case CMD_WRITE:
            cmd_write();
            break;
        case CMD_GO:
            usart_tx(ACK);
            if (!rx_address(&addr)) {
                usart_tx(NACK);
                break;
            }
            usart_tx(ACK);
            return addr;
        default:
            usart_tx(NACK);
        }
    }
}

/* The bench USART as the stand-in drives it (polled, no interrupts). */
#ifndef STANDIN_USART_H
#define STANDIN_USART_H

#include "standin.h"

#if STANDIN_USART_V1                 /* F1/F2/F4: SR, DR */
#define USART_SR  (STANDIN_USART + 0x00u)
#define USART_RDR (STANDIN_USART + 0x04u)
#define USART_TDR (STANDIN_USART + 0x04u)
#else                                /* the others: ISR, RDR, TDR */
#define USART_SR  (STANDIN_USART + 0x1Cu)
#define USART_RDR (STANDIN_USART + 0x24u)
#define USART_TDR (STANDIN_USART + 0x28u)
#endif
#define USART_RXNE (1u << 5)
#define USART_TXE  (1u << 7)

static inline uint8_t usart_rx(void)
{
    while (!(REG32(USART_SR) & USART_RXNE)) {
    }
    return (uint8_t)REG32(USART_RDR);
}

static inline void usart_tx(uint8_t c)
{
    while (!(REG32(USART_SR) & USART_TXE)) {
    }
    REG32(USART_TDR) = c;
}

#endif

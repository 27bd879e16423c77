/*
 * The bench USART on a pseudo-terminal, so the real stm32flash can talk to
 * the stand-in. Two register layouts: F1/F2/F4 (SR, DR) and the newer one
 * (ISR, RDR, TDR). Without a pty the USART reads idle and swallows output.
 */
#ifndef BENCH_USART_H
#define BENCH_USART_H

#include <stdint.h>

/* Create the pty and point `link` at its slave; returns 0 on success. */
int usart_open_pty(const char *link);
void usart_close(void);
/* Bytes move at most at `baud` (10 bits a byte) each way; 0: no limit. */
void usart_set_line_rate(unsigned baud);
uint32_t usart_read(uint32_t offset);
void usart_write(uint32_t offset, uint32_t value);

#endif

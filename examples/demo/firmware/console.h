/* A polled USART1 console: the emulator delivers no interrupts, and a
 * console that needs none runs the same on a board. */
#ifndef DEMO_CONSOLE_H
#define DEMO_CONSOLE_H

#include <stdint.h>

void console_puts(const char *s);
void console_hex(uint32_t v, unsigned digits);
/* The next received byte, or -1 when none is waiting. */
int console_getc(void);
/* Wait until the last byte has left the shift register. */
void console_flush(void);

#endif

/*
 * The few board facts the examples need: a console USART on PA2/PA3 and
 * its interrupt. Pick the board with -DBOARD_STM32F405 or -DBOARD_STM32G071.
 * Clocks stay at their reset values (HSI 16 MHz on both parts), which keeps
 * the examples short and means there is nothing to undo before the ROM.
 */
#ifndef EXAMPLE_BOARD_H
#define EXAMPLE_BOARD_H

#include <stdint.h>

#if defined(BOARD_STM32F405)
/* cmsis_device_f4 stm32f405xx.h: USART2_IRQn = 38, OTG_FS_IRQn = 67,
 * last vector FPU_IRQn = 81 (RM0090 Table 61). */
#define BOARD_CONSOLE_IRQN 38
#define BOARD_USB_IRQN     67
#define BOARD_IRQ_COUNT    82
#elif defined(BOARD_STM32G071)
/* cmsis_device_g0 stm32g071xx.h: USART2_IRQn = 28, 32 vectors (RM0444
 * Table 54). The G071 has no USB. */
#define BOARD_CONSOLE_IRQN 28
#define BOARD_IRQ_COUNT    32
#else
#error "define BOARD_STM32F405 or BOARD_STM32G071"
#endif

/* Console pins, USART at 115200 8N1, receive interrupt enabled. */
void board_init(void);
/* Blocking write of a NUL-terminated string. */
void board_console_write(const char *text);
/* Sleep until the next interrupt. */
void board_idle(void);

/* The console interrupt handler (in the vector table) calls this for every
 * received byte. Defined by the example; runs in handler mode. */
void board_console_rx(uint8_t byte);
/* The console interrupt handler itself. */
void board_console_irq(void);

#endif /* EXAMPLE_BOARD_H */

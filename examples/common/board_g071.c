/*
 * STM32G071: USART2 on PA2 (TX) / PA3 (RX), alternate function 1 (the
 * ST-LINK virtual COM port on NUCLEO-G071RB). Addresses and bits: RM0444
 * (memory map, RCC, GPIO, USART chapters) and cmsis_device_g0 stm32g071xx.h.
 */
#include "board.h"
#include "mmio.h"

#define RCC_IOPENR          MMIO32(0x40021034u)
#define RCC_IOPENR_GPIOAEN  (1u << 0)
#define RCC_APBENR1         MMIO32(0x4002103Cu)
#define RCC_APBENR1_USART2EN (1u << 17)

#define GPIOA_MODER         MMIO32(0x50000000u)
#define GPIOA_AFRL          MMIO32(0x50000020u)

#define USART2_CR1          MMIO32(0x40004400u)
#define USART2_BRR          MMIO32(0x4000440Cu)
#define USART2_ISR          MMIO32(0x4000441Cu)
#define USART2_ICR          MMIO32(0x40004420u)
#define USART2_RDR          MMIO32(0x40004424u)
#define USART2_TDR          MMIO32(0x40004428u)
#define USART_CR1_UE        (1u << 0)
#define USART_CR1_RE        (1u << 2)
#define USART_CR1_TE        (1u << 3)
#define USART_CR1_RXNEIE    (1u << 5)
#define USART_ISR_ORE       (1u << 3)
#define USART_ISR_RXNE      (1u << 5)
#define USART_ISR_TXE       (1u << 7)
#define USART_ICR_ORECF     (1u << 3)

/* PCLK = HSI16 after reset (HSIDIV = 1); 16 MHz / 115200 -> 139. */
#define CONSOLE_BRR 139u

void board_init(void)
{
    RCC_IOPENR |= RCC_IOPENR_GPIOAEN;
    RCC_APBENR1 |= RCC_APBENR1_USART2EN;
    (void)RCC_APBENR1;

    /* PA2, PA3: mode 10 (alternate function; reset state is analog), AF1 */
    GPIOA_MODER = (GPIOA_MODER & ~(0xFu << 4)) | (0xAu << 4);
    GPIOA_AFRL = (GPIOA_AFRL & ~(0xFFu << 8)) | (0x11u << 8);

    USART2_BRR = CONSOLE_BRR;
    USART2_CR1 = USART_CR1_UE | USART_CR1_TE | USART_CR1_RE | USART_CR1_RXNEIE;
    nvic_enable(BOARD_CONSOLE_IRQN);
}

void board_console_write(const char *text)
{
    while (*text != '\0') {
        while ((USART2_ISR & USART_ISR_TXE) == 0u) {
        }
        USART2_TDR = (uint8_t)*text++;
    }
}

void board_console_irq(void)
{
    uint32_t status = USART2_ISR;

    /* An overrun would keep the interrupt pending forever on this USART. */
    if ((status & USART_ISR_ORE) != 0u)
        USART2_ICR = USART_ICR_ORECF;
    if ((status & USART_ISR_RXNE) != 0u)
        board_console_rx((uint8_t)USART2_RDR);
}

void board_idle(void)
{
    __asm__ volatile("wfi");
}

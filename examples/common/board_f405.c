/*
 * STM32F405: USART2 on PA2 (TX) / PA3 (RX), alternate function 7.
 * Addresses and bits: RM0090 (memory map, RCC, GPIO, USART chapters) and
 * cmsis_device_f4 stm32f405xx.h.
 */
#include "board.h"
#include "mmio.h"

#define RCC_AHB1ENR        MMIO32(0x40023830u)
#define RCC_AHB1ENR_GPIOAEN (1u << 0)
#define RCC_APB1ENR        MMIO32(0x40023840u)
#define RCC_APB1ENR_USART2EN (1u << 17)

#define GPIOA_MODER        MMIO32(0x40020000u)
#define GPIOA_AFRL         MMIO32(0x40020020u)

#define USART2_SR          MMIO32(0x40004400u)
#define USART2_DR          MMIO32(0x40004404u)
#define USART2_BRR         MMIO32(0x40004408u)
#define USART2_CR1         MMIO32(0x4000440Cu)
#define USART_SR_RXNE      (1u << 5)
#define USART_SR_TXE       (1u << 7)
#define USART_CR1_UE       (1u << 13)
#define USART_CR1_TE       (1u << 3)
#define USART_CR1_RE       (1u << 2)
#define USART_CR1_RXNEIE   (1u << 5)

/* PCLK1 = HSI 16 MHz after reset; 16 MHz / 115200 = 138.9 -> 139. */
#define CONSOLE_BRR 139u

void board_init(void)
{
    RCC_AHB1ENR |= RCC_AHB1ENR_GPIOAEN;
    RCC_APB1ENR |= RCC_APB1ENR_USART2EN;
    (void)RCC_APB1ENR; /* the clock must run before the first register write */

    /* PA2, PA3: mode 10 (alternate function), AF7 */
    GPIOA_MODER = (GPIOA_MODER & ~(0xFu << 4)) | (0xAu << 4);
    GPIOA_AFRL = (GPIOA_AFRL & ~(0xFFu << 8)) | (0x77u << 8);

    USART2_BRR = CONSOLE_BRR;
    USART2_CR1 = USART_CR1_UE | USART_CR1_TE | USART_CR1_RE | USART_CR1_RXNEIE;
    nvic_enable(BOARD_CONSOLE_IRQN);
}

void board_console_write(const char *text)
{
    while (*text != '\0') {
        while ((USART2_SR & USART_SR_TXE) == 0u) {
        }
        USART2_DR = (uint8_t)*text++;
    }
}

void board_console_irq(void)
{
    /* Reading SR then DR also clears an overrun (RM0090 USART_SR.ORE). */
    uint32_t status = USART2_SR;
    uint8_t byte = (uint8_t)USART2_DR;

    if ((status & USART_SR_RXNE) != 0u)
        board_console_rx(byte);
}

void board_idle(void)
{
    __asm__ volatile("wfi");
}

/*
 * STAND-IN, NOT THE ST HAL: see stm32f4xx_hal.h. Polled transmit and a
 * one-byte interrupt receive on USART2 of an STM32F4 (RM0090 RCC, GPIO and
 * USART chapters); HAL_UART_Init also does what the generated
 * HAL_UART_MspInit does (clocks, PA2/PA3 as AF7, NVIC line 38). Clocks
 * stay at the 16 MHz HSI of reset.
 */
#include "stm32f4xx_hal.h"

#define REG(base, offset) (*(volatile uint32_t *)(uintptr_t)((base) + (offset)))
#define USART_SR  0x00u
#define USART_DR  0x04u
#define USART_BRR 0x08u
#define USART_CR1 0x0Cu
#define SR_RXNE (1u << 5)
#define SR_TXE  (1u << 7)
#define CR1_UE (1u << 13)
#define CR1_TE (1u << 3)
#define CR1_RE (1u << 2)
#define CR1_RXNEIE (1u << 5)
#define HSI_HZ 16000000u
#define RCC_AHB1ENR (*(volatile uint32_t *)0x40023830u)
#define RCC_APB1ENR (*(volatile uint32_t *)0x40023840u)
#define GPIOA_MODER (*(volatile uint32_t *)0x40020000u)
#define GPIOA_AFRL  (*(volatile uint32_t *)0x40020020u)
#define NVIC_ISER1  (*(volatile uint32_t *)0xE000E104u)
#define USART2_IRQ_BIT (1u << (38u - 32u))

HAL_StatusTypeDef HAL_Init(void)
{
    return HAL_OK;
}

HAL_StatusTypeDef HAL_UART_Init(UART_HandleTypeDef *huart)
{
    if (huart->baud_rate == 0u || huart->base != 0x40004400u)
        return HAL_ERROR; /* the stand-in knows USART2 only */
    RCC_AHB1ENR |= 1u << 0;   /* GPIOAEN */
    RCC_APB1ENR |= 1u << 17;  /* USART2EN */
    (void)RCC_APB1ENR;
    GPIOA_MODER = (GPIOA_MODER & ~(0xFu << 4)) | (0xAu << 4);
    GPIOA_AFRL = (GPIOA_AFRL & ~(0xFFu << 8)) | (0x77u << 8);
    NVIC_ISER1 = USART2_IRQ_BIT;
    REG(huart->base, USART_BRR) = (HSI_HZ + huart->baud_rate / 2u) / huart->baud_rate;
    REG(huart->base, USART_CR1) = CR1_UE | CR1_TE | CR1_RE;
    return HAL_OK;
}

HAL_StatusTypeDef HAL_UART_Transmit(UART_HandleTypeDef *huart, const uint8_t *data,
                                    uint16_t size, uint32_t timeout)
{
    (void)timeout;
    while (size-- > 0u) {
        while ((REG(huart->base, USART_SR) & SR_TXE) == 0u) {
        }
        REG(huart->base, USART_DR) = *data++;
    }
    return HAL_OK;
}

HAL_StatusTypeDef HAL_UART_Receive_IT(UART_HandleTypeDef *huart, uint8_t *data, uint16_t size)
{
    if (size != 1u)
        return HAL_ERROR; /* the stand-in receives one byte at a time */
    huart->rx_buffer = data;
    REG(huart->base, USART_CR1) |= CR1_RXNEIE;
    return HAL_OK;
}

void HAL_UART_IRQHandler(UART_HandleTypeDef *huart)
{
    uint32_t status = REG(huart->base, USART_SR);
    uint8_t byte = (uint8_t)REG(huart->base, USART_DR);

    if ((status & SR_RXNE) != 0u && huart->rx_buffer != 0) {
        *huart->rx_buffer = byte;
        huart->rx_buffer = 0;
        REG(huart->base, USART_CR1) &= ~CR1_RXNEIE;
        HAL_UART_RxCpltCallback(huart);
    }
}

__attribute__((weak)) void HAL_UART_RxCpltCallback(UART_HandleTypeDef *huart)
{
    (void)huart;
}

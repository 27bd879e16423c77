/*
 * STAND-IN, NOT THE ST HAL: the handful of HAL names the CubeMX-style
 * example's main.c uses (HAL_Init, UART receive-to-interrupt, the receive
 * callback), written for sysboot so the layout builds without ST's
 * sources. A real project has Drivers/STM32F4xx_HAL_Driver here.
 */
#ifndef SYSBOOT_STANDIN_STM32F4XX_HAL_H
#define SYSBOOT_STANDIN_STM32F4XX_HAL_H

#include <stdint.h>

typedef enum { HAL_OK = 0, HAL_ERROR = 1 } HAL_StatusTypeDef;

typedef struct {
    uint32_t base;         /* USART register block */
    uint32_t baud_rate;
    uint8_t *rx_buffer;    /* where the next received byte goes */
} UART_HandleTypeDef;

HAL_StatusTypeDef HAL_Init(void);
HAL_StatusTypeDef HAL_UART_Init(UART_HandleTypeDef *huart);
HAL_StatusTypeDef HAL_UART_Transmit(UART_HandleTypeDef *huart, const uint8_t *data,
                                    uint16_t size, uint32_t timeout);
/* Receive one byte by interrupt; HAL_UART_RxCpltCallback runs when it came. */
HAL_StatusTypeDef HAL_UART_Receive_IT(UART_HandleTypeDef *huart, uint8_t *data, uint16_t size);
void HAL_UART_IRQHandler(UART_HandleTypeDef *huart);
void HAL_UART_RxCpltCallback(UART_HandleTypeDef *huart);

#endif /* SYSBOOT_STANDIN_STM32F4XX_HAL_H */

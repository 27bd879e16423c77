/* STAND-IN for the generated Core/Src/stm32f4xx_it.c (written for sysboot). */
#include "main.h"

extern UART_HandleTypeDef huart2;

void USART2_IRQHandler(void);

void USART2_IRQHandler(void)
{
    HAL_UART_IRQHandler(&huart2);
}

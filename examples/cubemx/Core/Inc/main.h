/* STAND-IN for the generated Core/Inc/main.h (written for sysboot). */
#ifndef MAIN_H
#define MAIN_H

#include "stm32f4xx_hal.h"

void Error_Handler(void);

#endif /* MAIN_H */

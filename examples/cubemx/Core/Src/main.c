/*
 * STAND-IN for the generated Core/Src/main.c (written for sysboot): the
 * same shape (USER CODE blocks, MX_*_Init, SystemClock_Config) so that
 * ../../sysboot.patch shows where sysboot goes in a real CubeMX project.
 * Code between USER CODE BEGIN/END survives regeneration.
 */
#include "main.h"

/* USER CODE BEGIN Includes */
#include "sysboot.h"

/* USER CODE END Includes */

UART_HandleTypeDef huart2;

static void SystemClock_Config(void);
static void MX_USART2_UART_Init(void);

/* USER CODE BEGIN 0 */
static sysboot_magic console_magic;
static uint8_t console_byte;

static void console_write(const char *text)
{
    uint16_t length = 0;

    while (text[length] != '\0')
        length++;
    (void)HAL_UART_Transmit(&huart2, (const uint8_t *)text, length, 100);
}

/* USART2 interrupt: feed the matcher, raise a flag, receive the next byte. */
void HAL_UART_RxCpltCallback(UART_HandleTypeDef *huart)
{
    if (huart == &huart2) {
        if (sysboot_magic_feed(&console_magic, console_byte))
            sysboot_request_from_isr();
        (void)HAL_UART_Receive_IT(&huart2, &console_byte, 1);
    }
}

/* USER CODE END 0 */

int main(void)
{
    /* USER CODE BEGIN 1 */

    /* USER CODE END 1 */

    HAL_Init();
    SystemClock_Config();
    MX_USART2_UART_Init();

    /* USER CODE BEGIN 2 */
    sysboot_magic_init(&console_magic, SYSBOOT_MAGIC_DEFAULT);
    (void)HAL_UART_Receive_IT(&huart2, &console_byte, 1);
    console_write("CubeMX-style example: send \"" SYSBOOT_MAGIC_DEFAULT "\"\r\n");
    int request_refused = 0;

    /* USER CODE END 2 */

    while (1) {
        /* USER CODE BEGIN 3 */
        if (sysboot_request_pending() && !request_refused) {
            /* thread mode; returns only if refused */
            console_write("sysboot: refused: ");
            console_write(sysboot_status_str(sysboot_enter()));
            console_write("\r\n");
            request_refused = 1;
        }

        /* USER CODE END 3 */
    }
}

static void SystemClock_Config(void)
{
    /* A generated project sets up HSE and the PLL here; the stand-in keeps
     * the 16 MHz HSI of reset. */
}

static void MX_USART2_UART_Init(void)
{
    huart2.base = 0x40004400u; /* USART2, RM0090 memory map */
    huart2.baud_rate = 115200u;
    if (HAL_UART_Init(&huart2) != HAL_OK)
        Error_Handler();
}

void Error_Handler(void)
{
    while (1) {
    }
}

/*
 * Stack-agnostic 1200-baud touch: the host opens the port at 1200 baud and
 * closes it (DTR drops); sysboot_touch_* notices, and we raise the request
 * flag the main loop polls.
 */
#include "cdc_touch.h"

#include "sysboot.h"

#define LINE_CODING_LENGTH 7u

static sysboot_touch touch;

void cdc_touch_init(void)
{
    sysboot_touch_init(&touch);
}

void cdc_touch_line_coding(const uint8_t *coding, uint16_t length)
{
    uint32_t baud;

    if (coding == 0 || length < LINE_CODING_LENGTH)
        return;
    baud = (uint32_t)coding[0] | ((uint32_t)coding[1] << 8) |
           ((uint32_t)coding[2] << 16) | ((uint32_t)coding[3] << 24);
    sysboot_touch_line_coding(&touch, baud);
}

void cdc_touch_control_line_state(uint16_t w_value)
{
    if (sysboot_touch_control_line(&touch, (w_value & 0x1u) != 0u))
        sysboot_request_from_isr();
}

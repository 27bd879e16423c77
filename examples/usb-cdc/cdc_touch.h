/*
 * The 1200-baud touch, glued to any USB device stack: call these two from
 * your stack's CDC class-request callbacks. They may run in the USB
 * interrupt; they only raise sysboot's request flag.
 */
#ifndef CDC_TOUCH_H
#define CDC_TOUCH_H

#include <stdint.h>

void cdc_touch_init(void);
/* SET_LINE_CODING: the 7-byte line coding the host sent (dwDTERate first,
 * little-endian; USB CDC PSTN 1.2, 6.3.10). */
void cdc_touch_line_coding(const uint8_t *coding, uint16_t length);
/* SET_CONTROL_LINE_STATE: the request's wValue (bit 0 = DTR; 6.3.12). */
void cdc_touch_control_line_state(uint16_t w_value);

#endif /* CDC_TOUCH_H */

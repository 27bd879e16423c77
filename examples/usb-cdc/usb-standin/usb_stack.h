/*
 * STAND-IN, NOT A USB STACK. The example is stack-agnostic; to build and
 * run it here without USB hardware, this stand-in plays the part of a
 * device stack (it decodes CDC class requests from setup packets and calls
 * the application's callbacks, in the USB interrupt) and of a host (a
 * fixed script of requests, one per USB interrupt). With TinyUSB, the ST
 * USB device library or libopencm3 the callbacks come from the stack
 * instead: docs/integration/usb-cdc.md shows where.
 */
#ifndef USB_STANDIN_STACK_H
#define USB_STANDIN_STACK_H

#include <stdint.h>

/* What the application gives the stack: the two CDC class requests. */
struct usb_cdc_callbacks {
    void (*line_coding)(const uint8_t *coding, uint16_t length);
    void (*control_line_state)(uint16_t w_value);
};

void usb_stack_init(const struct usb_cdc_callbacks *callbacks);
/* Main loop: lets the scripted host send its next request. 0 when done. */
int usb_stack_host_step(void);
/* Stop the stack: no more USB interrupts or register access. */
void usb_stack_stop(void);

#endif /* USB_STANDIN_STACK_H */

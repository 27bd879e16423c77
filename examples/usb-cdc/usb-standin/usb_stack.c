/*
 * STAND-IN, NOT A USB STACK: see usb_stack.h. Setup packet layout: USB 2.0
 * 9.3; CDC requests: USB CDC PSTN 1.2, 6.3.10 (SET_LINE_CODING, 0x20) and
 * 6.3.12 (SET_CONTROL_LINE_STATE, 0x22).
 */
#include "usb_stack.h"

#include "board.h"
#include "mmio.h"

#define CDC_SET_LINE_CODING        0x20u
#define CDC_SET_CONTROL_LINE_STATE 0x22u
#define CLASS_INTERFACE_OUT        0x21u /* bmRequestType: host-to-device, class, interface */

struct host_request {
    uint8_t setup[8];
    uint8_t data[7];
    const char *what;
};

/* 9600 baud = 0x2580, 1200 baud = 0x04B0, 8N1. */
static const struct host_request host_script[] = {
    { { CLASS_INTERFACE_OUT, CDC_SET_LINE_CODING, 0, 0, 0, 0, 7, 0 },
      { 0x80, 0x25, 0, 0, 0, 0, 8 }, "host: open at 9600 baud" },
    { { CLASS_INTERFACE_OUT, CDC_SET_CONTROL_LINE_STATE, 3, 0, 0, 0, 0, 0 },
      { 0 }, "host: DTR on" },
    { { CLASS_INTERFACE_OUT, CDC_SET_CONTROL_LINE_STATE, 0, 0, 0, 0, 0, 0 },
      { 0 }, "host: close (DTR off) at 9600: no touch" },
    { { CLASS_INTERFACE_OUT, CDC_SET_LINE_CODING, 0, 0, 0, 0, 7, 0 },
      { 0xB0, 0x04, 0, 0, 0, 0, 8 }, "host: open at 1200 baud" },
    { { CLASS_INTERFACE_OUT, CDC_SET_CONTROL_LINE_STATE, 1, 0, 0, 0, 0, 0 },
      { 0 }, "host: DTR on" },
    { { CLASS_INTERFACE_OUT, CDC_SET_CONTROL_LINE_STATE, 0, 0, 0, 0, 0, 0 },
      { 0 }, "host: close (DTR off) at 1200: the touch" },
};
#define HOST_SCRIPT_LENGTH (sizeof host_script / sizeof host_script[0])

static const struct usb_cdc_callbacks *app;
static volatile uint32_t next_request;
static volatile uint32_t delivered;

void usb_stack_init(const struct usb_cdc_callbacks *callbacks)
{
    app = callbacks;
    nvic_enable(BOARD_USB_IRQN);
}

/* The "USB interrupt": decode one class request, call the application. */
void board_usb_irq(void)
{
    const struct host_request *r;
    uint16_t w_value, w_length;

    if (next_request >= HOST_SCRIPT_LENGTH)
        return;
    r = &host_script[next_request];
    board_console_write(r->what);
    board_console_write("\r\n");
    w_value = (uint16_t)(r->setup[2] | (r->setup[3] << 8));
    w_length = (uint16_t)(r->setup[6] | (r->setup[7] << 8));
    if (r->setup[0] == CLASS_INTERFACE_OUT && r->setup[1] == CDC_SET_LINE_CODING)
        app->line_coding(r->data, w_length);
    else if (r->setup[0] == CLASS_INTERFACE_OUT && r->setup[1] == CDC_SET_CONTROL_LINE_STATE)
        app->control_line_state(w_value);
    next_request++;
    delivered = 1u;
}

/* NVIC_ISPRn: pend an interrupt from software (ARMv7-M ARM B3.4). */
#define NVIC_ISPR(n) MMIO32(0xE000E200u + 4u * ((uint32_t)(n) / 32u))

int usb_stack_host_step(void)
{
    if (next_request >= HOST_SCRIPT_LENGTH)
        return 0;
    delivered = 0u;
    NVIC_ISPR(BOARD_USB_IRQN) = 1u << (BOARD_USB_IRQN % 32u);
    while (delivered == 0u) {
    }
    return 1;
}

void usb_stack_stop(void)
{
    /* NVIC_ICERn: disable the USB interrupt line (ARMv7-M ARM B3.4). */
    MMIO32(0xE000E180u + 4u * (BOARD_USB_IRQN / 32u)) = 1u << (BOARD_USB_IRQN % 32u);
    board_console_write("usb: stack stopped\r\n");
}

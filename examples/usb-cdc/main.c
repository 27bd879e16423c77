/*
 * USB CDC example: the Arduino-style 1200-baud touch enters the ROM's USB
 * DFU bootloader (what `sysboot enter --touch1200` does from the host).
 *
 *   USB interrupt: SET_LINE_CODING / SET_CONTROL_LINE_STATE
 *       -> cdc_touch_* -> sysboot_touch_* -> sysboot_request_from_isr()
 *   main loop:  sysboot_request_pending() -> sysboot_enter()
 *       -> sysboot_before_handover(): stop the USB stack
 *       -> the library detaches USB and holds the disconnect
 *          (sysboot_usb_detach, 50 ms by default) so the host sees the
 *          device leave before the ROM enumerates as DFU
 *          (docs/failure-modes.md, "USB is not detached")
 *       -> record, reset, sysboot_early() -> ROM
 *
 * Nothing resets from inside the USB callback: the class callbacks of most
 * stacks run in the USB interrupt (docs/failure-modes.md, "Called from an
 * interrupt or an unprivileged task"), and the detach needs
 * time.
 */
#include "board.h"
#include "cdc_touch.h"
#include "sysboot.h"
#include "usb_stack.h"

/* Called by sysboot_enter() after every check passed, before the library
 * detaches USB and resets: the stack must stop touching the USB block. */
void sysboot_before_handover(void)
{
    usb_stack_stop();
}

void board_console_rx(uint8_t byte)
{
    (void)byte; /* the console only reports in this example */
}

static const struct usb_cdc_callbacks cdc_callbacks = {
    cdc_touch_line_coding,
    cdc_touch_control_line_state,
};

int main(void)
{
    int request_refused = 0;

    cdc_touch_init();
    board_init();
    usb_stack_init(&cdc_callbacks);
    board_console_write("sysboot USB CDC example\r\n");

    for (;;) {
        if (sysboot_request_pending() && !request_refused) {
            board_console_write("touch seen: entering the bootloader\r\n");
            sysboot_status status = sysboot_enter();
            board_console_write("sysboot: not entering the bootloader: ");
            board_console_write(sysboot_status_str(status));
            board_console_write("\r\n");
            request_refused = 1;
        }
        /* The stand-in host sends its next request; a real stack would
         * just be serviced by its interrupt. */
        if (!usb_stack_host_step() && request_refused)
            board_idle();
    }
}

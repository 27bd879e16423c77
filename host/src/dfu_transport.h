/* What a DFU session sends over USB, whatever carries it: libusb for a real
 * device (usb_dfu.c), a DfuSe device model in the tests. */
#ifndef SYSBOOT_HOST_DFU_TRANSPORT_H
#define SYSBOOT_HOST_DFU_TRANSPORT_H

#include <stddef.h>
#include <stdint.h>

struct dfu_transport {
    void *context;
    /* A DFU class request to the interface: `in` 1 for device-to-host
     * (bmRequestType 0xA1), 0 for host-to-device (0x21). Returns the bytes
     * moved, or -1 when the device stalled the request or went away. */
    int (*control)(void *context, int in, uint8_t request, uint16_t value, uint8_t *data,
                   uint16_t length);
    /* Waits the poll timeout a GETSTATUS asked for (the model's own clock). */
    void (*wait_ms)(void *context, unsigned milliseconds);
    uint16_t transfer_size;     /* wTransferSize of the DFU functional descriptor */
};

#endif

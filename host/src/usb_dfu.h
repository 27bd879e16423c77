/* Finds ST's ROM DFU device on USB and reads its alternate-setting names. */
#ifndef SYSBOOT_HOST_USB_DFU_H
#define SYSBOOT_HOST_USB_DFU_H

#include <stddef.h>
#include <stdint.h>

/* ST's ROM bootloader enumerates as this VID:PID (AN3156). */
#define USB_DFU_ST_VENDOR  0x0483u
#define USB_DFU_ST_PRODUCT 0xDF11u

#define USB_DFU_MAX_ALTS 16

struct usb_dfu_alt {
    uint8_t interface_number;
    uint8_t alt_setting;
    char name[256];              /* the DfuSe layout string */
};

struct usb_dfu_device {
    uint8_t bus;
    uint8_t address;
    uint16_t bcd_device;         /* bootloader version as the ROM reports it */
    char serial[64];
    size_t alt_count;
    struct usb_dfu_alt alts[USB_DFU_MAX_ALTS];
};

enum usb_dfu_result {
    USB_DFU_FOUND,
    USB_DFU_NONE,                /* no 0483:df11 on any bus */
    USB_DFU_ERROR                /* libusb failed, or the device could not be read */
};

/* The first ROM DFU device found. */
enum usb_dfu_result usb_dfu_find(struct usb_dfu_device *device, char *error, size_t error_size);

/* An open ROM DFU device, its DFU interface claimed at alternate setting 0
 * (the internal flash on ST's ROMs). `transport` carries the DfuSe session
 * (dfu_transport.h); `alt_name` gets that setting's DfuSe layout string.
 * NULL with `error` filled when none can be opened. */
struct dfu_transport;
struct usb_dfu_link;
struct usb_dfu_link *usb_dfu_open(struct dfu_transport *transport, char *alt_name, size_t name_size,
                                  char *error, size_t error_size);
void usb_dfu_close(struct usb_dfu_link *link);

#endif

/* libusb-1.0 backend for `sysboot probe --usb`. */
#include "usb_dfu.h"

#include <libusb.h>
#include <stdio.h>
#include <string.h>

/* DFU interface class/subclass, from the USB DFU 1.1 specification. */
#define DFU_INTERFACE_CLASS    0xFEu
#define DFU_INTERFACE_SUBCLASS 0x01u

static void read_string(libusb_device_handle *handle, uint8_t index, char *text, size_t size)
{
    int length;

    text[0] = '\0';
    if (index == 0)
        return;
    length = libusb_get_string_descriptor_ascii(handle, index, (unsigned char *)text, (int)size);
    if (length < 0)
        text[0] = '\0';
    else
        text[length < (int)size ? length : (int)size - 1] = '\0';
}

static void collect_alts(libusb_device_handle *handle,
                         const struct libusb_config_descriptor *config,
                         struct usb_dfu_device *device)
{
    int i;
    int j;

    for (i = 0; i < config->bNumInterfaces; i++) {
        const struct libusb_interface *interface = &config->interface[i];
        for (j = 0; j < interface->num_altsetting; j++) {
            const struct libusb_interface_descriptor *setting = &interface->altsetting[j];
            struct usb_dfu_alt *alt;
            if (setting->bInterfaceClass != DFU_INTERFACE_CLASS
                || setting->bInterfaceSubClass != DFU_INTERFACE_SUBCLASS
                || device->alt_count == USB_DFU_MAX_ALTS)
                continue;
            alt = &device->alts[device->alt_count++];
            alt->interface_number = setting->bInterfaceNumber;
            alt->alt_setting = setting->bAlternateSetting;
            read_string(handle, setting->iInterface, alt->name, sizeof alt->name);
        }
    }
}

static enum usb_dfu_result read_device(libusb_device *candidate,
                                       const struct libusb_device_descriptor *descriptor,
                                       struct usb_dfu_device *device,
                                       char *error, size_t error_size)
{
    libusb_device_handle *handle = NULL;
    struct libusb_config_descriptor *config = NULL;
    int status;

    memset(device, 0, sizeof *device);
    device->bus = libusb_get_bus_number(candidate);
    device->address = libusb_get_device_address(candidate);
    device->bcd_device = descriptor->bcdDevice;

    status = libusb_open(candidate, &handle);
    if (status != 0) {
        snprintf(error, error_size,
                 "found 0483:df11 on bus %u address %u but cannot open it: %s "
                 "(on Linux a udev rule granting access is usually missing)",
                 device->bus, device->address, libusb_strerror((enum libusb_error)status));
        return USB_DFU_ERROR;
    }
    status = libusb_get_active_config_descriptor(candidate, &config);
    if (status != 0)
        status = libusb_get_config_descriptor(candidate, 0, &config);
    if (status != 0) {
        snprintf(error, error_size, "cannot read the configuration descriptor: %s",
                 libusb_strerror((enum libusb_error)status));
        libusb_close(handle);
        return USB_DFU_ERROR;
    }
    read_string(handle, descriptor->iSerialNumber, device->serial, sizeof device->serial);
    collect_alts(handle, config, device);
    libusb_free_config_descriptor(config);
    libusb_close(handle);
    if (device->alt_count == 0) {
        snprintf(error, error_size, "0483:df11 has no DFU interface");
        return USB_DFU_ERROR;
    }
    return USB_DFU_FOUND;
}

enum usb_dfu_result usb_dfu_find(struct usb_dfu_device *device, char *error, size_t error_size)
{
    libusb_context *context = NULL;
    libusb_device **list = NULL;
    enum usb_dfu_result result = USB_DFU_NONE;
    ssize_t count;
    ssize_t i;
    int status = libusb_init(&context);

    if (status != 0) {
        snprintf(error, error_size, "libusb cannot start: %s",
                 libusb_strerror((enum libusb_error)status));
        return USB_DFU_ERROR;
    }
    count = libusb_get_device_list(context, &list);
    if (count < 0) {
        snprintf(error, error_size, "cannot list USB devices: %s",
                 libusb_strerror((enum libusb_error)count));
        libusb_exit(context);
        return USB_DFU_ERROR;
    }
    snprintf(error, error_size, "no ST ROM DFU device (%04x:%04x) found",
             USB_DFU_ST_VENDOR, USB_DFU_ST_PRODUCT);
    for (i = 0; i < count && result == USB_DFU_NONE; i++) {
        struct libusb_device_descriptor descriptor;
        if (libusb_get_device_descriptor(list[i], &descriptor) != 0)
            continue;
        if (descriptor.idVendor != USB_DFU_ST_VENDOR || descriptor.idProduct != USB_DFU_ST_PRODUCT)
            continue;
        result = read_device(list[i], &descriptor, device, error, error_size);
    }
    libusb_free_device_list(list, 1);
    libusb_exit(context);
    return result;
}

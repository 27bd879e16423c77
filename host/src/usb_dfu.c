/* libusb-1.0 backend for `sysboot probe --usb`. */
#include "usb_dfu.h"

#include <libusb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clock.h"
#include "dfu_transport.h"

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

/* ---- a DfuSe session over libusb (not exercised without a device) -------- */

#define DFU_FUNCTIONAL_DESCRIPTOR 0x21u
#define DFU_REQUEST_TIMEOUT_MS 5000u
#define DFU_DEFAULT_TRANSFER_SIZE 2048u

struct usb_dfu_link {
    libusb_context *context;
    libusb_device_handle *handle;
    uint8_t interface_number;
};

static int link_control(void *context, int in, uint8_t request, uint16_t value, uint8_t *data,
                        uint16_t length)
{
    struct usb_dfu_link *link = context;
    int done = libusb_control_transfer(link->handle, in ? 0xA1 : 0x21, request, value,
                                       link->interface_number, data, length, DFU_REQUEST_TIMEOUT_MS);
    return done < 0 ? -1 : done;
}

static void link_wait(void *context, unsigned milliseconds)
{
    (void)context;
    clock_sleep_ms(milliseconds);
}

/* wTransferSize from the DFU functional descriptor among the interface's
 * extra descriptors (DFU 1.1, 4.1.3). */
static uint16_t transfer_size(const struct libusb_interface_descriptor *setting)
{
    const unsigned char *extra = setting->extra;
    int at = 0;

    while (extra != NULL && at + 7 <= setting->extra_length && extra[at] >= 2) {
        if (extra[at + 1] == DFU_FUNCTIONAL_DESCRIPTOR && extra[at] >= 7)
            return (uint16_t)(extra[at + 5] | extra[at + 6] << 8);
        at += extra[at];
    }
    return DFU_DEFAULT_TRANSFER_SIZE;
}

struct usb_dfu_link *usb_dfu_open(struct dfu_transport *transport, char *alt_name, size_t name_size,
                                  char *error, size_t error_size)
{
    struct usb_dfu_link *link = calloc(1, sizeof *link);
    struct libusb_config_descriptor *config = NULL;
    const struct libusb_interface_descriptor *setting = NULL;
    int i, status;

    if (link == NULL || libusb_init(&link->context) != 0) {
        snprintf(error, error_size, "libusb cannot start");
        free(link);
        return NULL;
    }
    link->handle = libusb_open_device_with_vid_pid(link->context, USB_DFU_ST_VENDOR, USB_DFU_ST_PRODUCT);
    if (link->handle == NULL) {
        snprintf(error, error_size, "no ST ROM DFU device (%04x:%04x) could be opened",
                 USB_DFU_ST_VENDOR, USB_DFU_ST_PRODUCT);
        usb_dfu_close(link);
        return NULL;
    }
    status = libusb_get_active_config_descriptor(libusb_get_device(link->handle), &config);
    for (i = 0; status == 0 && i < config->bNumInterfaces && setting == NULL; i++) {
        const struct libusb_interface_descriptor *s = &config->interface[i].altsetting[0];
        if (s->bInterfaceClass == DFU_INTERFACE_CLASS && s->bInterfaceSubClass == DFU_INTERFACE_SUBCLASS)
            setting = s;
    }
    if (setting == NULL) {
        snprintf(error, error_size, "0483:df11 has no DFU interface");
        if (config != NULL)
            libusb_free_config_descriptor(config);
        usb_dfu_close(link);
        return NULL;
    }
    link->interface_number = setting->bInterfaceNumber;
    read_string(link->handle, setting->iInterface, alt_name, name_size);
    transport->transfer_size = transfer_size(setting);
    libusb_free_config_descriptor(config);
    status = libusb_claim_interface(link->handle, link->interface_number);
    if (status == 0)
        status = libusb_set_interface_alt_setting(link->handle, link->interface_number, 0);
    if (status != 0) {
        snprintf(error, error_size, "cannot claim the DFU interface: %s", libusb_strerror((enum libusb_error)status));
        usb_dfu_close(link);
        return NULL;
    }
    transport->context = link;
    transport->control = link_control;
    transport->wait_ms = link_wait;
    return link;
}

void usb_dfu_close(struct usb_dfu_link *link)
{
    if (link == NULL)
        return;
    if (link->handle != NULL) {
        (void)libusb_release_interface(link->handle, link->interface_number);
        libusb_close(link->handle);
    }
    if (link->context != NULL)
        libusb_exit(link->context);
    free(link);
}

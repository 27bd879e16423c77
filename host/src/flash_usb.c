/* `sysboot flash IMAGE --usb --line PART`: the update over the ROM's USB
 * DFU (DfuSe). The session itself (flash_dfuse.c) is unit-tested against a
 * device model; this path, the libusb transport and the wait for the DFU
 * device have never met a real device here (docs say so). */
#include <stdio.h>
#include <string.h>

#include "clock.h"
#include "event.h"
#include "exit_codes.h"
#include "flash_dfuse.h"
#include "flash_session.h"
#include "sysboot.h"
#include "trigger.h"
#include "usb_dfu.h"

#define DFU_PAUSE_MS 200u

static int failed(const struct flash_settings *settings, const char *status, int code, const char *message)
{
    return flash_report_failure(settings, "usb", status, code, message);
}

static void step_event(const struct flash_settings *settings, const char *name, const char *key, const char *value)
{
    struct event e;

    event_begin(&e, stdout, settings->format, name, "usb");
    if (key != NULL)
        event_text(&e, key, value);
    event_end(&e);
    if (settings->format == FORMAT_TEXT)
        printf("  %s%s%s\n", name, key != NULL ? ": " : "", key != NULL ? value : "");
}

/* The trigger on --port, if one was given; then the DFU device. */
static struct usb_dfu_link *reach_dfu(const struct flash_settings *settings, struct dfu_transport *t,
                                      char *alt, size_t alt_size, char *error, size_t error_size)
{
    uint64_t deadline;
    struct usb_dfu_link *link = usb_dfu_open(t, alt, alt_size, error, error_size);

    if (link != NULL || settings->port_count == 0)
        return link;
    if (settings->touch1200) {
        int no_dtr;
        if (trigger_touch1200(settings->ports[0], &no_dtr, error, error_size) != TRIGGER_SENT)
            return NULL;
    } else if (trigger_magic(settings->ports[0], settings->app_baud, settings->magic, error, error_size) != TRIGGER_SENT) {
        return NULL;
    }
    step_event(settings, "trigger", "trigger", settings->touch1200 ? "touch1200" : "magic");
    deadline = clock_now_ms() + settings->wait_ms;
    while ((link = usb_dfu_open(t, alt, alt_size, error, error_size)) == NULL && clock_now_ms() < deadline)
        clock_sleep_ms(DFU_PAUSE_MS);
    return link;
}

int flash_usb(const struct flash_settings *settings, const struct image *image)
{
    const struct device_row *row = settings->line_row;
    const struct flash_row *flash = flash_row_by_id(row->dev_id);
    const struct profile_row *profile = device_profile(row);
    struct flash_target target;
    struct flash_layout layout, device_layout;
    struct flash_plan plan;
    struct dfu_transport t;
    struct dfuse_layout decoded;
    struct dfuse_outcome outcome;
    enum flash_dfuse_step step;
    struct usb_dfu_link *link;
    char alt[256], error[320], message[400];
    enum dfuse_result result;

    if (flash == NULL || (row->interfaces & SYSBOOT_IF_USB_DFU) == 0 ||
        flash_layout_of(flash, &layout, error, sizeof error) != 0) {
        snprintf(message, sizeof message, "%s: %s", row->name,
                 flash == NULL ? "no flash layout in data/stm32.def" : "its ROM has no USB DFU");
        return failed(settings, "unsupported_line", EXIT_UNSUPPORTED, message);
    }
    target.sram_base = row->sram_base;
    target.sram_size = row->sram_size;
    target.core = profile != NULL ? profile->core : 0u;
    /* the image against the line before any device is touched */
    if (flash_plan_make(image, &layout, &target, &plan, error, sizeof error) != FLASH_PLAN_OK) {
        snprintf(message, sizeof message, "%s: %s", row->name, error);
        return failed(settings, "image_mismatch", EXIT_IMAGE_MISMATCH, message);
    }
    flash_plan_free(&plan);
    memset(&t, 0, sizeof t);
    link = reach_dfu(settings, &t, alt, sizeof alt, error, sizeof error);
    if (link == NULL)
        return failed(settings, "no_usb_device", EXIT_NO_USB_DEVICE, error);
    step_event(settings, "dfu", "alt0", alt);
    /* the device's own layout must be the line's: else --line is wrong */
    if (dfuse_decode(alt, &decoded, error, sizeof error) != 0 ||
        flash_layout_of_region(&decoded.regions[0], layout.prog_unit, &device_layout, error, sizeof error) != 0 ||
        device_layout.size != layout.size || device_layout.page_count != layout.page_count) {
        usb_dfu_close(link);
        snprintf(message, sizeof message, "the device's DFU layout \"%s\" is not %s's: a wrong --line?", alt,
                 row->name);
        return failed(settings, "image_mismatch", EXIT_IMAGE_MISMATCH, message);
    }
    device_layout.erased_boot = layout.erased_boot;
    if (flash_plan_make(image, &device_layout, &target, &plan, error, sizeof error) != FLASH_PLAN_OK) {
        usb_dfu_close(link);
        return failed(settings, "image_mismatch", EXIT_IMAGE_MISMATCH, error);
    }
    result = flash_dfuse_update(&t, &device_layout, &plan, &step, &outcome);
    flash_plan_free(&plan);
    usb_dfu_close(link);
    if (result != DFUSE_OK) {
        int code = EXIT_USB_ERROR;
        const char *status = "usb_error";
        if (result == DFUSE_ERROR_STATUS && outcome.status == DFU_STATUS_ERR_VERIFY) {
            code = EXIT_VERIFY_FAILED;
            status = "verify_failed";
        } else if (result == DFUSE_ERROR_STATUS &&
                   (outcome.status == DFU_STATUS_ERR_WRITE || outcome.status == DFU_STATUS_ERR_ERASE)) {
            code = EXIT_WRITE_PROTECTED;
            status = "write_protected";
        }
        return failed(settings, status, code, outcome.detail);
    }
    step_event(settings, "leave", "address", "the application's vector table");
    snprintf(message, sizeof message, "updated %s over USB DFU (the new application is not watched over USB)",
             row->name);
    if (settings->format == FORMAT_TEXT) {
        printf("%s\n", message);
    } else {
        struct event e;
        event_begin(&e, stdout, settings->format, "result", "usb");
        event_text(&e, "status", "ok");
        event_number(&e, "exit_code", 0);
        event_text(&e, "message", message);
        event_end(&e);
    }
    return EXIT_OK;
}

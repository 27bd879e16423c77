/* `sysboot probe`: ask a bootloader who it is, over a serial port (AN3155)
 * or USB (DfuSe). */
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "device_table.h"
#include "exit_codes.h"
#include "options.h"
#include "usb_dfu.h"

const char probe_usage[] =
"usage: sysboot probe --port PATH [--baud N] [--parity even|none] [--timeout-ms N]\n"
"                     [--retries N] [--format text|json|kv]\n"
"       sysboot probe --usb [--format text|json|kv]\n"
"  ask a USART bootloader (AN3155) who it is: version, commands, DEV_ID, and\n"
"  whether it hands out flash (a 4-byte READ_MEMORY at the line's flash base:\n"
"  readable, or read-protected when the ROM refuses; nothing is changed); or\n"
"  find the ROM DFU device (0483:df11) and decode its DfuSe memory layout.\n"
"  Defaults: 115200 baud, even parity (the ROM's 8E1), 500 ms per reply, 2\n"
"  retries. Ptys and USB bridges that cannot do even parity: --parity none.\n"
"  json and kv print exactly one line, on success and on failure.\n";

static int exit_code_for(enum an3155_result result, const char **status)
{
    switch (result) {
    case AN3155_OK:            *status = "ok";            return EXIT_OK;
    case AN3155_NO_ANSWER:     *status = "no_answer";     return EXIT_NO_ANSWER;
    case AN3155_GARBAGE:       *status = "garbage";       return EXIT_GARBAGE;
    case AN3155_NACK_REPLY:    *status = "nack";          return EXIT_NACK;
    case AN3155_CUT_SHORT:     *status = "cut_short";     return EXIT_CUT_SHORT;
    case AN3155_PORT_VANISHED: *status = "port_vanished"; return EXIT_PORT_VANISHED;
    }
    *status = "error";
    return EXIT_GARBAGE;
}

/* Does the ROM hand out flash? Four bytes of READ_MEMORY at the line's
 * flash base: the bytes back mean readable, a NACK to the command means
 * read-protected. A read changes nothing on the device. Not asked of a line
 * the database does not know, without internal flash, or whose ROM lists
 * no READ_MEMORY. */
static enum an3155_result flash_read_check(const struct byte_port *bytes,
                                           const struct serial_probe_settings *settings,
                                           const struct an3155_info *info,
                                           struct probe_report *report,
                                           struct an3155_outcome *outcome)
{
    const struct flash_base_row *flash = report->row != NULL ? device_flash_base(report->row) : NULL;
    uint8_t word[4];
    enum an3155_result result;

    if (report->row == NULL)
        return AN3155_OK;
    report->flash_read = "not-asked";
    if (flash == NULL || flash->base == 0u || !an3155_has_command(info, AN3155_CMD_READ_MEMORY))
        return AN3155_OK;
    report->flash_base = flash->base;
    result = an3155_read_memory(bytes, settings->an3155.timeout_ms, flash->base, word, sizeof word,
                                outcome);
    if (result == AN3155_OK) {
        report->flash_read = "readable";
    } else if (result == AN3155_NACK_REPLY) {
        report->flash_read = "read-protected";
        result = AN3155_OK;
    } else {
        report->flash_read = NULL;
    }
    return result;
}

int probe_serial_port(const struct serial_probe_settings *settings, struct an3155_info *info,
                      char *message, size_t message_size, struct probe_report *report)
{
    char error[256];
    struct serial_port *port;
    struct byte_port bytes;
    struct an3155_outcome outcome;
    enum an3155_result result;

    memset(report, 0, sizeof *report);
    memset(info, 0, sizeof *info);
    report->port = settings->port;
    report->baud = settings->serial.baud;
    report->parity = settings->serial.parity == SERIAL_PARITY_EVEN ? "even" : "none";
    report->info = info;
    report->message = message;
    message[0] = '\0';

    port = serial_open(settings->port, &settings->serial, error, sizeof error);
    if (port == NULL) {
        snprintf(message, message_size, "cannot open %s: %s", settings->port, error);
        report->status = "port_open_failed";
        report->exit_code = EXIT_PORT_OPEN;
        return report->exit_code;
    }
    report->backend = serial_backend_name(port);
    bytes = serial_byte_port(port);
    result = an3155_probe(&bytes, &settings->an3155, info, &outcome);
    if (result == AN3155_OK) {
        report->have_info = 1;
        report->row = info->product_id <= 0xFFFu ? device_by_id(info->product_id) : NULL;
        result = flash_read_check(&bytes, settings, info, report, &outcome);
    }
    serial_close(port);

    report->exit_code = exit_code_for(result, &report->status);
    if (result != AN3155_OK) {
        snprintf(message, message_size, "%s: %s", an3155_result_text(result), outcome.detail);
        return report->exit_code;
    }
    if (report->row == NULL) {
        snprintf(message, message_size,
                 "product ID 0x%04X is not in data/stm32.def", info->product_id);
        report->status = "unknown_dev_id";
        report->exit_code = EXIT_UNKNOWN_DEVICE;
    }
    return report->exit_code;
}

int probe_usb_once(enum output_format format, int print_failure)
{
    struct usb_dfu_device device;
    char error[256];
    enum usb_dfu_result result = usb_dfu_find(&device, error, sizeof error);

    if (result == USB_DFU_FOUND) {
        output_usb(stdout, &device, format);
        return EXIT_OK;
    }
    if (print_failure) {
        int code = result == USB_DFU_NONE ? EXIT_NO_USB_DEVICE : EXIT_USB_ERROR;
        const char *status = result == USB_DFU_NONE ? "no_usb_device" : "usb_error";
        if (format == FORMAT_TEXT)
            fprintf(stderr, "sysboot: %s\n", error);
        else
            output_failure(stdout, status, error, code, format);
    }
    return result == USB_DFU_NONE ? EXIT_NO_USB_DEVICE : EXIT_USB_ERROR;
}

int command_probe(int argc, char **argv)
{
    struct serial_probe_settings settings;
    enum output_format format = FORMAT_TEXT;
    int use_usb = 0;
    int i;

    settings.port = NULL;
    settings.serial.baud = 115200;
    settings.serial.parity = SERIAL_PARITY_EVEN;
    settings.an3155.timeout_ms = 500;
    settings.an3155.retries = 2;

    for (i = 0; i < argc; i++) {
        unsigned long number;
        int matched;
        const char *value;

        if (strcmp(argv[i], "--usb") == 0) {
            use_usb = 1;
            continue;
        }
        value = take_option_value(argc, argv, &i, "--port", &matched);
        if (matched) {
            if (value == NULL || value[0] == '\0')
                return usage_error("--port needs a path", NULL);
            settings.port = value;
            continue;
        }
        value = take_option_value(argc, argv, &i, "--baud", &matched);
        if (matched) {
            if (value == NULL || parse_unsigned(value, 50, 12000000, &number) != 0)
                return usage_error("--baud needs a rate from 50 to 12000000", value);
            settings.serial.baud = (unsigned)number;
            continue;
        }
        value = take_option_value(argc, argv, &i, "--parity", &matched);
        if (matched) {
            if (value == NULL || parse_parity(value, &settings.serial.parity) != 0)
                return usage_error("--parity is even or none", value);
            continue;
        }
        value = take_option_value(argc, argv, &i, "--timeout-ms", &matched);
        if (matched) {
            if (value == NULL || parse_unsigned(value, 1, 600000, &number) != 0)
                return usage_error("--timeout-ms needs 1 to 600000", value);
            settings.an3155.timeout_ms = (unsigned)number;
            continue;
        }
        value = take_option_value(argc, argv, &i, "--retries", &matched);
        if (matched) {
            if (value == NULL || parse_unsigned(value, 0, 100, &number) != 0)
                return usage_error("--retries needs 0 to 100", value);
            settings.an3155.retries = (unsigned)number;
            continue;
        }
        value = take_option_value(argc, argv, &i, "--format", &matched);
        if (matched) {
            if (value == NULL || parse_format(value, &format) != 0)
                return usage_error("--format is text, json or kv", value);
            continue;
        }
        return usage_error("unknown probe option", argv[i]);
    }

    if (use_usb) {
        if (settings.port != NULL)
            return usage_error("probe takes --port or --usb, not both", NULL);
        return probe_usb_once(format, 1);
    }
    if (settings.port == NULL)
        return usage_error("probe needs --port PATH or --usb", NULL);
    {
        struct an3155_info info;
        struct probe_report report;
        char message[320];
        int code = probe_serial_port(&settings, &info, message, sizeof message, &report);
        output_probe(format == FORMAT_TEXT && code != EXIT_OK && !report.have_info ? stderr
                                                                                   : stdout,
                     &report, format);
        return code;
    }
}

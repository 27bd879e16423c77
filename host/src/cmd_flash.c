/* `sysboot flash`: a field update in one command, from the running
 * application to the new one running, over the ROM's USART bootloader. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clock.h"
#include "commands.h"
#include "device_table.h"
#include "event.h"
#include "exit_codes.h"
#include "flash_plan.h"
#include "flash_session.h"
#include "image.h"
#include "options.h"
#include "part_match.h"
#include "sysboot.h"

const char flash_usage[] =
"usage: sysboot flash IMAGE --port PATH [--port PATH ...] [--address ADDR]\n"
"                     [--magic[=STRING]] [--baud N] [--rom-baud N] [--parity even|none]\n"
"                     [--timeout-ms N] [--wait-ms N] [--expect TEXT] [--expect-ms N]\n"
"                     [--no-confirm] [--dry-run] [--line PART|DEV_ID] [--format text|json|kv]\n"
"       sysboot flash IMAGE --usb --line PART|DEV_ID [--port PATH [--magic[=STRING]|--touch1200]]\n"
"  update an STM32 through its ROM bootloader (AN3155): ask the running\n"
"  application for its ROM with the magic line (skipped when the ROM already\n"
"  answers), identify the chip, check the image against its line, erase only the\n"
"  pages the image covers, write (the vector table's block last), read back, GO,\n"
"  and wait for the new application's first line (--expect TEXT: a line holding\n"
"  TEXT; --no-confirm: do not wait). IMAGE: ELF, Intel HEX, or a raw binary placed\n"
"  with --address. --dry-run prints the plan and changes nothing (no trigger: the\n"
"  line comes from --line or from a ROM that already answers). Several --port:\n"
"  the devices are updated in parallel and a summary table ends the run.\n"
"  --usb: over the ROM's USB DFU (DfuSe), the line named with --line, the\n"
"  trigger sent on --port if given (not tried on real hardware: see host/README.md).\n"
"  json and kv print one record per step; the last one holds the outcome.\n";

static int parse_flash_options(int argc, char **argv, struct flash_settings *settings)
{
    struct link_option_targets link;
    int i, code;

    link.app_baud = &settings->app_baud;
    link.rom_baud = &settings->rom.baud;
    link.parity = &settings->rom.parity;
    link.timeout_ms = &settings->timeout_ms;
    link.wait_ms = &settings->wait_ms;
    link.format = &settings->format;

    for (i = 0; i < argc; i++) {
        unsigned long number;
        int matched;
        const char *value;

        /* --magic=STRING only: a bare word after --magic would be the IMAGE */
        if (strcmp(argv[i], "--magic") == 0 || strncmp(argv[i], "--magic=", 8) == 0) {
            char error[128];
            if (argv[i][7] == '=')
                settings->magic = argv[i] + 8;
            if (check_magic_line(settings->magic, error, sizeof error) != 0)
                return usage_error(error, NULL);
            continue;
        }
        if (strcmp(argv[i], "--dry-run") == 0) { settings->dry_run = 1; continue; }
        if (strcmp(argv[i], "--usb") == 0) { settings->usb = 1; continue; }
        if (strcmp(argv[i], "--touch1200") == 0) { settings->touch1200 = 1; continue; }
        if (strcmp(argv[i], "--no-confirm") == 0) { settings->confirm = 0; continue; }
        value = take_option_value(argc, argv, &i, "--port", &matched);
        if (matched) {
            if (value == NULL || value[0] == '\0')
                return usage_error("--port needs a path", NULL);
            if (settings->port_count == FLASH_MAX_PORTS)
                return usage_error("too many --port (at most 32)", NULL);
            settings->ports[settings->port_count++] = value;
            continue;
        }
        value = take_option_value(argc, argv, &i, "--address", &matched);
        if (matched) {
            if (value == NULL || parse_address(value, &number) != 0)
                return usage_error("--address needs an address such as 0x08000000", value);
            settings->has_address = 1;
            settings->address = (uint32_t)number;
            continue;
        }
        if (take_link_option(argc, argv, &i, &link, &code)) {
            if (code != EXIT_OK)
                return code;
            continue;
        }
        value = take_option_value(argc, argv, &i, "--expect-ms", &matched);
        if (matched) {
            if (value == NULL || parse_unsigned(value, 1, 600000, &number) != 0)
                return usage_error("--expect-ms needs 1 to 600000", value);
            settings->expect_ms = (unsigned)number;
            continue;
        }
        value = take_option_value(argc, argv, &i, "--expect", &matched);
        if (matched) {
            if (value == NULL || value[0] == '\0')
                return usage_error("--expect needs the text the new application prints", NULL);
            settings->expect = value;
            continue;
        }
        value = take_option_value(argc, argv, &i, "--line", &matched);
        if (matched) {
            if (value == NULL || value[0] == '\0')
                return usage_error("--line needs a part number or a DEV_ID", NULL);
            settings->line = value;
            continue;
        }
        if (argv[i][0] == '-' && argv[i][1] != '\0')
            return usage_error("unknown flash option", argv[i]);
        if (settings->image_path != NULL)
            return usage_error("flash takes one IMAGE", argv[i]);
        settings->image_path = argv[i];
    }
    if (settings->image_path == NULL)
        return usage_error("flash needs an IMAGE (ELF, Intel HEX, or a raw binary with --address)", NULL);
    if (settings->usb) {
        if (settings->line == NULL)
            return usage_error("--usb needs --line PART|DEV_ID: the DFU ROM does not report its DEV_ID", NULL);
        if (settings->port_count > 1)
            return usage_error("--usb takes at most one --port (the trigger's)", NULL);
    } else if (settings->touch1200) {
        return usage_error("--touch1200 is the trigger of --usb", NULL);
    }
    if (settings->port_count == 0 && !settings->usb && !(settings->dry_run && settings->line != NULL))
        return usage_error("flash needs --port PATH (a dry run may name the line with --line instead)", NULL);
    if (settings->dry_run && settings->port_count > 1)
        return usage_error("--dry-run takes one --port", NULL);
    return EXIT_OK;
}

/* --line: a DEV_ID or a part number naming exactly one row. */
static const struct device_row *line_named(const char *text, char *error, size_t error_size)
{
    const struct device_row *matches[8];
    unsigned long dev_id;
    size_t found;

    if (parse_dev_id(text, &dev_id) == 0 && device_by_id((uint32_t)dev_id) != NULL)
        return device_by_id((uint32_t)dev_id);
    found = devices_matching_part(text, matches, sizeof matches / sizeof matches[0]);
    if (found == 1)
        return matches[0];
    snprintf(error, error_size, found == 0 ? "--line %s: no line of data/stm32.def matches"
                                           : "--line %s: several lines match (sysboot info lists them)", text);
    return NULL;
}

int command_flash(int argc, char **argv)
{
    struct flash_settings settings;
    struct image image;
    char error[320];
    int code;

    memset(&settings, 0, sizeof settings);
    settings.magic = SYSBOOT_MAGIC_DEFAULT;
    settings.app_baud = 115200;
    settings.rom.baud = 115200;
    settings.rom.parity = SERIAL_PARITY_EVEN;
    settings.timeout_ms = 500;
    settings.wait_ms = 5000;
    settings.expect_ms = 5000;
    settings.confirm = 1;
    settings.format = FORMAT_TEXT;

    code = parse_flash_options(argc, argv, &settings);
    if (code != EXIT_OK)
        return code;
    /* the image first: a file that is not a firmware image never reaches a device */
    if (image_load(settings.image_path, settings.has_address, settings.address, &image, error,
                   sizeof error) != 0)
        return flash_report_failure(&settings, NULL, "bad_image", EXIT_BAD_IMAGE, error);
    if (settings.line != NULL) {
        settings.line_row = line_named(settings.line, error, sizeof error);
        if (settings.line_row == NULL) {
            image_free(&image);
            return usage_error(error, NULL);
        }
    }
    if (settings.dry_run)
        code = flash_dry_run(&settings, &image);
    else if (settings.usb)
        code = flash_usb(&settings, &image);
    else if (settings.port_count == 1)
        code = flash_session(&settings, settings.ports[0], &image, NULL);
    else
        code = flash_many(&settings, &image);
    image_free(&image);
    return code;
}

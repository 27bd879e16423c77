/* `sysboot list` and `sysboot info`: the database, read-only. */
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "device_table.h"
#include "exit_codes.h"
#include "options.h"

const char list_usage[] =
"usage: sysboot list [--csv|--markdown]\n"
"  every row of data/stm32.def: a table, CSV (a header line, then one line\n"
"  per row), or the Markdown of docs/devices.md\n";

const char info_usage[] =
"usage: sysboot info <dev_id|part>\n"
"  one row in full, with its source. A DEV_ID: 0x413, 413. A part, matched by\n"
"  family prefix, case-insensitive: STM32F405, f405, STM32F407VGT6, f4 (every\n"
"  F4 row). A full F1 or L1 part number names its density line by its flash\n"
"  size letter (STM32F103C8T6: 8 = 64 KiB, medium density, 0x410). Several\n"
"  matching rows are listed (exit 2).\n";

int command_list(int argc, char **argv)
{
    if (argc == 0) {
        output_list_text(stdout);
        return EXIT_OK;
    }
    if (argc == 1 && strcmp(argv[0], "--csv") == 0) {
        output_list_csv(stdout);
        return EXIT_OK;
    }
    if (argc == 1 && strcmp(argv[0], "--markdown") == 0) {
        output_list_markdown(stdout);
        return EXIT_OK;
    }
    return usage_error("list takes one of --csv or --markdown, or nothing", argv[0]);
}

#define MAX_LISTED_MATCHES 64

int command_info(int argc, char **argv)
{
    const struct device_row *matches[MAX_LISTED_MATCHES];
    unsigned long dev_id;
    size_t found;
    size_t i;

    if (argc != 1)
        return usage_error("info takes one DEV_ID (0x413, 413) or part name (STM32F405, F405)",
                           argc > 1 ? argv[1] : NULL);

    /* A hex number naming a known DEV_ID wins; otherwise it is a part name
     * (so "405" still finds the STM32F405 row). */
    if (parse_dev_id(argv[0], &dev_id) == 0 && device_by_id(dev_id) != NULL) {
        output_row_details(stdout, device_by_id(dev_id));
        return EXIT_OK;
    }
    found = devices_matching_part(argv[0], matches, MAX_LISTED_MATCHES);
    if (found == 1) {
        output_row_details(stdout, matches[0]);
        return EXIT_OK;
    }
    if (found == 0) {
        fprintf(stderr, "sysboot: no database row matches \"%s\"\n", argv[0]);
        return EXIT_NOT_FOUND;
    }
    printf("%lu rows match \"%s\"; name one by its DEV_ID:\n", (unsigned long)found, argv[0]);
    for (i = 0; i < found && i < MAX_LISTED_MATCHES; i++)
        output_row_summary(stdout, matches[i]);
    return EXIT_AMBIGUOUS;
}

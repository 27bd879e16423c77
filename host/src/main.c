/* sysboot: the host side of sysboot. Dispatches to the subcommands. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "exit_codes.h"
#include "options.h"
#include "output.h"
#include "sysboot.h"

static const char help_intro[] =
"usage: sysboot <command> [options]     sysboot <command> --help\n"
"\n"
"Get an STM32 from its application into ST's ROM system bootloader, check\n"
"that the ROM answers, and update the application through it.\n"
"\n"
"commands:\n";

static const char help_exit_codes[] =
"  --help, --version\n"
"\n"
"exit codes:\n"
"   0 ok\n"
"   1 info: no row matches\n"
"   2 info: several rows match (they are listed)\n"
"   3 usage: unknown option, absurd value, malformed magic line\n"
"   4 the port cannot be opened or configured\n"
"   5 no answer (timeout)\n"
"   6 garbage reply (not AN3155)\n"
"   7 NACK: the bootloader refused a command\n"
"   8 reply cut short\n"
"   9 DEV_ID not in the database\n"
"  10 port vanished mid-transaction\n"
"  11 no ST ROM DFU device found on USB\n"
"  12 USB error (libusb failure, device unreadable)\n"
"  13 the trigger could not be written\n"
"  14 flash: the image file is unreadable or malformed\n"
"  15 flash: the image does not belong on this line (flash range, vector table)\n"
"  16 flash: no flash layout for this line, or the ROM lacks a needed command\n"
"  17 flash: the ROM refused to erase or write: write protection\n"
"  18 flash: read protection is active\n"
"  19 flash: what was read back differs from the image\n"
"  20 flash: the new application did not come up\n"
"  21 flash on several ports: at least one device was not updated\n"
"  22 the output could not be written (stdout full or closed)\n";

struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *usage;
};

static const struct command commands[] = {
    { "list", command_list, list_usage },
    { "info", command_info, info_usage },
    { "probe", command_probe, probe_usage },
    { "enter", command_enter, enter_usage },
    { "flash", command_flash, flash_usage },
};
#define COMMAND_COUNT (sizeof commands / sizeof commands[0])

/* The --format a command line asks for, so that a usage error, too, ends in
 * the one record a script parses. Text when absent or not a known format. */
static enum output_format requested_format = FORMAT_TEXT;

static void note_requested_format(int argc, char **argv)
{
    int i;

    for (i = 0; i < argc; i++) {
        const char *value = NULL;
        if (strcmp(argv[i], "--format") == 0 && i + 1 < argc)
            value = argv[i + 1];
        else if (strncmp(argv[i], "--format=", 9) == 0)
            value = argv[i] + 9;
        if (value != NULL && parse_format(value, &requested_format) != 0)
            requested_format = FORMAT_TEXT;
    }
}

static int asks_for_help(int argc, char **argv)
{
    int i;

    for (i = 0; i < argc; i++)
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
            return 1;
    return 0;
}

int usage_error(const char *what, const char *detail)
{
    char message[320];

    if (detail != NULL)
        snprintf(message, sizeof message, "%s: \"%s\"", what, detail);
    else
        snprintf(message, sizeof message, "%s", what);
    fprintf(stderr, "sysboot: %s\nTry 'sysboot --help'.\n", message);
    output_failure(stdout, "usage", message, EXIT_USAGE, requested_format);
    return EXIT_USAGE;
}

/* A report that did not reach its reader (a full disk, a closed pipe) is a
 * failure, whatever the command found. */
static int finished(int code)
{
    if (fflush(stdout) == 0 && !ferror(stdout))
        return code;
    fprintf(stderr, "sysboot: writing the output failed: %s\n", strerror(errno));
    return code != EXIT_OK ? code : EXIT_OUTPUT_FAILED;
}

int main(int argc, char **argv)
{
    const char *name;
    size_t i;

    if (argc < 2)
        return usage_error("no command given", NULL);
    name = argv[1];
    if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0 || strcmp(name, "help") == 0) {
        fputs(help_intro, stdout);
        for (i = 0; i < COMMAND_COUNT; i++) {
            fputs(commands[i].usage, stdout);
            fputc('\n', stdout);
        }
        fputs(help_exit_codes, stdout);
        return EXIT_OK;
    }
    if (strcmp(name, "--version") == 0) {
        printf("sysboot %s\n", SYSBOOT_VERSION);
        return EXIT_OK;
    }
    for (i = 0; i < COMMAND_COUNT; i++) {
        if (strcmp(name, commands[i].name) != 0)
            continue;
        if (asks_for_help(argc - 2, argv + 2)) {
            fputs(commands[i].usage, stdout);
            return EXIT_OK;
        }
        note_requested_format(argc - 2, argv + 2);
        return finished(commands[i].run(argc - 2, argv + 2));
    }
    return usage_error("unknown command", name);
}

/* sysboot: the host side of sysboot. Dispatches to the subcommands. */
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "exit_codes.h"
#include "sysboot.h"

static const char help_text[] =
"usage: sysboot <command> [options]\n"
"\n"
"Get an STM32 from its application into ST's ROM system bootloader, and\n"
"check that the ROM answers.\n"
"\n"
"commands:\n"
"  list [--csv|--markdown]     every row of data/stm32.def\n"
"  info <dev_id|part>          one row in full: 0x413, 413, STM32F405, f405\n"
"  probe --port PATH [--baud N] [--parity even|none] [--timeout-ms N]\n"
"        [--retries N] [--format text|json|kv]\n"
"                              ask a USART bootloader (AN3155) who it is\n"
"  probe --usb [--format text|json|kv]\n"
"                              find the ROM DFU device (0483:df11) and decode\n"
"                              its DfuSe memory layout\n"
"  enter --port PATH (--magic [STRING] | --touch1200) [--baud N]\n"
"        [--then-probe|--no-probe] [--usb] [--wait-ms N] [--rom-baud N]\n"
"        [--parity even|none] [--timeout-ms N] [--format text|json|kv]\n"
"                              send the trigger at the application's baud\n"
"                              (default 115200 8N1; magic default \"" SYSBOOT_MAGIC_DEFAULT "\"),\n"
"                              then probe the ROM until --wait-ms (default 5000)\n"
"                              passes; --usb waits for the DFU device instead\n"
"  --help, --version\n"
"\n"
"defaults: probe at 115200 baud, even parity (the ROM's 8E1), 500 ms per reply,\n"
"2 retries. Ptys and USB bridges that cannot do even parity: --parity none.\n"
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
"  13 the trigger could not be written\n";

int usage_error(const char *what, const char *detail)
{
    if (detail != NULL)
        fprintf(stderr, "sysboot: %s: \"%s\"\n", what, detail);
    else
        fprintf(stderr, "sysboot: %s\n", what);
    fprintf(stderr, "Try 'sysboot --help'.\n");
    return EXIT_USAGE;
}

int main(int argc, char **argv)
{
    const char *command;

    if (argc < 2)
        return usage_error("no command given", NULL);
    command = argv[1];
    if (strcmp(command, "--help") == 0 || strcmp(command, "-h") == 0
        || strcmp(command, "help") == 0) {
        fputs(help_text, stdout);
        return EXIT_OK;
    }
    if (strcmp(command, "--version") == 0) {
        printf("sysboot %s\n", SYSBOOT_VERSION);
        return EXIT_OK;
    }
    if (strcmp(command, "list") == 0)  return command_list(argc - 2, argv + 2);
    if (strcmp(command, "info") == 0)  return command_info(argc - 2, argv + 2);
    if (strcmp(command, "probe") == 0) return command_probe(argc - 2, argv + 2);
    if (strcmp(command, "enter") == 0) return command_enter(argc - 2, argv + 2);
    return usage_error("unknown command", command);
}

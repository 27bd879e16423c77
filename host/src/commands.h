/* The subcommands, each taking the arguments after its name, and the probe
 * steps `enter` reuses. All return an exit code from exit_codes.h. */
#ifndef SYSBOOT_HOST_COMMANDS_H
#define SYSBOOT_HOST_COMMANDS_H

#include "an3155.h"
#include "output.h"
#include "serial.h"

int command_list(int argc, char **argv);
int command_info(int argc, char **argv);
int command_probe(int argc, char **argv);
int command_enter(int argc, char **argv);
int command_flash(int argc, char **argv);

/* Each subcommand's own usage, printed by `sysboot <command> --help` and
 * gathered in `sysboot --help`. */
extern const char list_usage[];
extern const char info_usage[];
extern const char probe_usage[];
extern const char enter_usage[];
extern const char flash_usage[];

struct serial_probe_settings {
    const char *port;
    struct serial_settings serial;
    struct an3155_options an3155;
};

/* Opens the port, runs the AN3155 probe, closes it. Fills `report` (whose
 * storage for info and message the caller owns) and returns the exit code. */
int probe_serial_port(const struct serial_probe_settings *settings, struct an3155_info *info,
                      char *message, size_t message_size, struct probe_report *report);

/* Looks for the ROM DFU device once; prints the result. */
int probe_usb_once(enum output_format format, int print_failure);

/* Prints "sysboot: <what>" to stderr (and, when the command line asked for
 * --format json or kv, one failure record to stdout); returns EXIT_USAGE. */
int usage_error(const char *what, const char *detail);

#endif

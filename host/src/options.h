/* Strict parsing of option values: anything absurd is refused up front. */
#ifndef SYSBOOT_HOST_OPTIONS_H
#define SYSBOOT_HOST_OPTIONS_H

#include <stddef.h>

#include "output.h"
#include "serial.h"

/* Decimal digits only, no sign, within [minimum, maximum]. 0 or -1. */
int parse_unsigned(const char *text, unsigned long minimum, unsigned long maximum,
                   unsigned long *value);
int parse_parity(const char *text, enum serial_parity *parity);
int parse_format(const char *text, enum output_format *format);
/* "0x413", "413" or "0X413": a 12-bit hex DEV_ID. 0 or -1. */
int parse_dev_id(const char *text, unsigned long *dev_id);

/* A 32-bit address: "0x08000000" (hex) or decimal digits. 0 or -1. */
int parse_address(const char *text, unsigned long *address);

/* The magic line the firmware's matcher will see: 1..64 printable ASCII
 * bytes, so no CR, LF or control byte can split or end it early.
 * Returns 0, or -1 with the reason in `error`. */
#define MAGIC_LINE_MAX 64
int check_magic_line(const char *text, char *error, size_t error_size);

/* Where the link options `enter` and `flash` share land; NULL: not taken. */
struct link_option_targets {
    unsigned *app_baud;             /* --baud */
    unsigned *rom_baud;             /* --rom-baud */
    enum serial_parity *parity;     /* --parity */
    unsigned *timeout_ms;           /* --timeout-ms */
    unsigned *wait_ms;              /* --wait-ms */
    enum output_format *format;     /* --format */
};

/* If argv[*index] is one of those options, takes it (and its value) and
 * returns 1 with *code EXIT_OK, or the usage error's code for a bad value;
 * otherwise returns 0. */
int take_link_option(int argc, char **argv, int *index, const struct link_option_targets *targets,
                     int *code);

/* The value of "--name value" or "--name=value" at argv[*index]; moves
 * *index past what it used. *matched says whether argv[*index] is this
 * option at all; NULL with *matched set means its value is missing. */
const char *take_option_value(int argc, char **argv, int *index, const char *name,
                              int *matched);

#endif

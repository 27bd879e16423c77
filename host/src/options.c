/* Option value parsing. */
#include "options.h"

#include "commands.h"
#include "exit_codes.h"

#include <stdio.h>
#include <string.h>

int parse_unsigned(const char *text, unsigned long minimum, unsigned long maximum,
                   unsigned long *value)
{
    unsigned long total = 0;
    const char *c;

    if (text == NULL || text[0] == '\0')
        return -1;
    for (c = text; *c != '\0'; c++) {
        unsigned digit;
        if (*c < '0' || *c > '9')
            return -1;
        digit = (unsigned)(*c - '0');
        if (total > (maximum - digit) / 10u)
            return -1; /* above the maximum, and so also safe from overflow */
        total = total * 10u + digit;
    }
    if (total < minimum)
        return -1;
    *value = total;
    return 0;
}

int parse_parity(const char *text, enum serial_parity *parity)
{
    if (strcmp(text, "even") == 0) {
        *parity = SERIAL_PARITY_EVEN;
        return 0;
    }
    if (strcmp(text, "none") == 0) {
        *parity = SERIAL_PARITY_NONE;
        return 0;
    }
    return -1;
}

int parse_format(const char *text, enum output_format *format)
{
    if (strcmp(text, "text") == 0) *format = FORMAT_TEXT;
    else if (strcmp(text, "json") == 0) *format = FORMAT_JSON;
    else if (strcmp(text, "kv") == 0) *format = FORMAT_KV;
    else return -1;
    return 0;
}

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

int parse_dev_id(const char *text, unsigned long *dev_id)
{
    unsigned long total = 0;
    size_t digits = 0;

    if (text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
        text += 2;
    for (; *text != '\0'; text++, digits++) {
        int digit = hex_digit(*text);
        if (digit < 0 || digits == 3)
            return -1;
        total = total * 16u + (unsigned long)digit;
    }
    if (digits == 0)
        return -1;
    *dev_id = total;
    return 0;
}

int check_magic_line(const char *text, char *error, size_t error_size)
{
    size_t length = strlen(text);
    size_t i;

    if (length == 0) {
        snprintf(error, error_size, "the magic line is empty");
        return -1;
    }
    if (length > MAGIC_LINE_MAX) {
        snprintf(error, error_size, "the magic line is %lu bytes; at most %d are allowed",
                 (unsigned long)length, MAGIC_LINE_MAX);
        return -1;
    }
    for (i = 0; i < length; i++) {
        unsigned char byte = (unsigned char)text[i];
        if (byte == '\r' || byte == '\n') {
            snprintf(error, error_size, "the magic line contains a line end at byte %lu",
                     (unsigned long)i);
            return -1;
        }
        if (byte < 0x20 || byte > 0x7E) {
            snprintf(error, error_size,
                     "the magic line contains a non-printable byte 0x%02X at byte %lu",
                     byte, (unsigned long)i);
            return -1;
        }
    }
    return 0;
}

/* Value of an option given as "--name value" or "--name=value". Moves *index
 * past what it used. NULL if `arg` is not this option or lacks a value. */
const char *take_option_value(int argc, char **argv, int *index, const char *name, int *matched)
{
    const char *arg = argv[*index];
    size_t length = strlen(name);

    *matched = 0;
    if (strncmp(arg, name, length) != 0)
        return NULL;
    if (arg[length] == '=') {
        *matched = 1;
        return arg + length + 1;
    }
    if (arg[length] != '\0')
        return NULL;
    *matched = 1;
    if (*index + 1 >= argc)
        return NULL;
    (*index)++;
    return argv[*index];
}

int parse_address(const char *text, unsigned long *address)
{
    const char *c = text;
    unsigned long value = 0;
    int base = 10, digits = 0;

    if (c[0] == '0' && (c[1] == 'x' || c[1] == 'X')) {
        base = 16;
        c += 2;
    }
    for (; *c != '\0'; c++, digits++) {
        int d = *c >= '0' && *c <= '9' ? *c - '0'
              : base == 16 && *c >= 'a' && *c <= 'f' ? *c - 'a' + 10
              : base == 16 && *c >= 'A' && *c <= 'F' ? *c - 'A' + 10 : -1;
        if (d < 0 || digits >= (base == 16 ? 8 : 10))
            return -1;
        value = value * (unsigned long)base + (unsigned long)d;
    }
    if (digits == 0 || value > 0xFFFFFFFFul)
        return -1;
    *address = value;
    return 0;
}

struct unsigned_option {
    const char *name;
    unsigned long minimum, maximum;
    const char *complaint;
};

int take_link_option(int argc, char **argv, int *index, const struct link_option_targets *targets,
                     int *code)
{
    static const struct unsigned_option numbers[] = {
        { "--baud", 50, 12000000, "--baud needs a rate from 50 to 12000000" },
        { "--rom-baud", 50, 12000000, "--rom-baud needs a rate from 50 to 12000000" },
        { "--timeout-ms", 1, 600000, "--timeout-ms needs 1 to 600000" },
        { "--wait-ms", 0, 600000, "--wait-ms needs 0 to 600000" },
    };
    unsigned *destinations[4];
    unsigned long number;
    const char *value;
    int matched;
    size_t i;

    destinations[0] = targets->app_baud;
    destinations[1] = targets->rom_baud;
    destinations[2] = targets->timeout_ms;
    destinations[3] = targets->wait_ms;
    *code = EXIT_OK;
    for (i = 0; i < sizeof numbers / sizeof numbers[0]; i++) {
        if (destinations[i] == NULL)
            continue;
        value = take_option_value(argc, argv, index, numbers[i].name, &matched);
        if (!matched)
            continue;
        if (value == NULL || parse_unsigned(value, numbers[i].minimum, numbers[i].maximum, &number) != 0)
            *code = usage_error(numbers[i].complaint, value);
        else
            *destinations[i] = (unsigned)number;
        return 1;
    }
    if (targets->parity != NULL) {
        value = take_option_value(argc, argv, index, "--parity", &matched);
        if (matched) {
            if (value == NULL || parse_parity(value, targets->parity) != 0)
                *code = usage_error("--parity is even or none", value);
            return 1;
        }
    }
    if (targets->format != NULL) {
        value = take_option_value(argc, argv, index, "--format", &matched);
        if (matched) {
            if (value == NULL || parse_format(value, targets->format) != 0)
                *code = usage_error("--format is text, json or kv", value);
            return 1;
        }
    }
    return 0;
}

/* Everything the command prints: database tables, one row in full, and
 * probe reports as text, JSON or key=value. */
#ifndef SYSBOOT_HOST_OUTPUT_H
#define SYSBOOT_HOST_OUTPUT_H

#include <stdio.h>

#include "an3155.h"
#include "device_table.h"
#include "usb_dfu.h"

enum output_format {
    FORMAT_TEXT,
    FORMAT_JSON,
    FORMAT_KV
};

void output_list_text(FILE *out);
void output_list_csv(FILE *out);
void output_list_markdown(FILE *out);
void output_row_details(FILE *out, const struct device_row *row);
/* One line per row: "0x413  STM32F405xx/07xx, ..." for ambiguous matches. */
void output_row_summary(FILE *out, const struct device_row *row);

struct probe_report {
    const char *port;
    unsigned baud;
    const char *parity;               /* "even" or "none" */
    const char *backend;              /* "libserialport" or "termios"; NULL: not opened */
    const char *status;               /* machine word: ok, no_answer, ... */
    const char *message;              /* human sentence; "" on success */
    int exit_code;
    int have_info;                    /* the AN3155 exchange completed */
    const struct an3155_info *info;
    const struct device_row *row;     /* NULL when the DEV_ID is unknown */
    const char *magic_from;           /* enter: where the magic line came from; NULL: not sent */
    const char *flash_read;           /* readable, read-protected, not-asked; NULL: no answer */
    uint32_t flash_base;              /* where READ_MEMORY asked (flash_read readable/read-protected) */
};

void output_probe(FILE *out, const struct probe_report *report, enum output_format format);

void output_usb(FILE *out, const struct usb_dfu_device *device, enum output_format format);
/* A run that ended before it had anything else to report (a usage error,
 * no USB device, a port that cannot be opened), as one JSON or key=value
 * record; nothing for FORMAT_TEXT. */
void output_failure(FILE *out, const char *status, const char *message, int exit_code,
                    enum output_format format);
/* A JSON string literal, and one key=value pair (values with blanks or
 * quotes double-quoted; `first` omits the separating blank). */
void output_json_string(FILE *out, const char *text);
void output_kv_pair(FILE *out, const char *key, const char *value, int first);

/* `enter --no-probe`: the trigger went out; one record in any format.
 * magic_from: where the magic line came from (secret.h words), NULL for
 * the touch. */
void output_trigger_sent(FILE *out, const char *port, const char *trigger,
                         const char *magic_from, enum output_format format);

#endif

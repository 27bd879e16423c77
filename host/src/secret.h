/* Where `sysboot enter` takes its magic line from. A product's secret line
 * never has to be typed on the command line, where every user of the
 * machine sees it in the process list: it comes from a file or from the
 * environment, and the tool says which it used (docs/security.md). */
#ifndef SYSBOOT_HOST_SECRET_H
#define SYSBOOT_HOST_SECRET_H

#include <stddef.h>

#define SECRET_ENV "SYSBOOT_SECRET"

enum magic_source {
    MAGIC_FROM_DEFAULT,       /* SYSBOOT_MAGIC_DEFAULT */
    MAGIC_FROM_COMMAND_LINE,  /* --magic STRING */
    MAGIC_FROM_ENVIRONMENT,   /* SYSBOOT_SECRET */
    MAGIC_FROM_FILE           /* --secret-file PATH */
};

/* The first line of the file at `path` (one trailing LF or CRLF dropped),
 * checked as a magic line, into `line` (size bytes). Returns 0, or -1 with
 * the reason in `error`, which never quotes the file's contents.
 * *shared is set when users other than the owner may read the file. */
int secret_from_file(const char *path, char *line, size_t size, int *shared,
                     char *error, size_t error_size);

/* "file", "environment", "command_line" or "default": the json/kv word. */
const char *magic_source_word(enum magic_source source);

#endif

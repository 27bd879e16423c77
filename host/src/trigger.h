/* The triggers a running application listens for (include/sysboot.h's
 * sysboot_magic_* and sysboot_touch_* helpers), sent by `enter` and `flash`. */
#ifndef SYSBOOT_HOST_TRIGGER_H
#define SYSBOOT_HOST_TRIGGER_H

#include <stddef.h>

enum trigger_result {
    TRIGGER_SENT,
    TRIGGER_OPEN_FAILED,        /* the port cannot be opened: `error` says why */
    TRIGGER_WRITE_FAILED        /* it opened, but the bytes did not go out */
};

/* A line break, then the magic line and CR LF, at the application's baud
 * (8N1): the break ends whatever the application's matcher saw before (a
 * probe's 0x7F, a half-typed line), so the magic starts a line of its own. */
enum trigger_result trigger_magic(const char *path, unsigned baud, const char *magic,
                                  char *error, size_t error_size);
/* Open at 1200 baud with DTR set, drop DTR, close (the USB CDC convention).
 * `*no_dtr` is set when the port has no modem lines (a pty). */
enum trigger_result trigger_touch1200(const char *path, int *no_dtr, char *error,
                                      size_t error_size);

#endif

/* POSIX access to a tty by file descriptor: the one policy both backends
 * follow once the port is open (libserialport only finds and opens real
 * ports; ptys and links to them are opened here): exclusive access, raw
 * 8-bit, no hardware flow control, no hang-up on close, the port's own
 * settings back at close, reads that notice a hang-up, a bounded drain. */
#ifndef SYSBOOT_HOST_SERIAL_TERMIOS_H
#define SYSBOOT_HOST_SERIAL_TERMIOS_H

#include <stddef.h>
#include <stdint.h>
#include <termios.h>

#include "serial.h"

/* The port's settings as found, put back at close. */
struct termios_saved {
    struct termios mode;
    int valid;
};

/* Opens `path` (O_NOCTTY, non-blocking); -1 with `error` filled. */
int termios_open(const char *path, char *error, size_t error_size);
/* Exclusive access (flock, and TIOCEXCL for other users) and the saved
 * settings; -1 with `error` ("in use by another program") if taken. */
int termios_claim(int fd, struct termios_saved *saved, char *error, size_t error_size);
/* The saved settings back, except HUPCL, which stays off: restoring it
 * would drop DTR and RTS at the close (a reset on boards wired to NRST). */
void termios_release(int fd, const struct termios_saved *saved);
/* Raw 8-bit at the settings' baud and parity, on an open descriptor. */
int termios_configure(int fd, const struct serial_settings *settings, char *error,
                      size_t error_size);
/* Up to `length` bytes within `timeout_ms` (fewer on timeout, -1 if the
 * port hung up); `byte_us`, the line's time per byte (0: unknown), paces
 * the waits of a long reply. */
int termios_read(int fd, uint8_t *buffer, size_t length, unsigned timeout_ms, unsigned byte_us);
int termios_write(int fd, const uint8_t *data, size_t length, unsigned timeout_ms);
void termios_discard_input(int fd);
int termios_set_dtr(int fd, int on);
/* Waits until the output queue is empty, at most `limit_ms`; 0 or -1. */
int termios_drain(int fd, unsigned limit_ms);
void termios_close(int fd);

#endif

/* POSIX termios access to a tty by file descriptor: the fallback for ptys. */
#ifndef SYSBOOT_HOST_SERIAL_TERMIOS_H
#define SYSBOOT_HOST_SERIAL_TERMIOS_H

#include <stddef.h>
#include <stdint.h>

#include "serial.h"

/* Returns a configured raw 8-bit descriptor, or -1 with `error` filled. */
int termios_open(const char *path, const struct serial_settings *settings,
                 char *error, size_t error_size);
/* Raw 8-bit at the settings' baud and parity, on an open descriptor. */
int termios_configure(int fd, const struct serial_settings *settings, char *error,
                      size_t error_size);
int termios_read(int fd, uint8_t *buffer, size_t length, unsigned timeout_ms);
int termios_write(int fd, const uint8_t *data, size_t length, unsigned timeout_ms);
void termios_discard_input(int fd);
int termios_set_dtr(int fd, int on);
int termios_drain(int fd);
void termios_close(int fd);

#endif

/* Serial ports: libserialport for real ports on every platform, with a
 * termios fallback for ptys, which libserialport 0.1.1 refuses on Linux
 * ("Device not found": it looks the port up in sysfs). */
#ifndef SYSBOOT_HOST_SERIAL_H
#define SYSBOOT_HOST_SERIAL_H

#include <stddef.h>

#include "byte_port.h"

enum serial_parity {
    SERIAL_PARITY_NONE,
    SERIAL_PARITY_EVEN
};

struct serial_settings {
    unsigned baud;
    enum serial_parity parity;   /* 8 data bits and 1 stop bit always */
};

struct serial_port;

/* Opens and configures the port; NULL with a message in `error` if not. */
struct serial_port *serial_open(const char *path, const struct serial_settings *settings,
                                char *error, size_t error_size);
/* New line settings on an open port, without closing it (what arrived
 * stays readable): the ROM's 8E1, then the application's 8N1. 0 or -1. */
int serial_configure(struct serial_port *port, const struct serial_settings *settings,
                     char *error, size_t error_size);
/* Sets or clears DTR. Returns 0, or -1 if the port has no modem lines (a pty). */
int serial_set_dtr(struct serial_port *port, int on);
/* Waits until everything written has left; 0 or -1. */
int serial_drain(struct serial_port *port);
void serial_close(struct serial_port *port);
/* The port seen through the AN3155 client's byte_port interface. */
struct byte_port serial_byte_port(struct serial_port *port);
/* "libserialport" or "termios": which backend opened the port. */
const char *serial_backend_name(const struct serial_port *port);

#endif

/* Serial port front. libserialport finds and opens real ports (on Windows
 * it does everything); on POSIX systems the open descriptor then follows
 * one policy for both backends (serial_termios.c), and ptys, which
 * libserialport 0.1.1 refuses ("Device not found": it looks the port up in
 * sysfs), are opened by termios alone. */
#ifndef _WIN32
#define _DEFAULT_SOURCE       /* realpath */
#endif
#include "serial.h"

#include <libserialport.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

#ifndef _WIN32
#include <unistd.h>

#include "serial_termios.h"
#endif

/* A write has this long to leave the port. */
#define DRAIN_LIMIT_MS 2000u

struct serial_port {
    struct sp_port *library_port;   /* set when libserialport opened it */
    int fd;                         /* POSIX: the descriptor every access uses */
    unsigned byte_us;               /* the line's time per byte at its settings */
#ifndef _WIN32
    struct termios_saved saved;
#endif
};

static int configure_library_port(struct sp_port *port, const struct serial_settings *settings)
{
    enum sp_parity parity = settings->parity == SERIAL_PARITY_EVEN ? SP_PARITY_EVEN
                                                                  : SP_PARITY_NONE;

    if (sp_set_baudrate(port, (int)settings->baud) != SP_OK) return -1;
    if (sp_set_bits(port, 8) != SP_OK) return -1;
    if (sp_set_parity(port, parity) != SP_OK) return -1;
    if (sp_set_stopbits(port, 1) != SP_OK) return -1;
    if (sp_set_flowcontrol(port, SP_FLOWCONTROL_NONE) != SP_OK) return -1;
    return 0;
}

static void free_library_port(struct sp_port *library_port)
{
    sp_close(library_port);
    sp_free_port(library_port);
}

/* libserialport, by the name a link points to (/dev/serial/by-id/..., a
 * udev alias): it knows ports by their device names only. */
static struct sp_port *open_with_library(const char *path, char *error, size_t error_size,
                                         int *not_found)
{
    struct sp_port *library_port = NULL;
    const char *name = path;
#ifndef _WIN32
    char resolved[PATH_MAX];
    if (realpath(path, resolved) != NULL)
        name = resolved;
#endif
    *not_found = 0;
    if (sp_get_port_by_name(name, &library_port) != SP_OK) {
        *not_found = 1;
        return NULL;
    }
    if (sp_open(library_port, SP_MODE_READ_WRITE) != SP_OK) {
        char *message = sp_last_error_message();
        snprintf(error, error_size, "%s", message != NULL ? message : "open failed");
        sp_free_error_message(message);
        sp_free_port(library_port);
        return NULL;
    }
    return library_port;
}

static int configure(struct serial_port *port, const struct serial_settings *settings,
                     char *error, size_t error_size)
{
    /* start, 8 data bits, parity, stop */
    port->byte_us = (unsigned)((settings->parity == SERIAL_PARITY_EVEN ? 11000000ul : 10000000ul) / settings->baud);
#ifndef _WIN32
    return termios_configure(port->fd, settings, error, error_size);
#else
    if (configure_library_port(port->library_port, settings) == 0)
        return 0;
    snprintf(error, error_size, "cannot configure the port%s",
             settings->parity == SERIAL_PARITY_EVEN
                 ? " (if the adapter cannot do even parity, try --parity none)" : "");
    return -1;
#endif
}

struct serial_port *serial_open(const char *path, const struct serial_settings *settings,
                                char *error, size_t error_size)
{
    int not_found;
    struct serial_port *port = calloc(1, sizeof *port);

    if (port == NULL) {
        snprintf(error, error_size, "out of memory");
        return NULL;
    }
    port->fd = -1;
    port->library_port = open_with_library(path, error, error_size, &not_found);
    if (port->library_port == NULL && !not_found) {
        free(port);
        return NULL;
    }
#ifndef _WIN32
    if (port->library_port != NULL) {
        void *handle = NULL;
        (void)configure_library_port(port->library_port, settings);
        if (sp_get_port_handle(port->library_port, &handle) == SP_OK && handle != NULL)
            port->fd = *(int *)handle;
    } else {
        /* a pty, or a link to one: still a tty that termios drives */
        port->fd = termios_open(path, error, error_size);
    }
    if (port->fd < 0 || termios_claim(port->fd, &port->saved, error, error_size) != 0) {
        if (port->fd >= 0 && port->library_port == NULL)
            close(port->fd);
        if (port->library_port != NULL)
            free_library_port(port->library_port);
        free(port);
        return NULL;
    }
#else
    if (port->library_port == NULL) {
        snprintf(error, error_size, "no such serial port");
        free(port);
        return NULL;
    }
#endif
    if (configure(port, settings, error, error_size) != 0) {
        serial_close(port);
        return NULL;
    }
    return port;
}

int serial_configure(struct serial_port *port, const struct serial_settings *settings,
                     char *error, size_t error_size)
{
    return configure(port, settings, error, error_size);
}

int serial_set_dtr(struct serial_port *port, int on)
{
#ifndef _WIN32
    return termios_set_dtr(port->fd, on);
#else
    return sp_set_dtr(port->library_port, on ? SP_DTR_ON : SP_DTR_OFF) == SP_OK ? 0 : -1;
#endif
}

int serial_drain(struct serial_port *port)
{
#ifndef _WIN32
    return termios_drain(port->fd, DRAIN_LIMIT_MS);
#else
    return sp_drain(port->library_port) == SP_OK ? 0 : -1;
#endif
}

void serial_close(struct serial_port *port)
{
    if (port == NULL)
        return;
#ifndef _WIN32
    termios_release(port->fd, &port->saved);
    if (port->library_port == NULL)
        close(port->fd);
#endif
    if (port->library_port != NULL)
        free_library_port(port->library_port);
    free(port);
}

const char *serial_backend_name(const struct serial_port *port)
{
    return port->library_port != NULL ? "libserialport" : "termios";
}

static int port_read(void *context, uint8_t *buffer, size_t length, unsigned timeout_ms)
{
    struct serial_port *port = context;

#ifndef _WIN32
    return termios_read(port->fd, buffer, length, timeout_ms, port->byte_us);
#else
    /* libserialport treats a 0 ms timeout as "wait forever". */
    enum sp_return got = timeout_ms == 0
        ? sp_nonblocking_read(port->library_port, buffer, length)
        : sp_blocking_read(port->library_port, buffer, length, timeout_ms);
    return got < 0 ? -1 : (int)got;
#endif
}

static int port_write(void *context, const uint8_t *data, size_t length, unsigned timeout_ms)
{
    struct serial_port *port = context;

#ifndef _WIN32
    return termios_write(port->fd, data, length, timeout_ms);
#else
    enum sp_return sent = sp_blocking_write(port->library_port, data, length,
                                            timeout_ms == 0 ? 1 : timeout_ms);
    return sent == (enum sp_return)length ? (int)length : -1;
#endif
}

static void port_discard_input(void *context)
{
    struct serial_port *port = context;

#ifndef _WIN32
    termios_discard_input(port->fd);
#else
    sp_flush(port->library_port, SP_BUF_INPUT);
#endif
}

static void port_settle(void *context, unsigned quiet_ms, unsigned limit_ms)
{
    uint8_t junk[64];
    unsigned waited = 0;

    port_discard_input(context);
    while (waited < limit_ms && port_read(context, junk, sizeof junk, quiet_ms) > 0)
        waited += quiet_ms;
}

struct byte_port serial_byte_port(struct serial_port *port)
{
    struct byte_port view;

    view.context = port;
    view.read = port_read;
    view.write = port_write;
    view.discard_input = port_discard_input;
    view.settle = port_settle;
    return view;
}

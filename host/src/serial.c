/* Serial port front: libserialport first, termios for what it refuses. */
#include "serial.h"

#include <libserialport.h>
#include <stdio.h>
#include <stdlib.h>

#ifndef _WIN32
#include "serial_termios.h"
#endif

struct serial_port {
    struct sp_port *library_port;   /* set when libserialport opened it */
    int fd;                         /* set (>= 0) when termios opened it */
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

static struct serial_port *open_with_library(const char *path,
                                             const struct serial_settings *settings,
                                             char *error, size_t error_size, int *not_found)
{
    struct sp_port *library_port = NULL;
    struct serial_port *port;

    *not_found = 0;
    if (sp_get_port_by_name(path, &library_port) != SP_OK) {
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
    if (configure_library_port(library_port, settings) != 0) {
        char *message = sp_last_error_message();
        snprintf(error, error_size, "cannot configure: %s%s",
                 message != NULL ? message : "unsupported setting",
                 settings->parity == SERIAL_PARITY_EVEN
                     ? " (if the adapter cannot do even parity, try --parity none)" : "");
        sp_free_error_message(message);
        sp_close(library_port);
        sp_free_port(library_port);
        return NULL;
    }
    port = malloc(sizeof *port);
    if (port == NULL) {
        snprintf(error, error_size, "out of memory");
        sp_close(library_port);
        sp_free_port(library_port);
        return NULL;
    }
    port->library_port = library_port;
    port->fd = -1;
    return port;
}

struct serial_port *serial_open(const char *path, const struct serial_settings *settings,
                                char *error, size_t error_size)
{
    int not_found;
    struct serial_port *port = open_with_library(path, settings, error, error_size, &not_found);

    if (port != NULL || !not_found)
        return port;
#ifndef _WIN32
    {
        /* libserialport knows only ports listed by the OS (sysfs on Linux);
         * a pty or a symlink to one is still a tty that termios can drive. */
        int fd = termios_open(path, settings, error, error_size);
        if (fd < 0)
            return NULL;
        port = malloc(sizeof *port);
        if (port == NULL) {
            snprintf(error, error_size, "out of memory");
            termios_close(fd);
            return NULL;
        }
        port->library_port = NULL;
        port->fd = fd;
        return port;
    }
#else
    snprintf(error, error_size, "no such serial port");
    return NULL;
#endif
}

int serial_configure(struct serial_port *port, const struct serial_settings *settings,
                     char *error, size_t error_size)
{
    if (port->library_port != NULL) {
        if (configure_library_port(port->library_port, settings) == 0)
            return 0;
        snprintf(error, error_size, "cannot configure the port");
        return -1;
    }
#ifndef _WIN32
    return termios_configure(port->fd, settings, error, error_size);
#else
    snprintf(error, error_size, "no such serial port");
    return -1;
#endif
}

int serial_set_dtr(struct serial_port *port, int on)
{
    if (port->library_port != NULL)
        return sp_set_dtr(port->library_port, on ? SP_DTR_ON : SP_DTR_OFF) == SP_OK ? 0 : -1;
#ifndef _WIN32
    return termios_set_dtr(port->fd, on);
#else
    return -1;
#endif
}

int serial_drain(struct serial_port *port)
{
    if (port->library_port != NULL)
        return sp_drain(port->library_port) == SP_OK ? 0 : -1;
#ifndef _WIN32
    return termios_drain(port->fd);
#else
    return -1;
#endif
}

void serial_close(struct serial_port *port)
{
    if (port == NULL)
        return;
    if (port->library_port != NULL) {
        sp_close(port->library_port);
        sp_free_port(port->library_port);
    }
#ifndef _WIN32
    else {
        termios_close(port->fd);
    }
#endif
    free(port);
}

const char *serial_backend_name(const struct serial_port *port)
{
    return port->library_port != NULL ? "libserialport" : "termios";
}

static int port_read(void *context, uint8_t *buffer, size_t length, unsigned timeout_ms)
{
    struct serial_port *port = context;

    if (port->library_port != NULL) {
        /* libserialport treats a 0 ms timeout as "wait forever". */
        enum sp_return got = timeout_ms == 0
            ? sp_nonblocking_read(port->library_port, buffer, length)
            : sp_blocking_read(port->library_port, buffer, length, timeout_ms);
        return got < 0 ? -1 : (int)got;
    }
#ifndef _WIN32
    return termios_read(port->fd, buffer, length, timeout_ms);
#else
    return -1;
#endif
}

static int port_write(void *context, const uint8_t *data, size_t length, unsigned timeout_ms)
{
    struct serial_port *port = context;

    if (port->library_port != NULL) {
        enum sp_return sent = sp_blocking_write(port->library_port, data, length,
                                                timeout_ms == 0 ? 1 : timeout_ms);
        return sent == (enum sp_return)length ? (int)length : -1;
    }
#ifndef _WIN32
    return termios_write(port->fd, data, length, timeout_ms);
#else
    return -1;
#endif
}

static void port_discard_input(void *context)
{
    struct serial_port *port = context;

    if (port->library_port != NULL) {
        sp_flush(port->library_port, SP_BUF_INPUT);
        return;
    }
#ifndef _WIN32
    termios_discard_input(port->fd);
#endif
}

struct byte_port serial_byte_port(struct serial_port *port)
{
    struct byte_port view;

    view.context = port;
    view.read = port_read;
    view.write = port_write;
    view.discard_input = port_discard_input;
    return view;
}

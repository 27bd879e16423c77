/* The triggers (see trigger.h). */
#include "trigger.h"

#include <stdio.h>
#include <string.h>

#include "clock.h"
#include "options.h"
#include "serial.h"

#define TOUCH_BAUD 1200u
/* Long enough for a USB CDC stack to see the 1200-baud line coding before
 * DTR falls. */
#define TOUCH_HOLD_MS 50u

enum trigger_result trigger_magic(const char *path, unsigned baud, const char *magic,
                                  char *error, size_t error_size)
{
    struct serial_settings app;
    struct serial_port *port;
    struct byte_port bytes;
    char line[2 + MAGIC_LINE_MAX + 3];
    size_t length = strlen(magic) + 4;
    int sent;

    app.baud = baud;
    app.parity = SERIAL_PARITY_NONE;
    port = serial_open(path, &app, error, error_size);
    if (port == NULL)
        return TRIGGER_OPEN_FAILED;
    snprintf(line, sizeof line, "\r\n%s\r\n", magic);
    bytes = serial_byte_port(port);
    sent = bytes.write(bytes.context, (const uint8_t *)line, length, 1000);
    if (sent == (int)length)
        serial_drain(port);
    serial_close(port);
    if (sent != (int)length) {
        snprintf(error, error_size, "writing the magic line to %s failed", path);
        return TRIGGER_WRITE_FAILED;
    }
    return TRIGGER_SENT;
}

enum trigger_result trigger_touch1200(const char *path, int *no_dtr, char *error,
                                      size_t error_size)
{
    struct serial_settings touch;
    struct serial_port *port;

    touch.baud = TOUCH_BAUD;
    touch.parity = SERIAL_PARITY_NONE;
    *no_dtr = 0;
    port = serial_open(path, &touch, error, error_size);
    if (port == NULL)
        return TRIGGER_OPEN_FAILED;
    if (serial_set_dtr(port, 1) != 0) {
        *no_dtr = 1;            /* a pty: the close below is all it can do */
    } else {
        clock_sleep_ms(TOUCH_HOLD_MS);
        serial_set_dtr(port, 0);
    }
    serial_close(port);
    return TRIGGER_SENT;
}

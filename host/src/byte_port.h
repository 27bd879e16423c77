/* The small port interface the AN3155 client speaks through, so the same
 * client runs over a serial port, a pty, or a scripted buffer in tests. */
#ifndef SYSBOOT_HOST_BYTE_PORT_H
#define SYSBOOT_HOST_BYTE_PORT_H

#include <stddef.h>
#include <stdint.h>

struct byte_port {
    void *context;
    /* Reads up to `length` bytes, waiting at most `timeout_ms` in all.
     * Returns how many arrived (fewer on timeout, possibly 0), or -1 if the
     * port failed or disappeared. */
    int (*read)(void *context, uint8_t *buffer, size_t length, unsigned timeout_ms);
    /* Writes all `length` bytes; returns `length`, or -1 on failure. */
    int (*write)(void *context, const uint8_t *data, size_t length, unsigned timeout_ms);
    /* Drops whatever arrived but was not read yet. */
    void (*discard_input)(void *context);
    /* Drops input until none has come for `quiet_ms` (at most `limit_ms` in
     * all): a reply that came after its timeout is gone before the next
     * request. NULL when replies are never late (a scripted port). */
    void (*settle)(void *context, unsigned quiet_ms, unsigned limit_ms);
};

#endif

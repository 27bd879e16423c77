/* An in-memory byte_port: serves a scripted reply stream, records what the
 * client wrote, and can vanish after a given number of bytes. Used by the
 * AN3155 unit tests and the fuzz target. */
#ifndef SYSBOOT_HOST_SCRIPT_PORT_H
#define SYSBOOT_HOST_SCRIPT_PORT_H

#include <stddef.h>
#include <stdint.h>

#include "byte_port.h"

struct script_port {
    const uint8_t *replies;
    size_t reply_length;
    size_t position;
    long vanish_after;          /* bytes served before reads fail; -1 = never */
    int fail_writes;
    uint8_t written[512];
    size_t written_length;
};

void script_port_init(struct script_port *script, const uint8_t *replies, size_t length);
struct byte_port script_port_view(struct script_port *script);

#endif

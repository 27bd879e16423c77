/* One machine-readable record per step of a long command (`sysboot flash`):
 * a JSON object or a key=value line, written and flushed at once, so a
 * script or factory station can follow the run as it happens. */
#ifndef SYSBOOT_HOST_EVENT_H
#define SYSBOOT_HOST_EVENT_H

#include <stdint.h>
#include <stdio.h>

#include "output.h"

#define EVENT_MAX_FIELDS 24

struct event {
    FILE *out;
    enum output_format format;
    size_t count;
    struct {
        const char *key;
        char text[256];
        int number;               /* JSON: unquoted */
    } fields[EVENT_MAX_FIELDS];
};

/* Starts a record {"event":NAME,"port":PORT,...}; PORT may be NULL. */
void event_begin(struct event *event, FILE *out, enum output_format format, const char *name,
                 const char *port);
void event_text(struct event *event, const char *key, const char *value);
void event_number(struct event *event, const char *key, unsigned long long value);
void event_hex(struct event *event, const char *key, uint32_t value);
/* Writes the record (nothing for FORMAT_TEXT) and flushes. */
void event_end(struct event *event);

#endif

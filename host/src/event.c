/* Step records (see event.h). */
#include "event.h"

#include <stdio.h>
#include <string.h>

static void add(struct event *event, const char *key, const char *text, int number)
{
    if (event->count == EVENT_MAX_FIELDS)
        return;
    event->fields[event->count].key = key;
    snprintf(event->fields[event->count].text, sizeof event->fields[0].text, "%s", text);
    event->fields[event->count].number = number;
    event->count++;
}

void event_begin(struct event *event, FILE *out, enum output_format format, const char *name,
                 const char *port)
{
    event->out = out;
    event->format = format;
    event->count = 0;
    add(event, "event", name, 0);
    if (port != NULL)
        add(event, "port", port, 0);
}

void event_text(struct event *event, const char *key, const char *value)
{
    add(event, key, value, 0);
}

void event_number(struct event *event, const char *key, unsigned long long value)
{
    char text[32];
    snprintf(text, sizeof text, "%llu", value);
    add(event, key, text, 1);
}

void event_hex(struct event *event, const char *key, uint32_t value)
{
    char text[16];
    snprintf(text, sizeof text, "0x%08lX", (unsigned long)value);
    add(event, key, text, 0);
}

void event_end(struct event *event)
{
    size_t i;

    if (event->format == FORMAT_TEXT)
        return;
    if (event->format == FORMAT_JSON)
        fputc('{', event->out);
    for (i = 0; i < event->count; i++) {
        if (event->format == FORMAT_KV) {
            output_kv_pair(event->out, event->fields[i].key, event->fields[i].text, i == 0);
            continue;
        }
        if (i > 0)
            fputc(',', event->out);
        output_json_string(event->out, event->fields[i].key);
        fputc(':', event->out);
        if (event->fields[i].number)
            fputs(event->fields[i].text, event->out);
        else
            output_json_string(event->out, event->fields[i].text);
    }
    fputs(event->format == FORMAT_JSON ? "}\n" : "\n", event->out);
    fflush(event->out);
}

/* In-memory byte_port for tests: a timeout is simply running out of script. */
#include "script_port.h"

#include <string.h>

static int script_read(void *context, uint8_t *buffer, size_t length, unsigned timeout_ms)
{
    struct script_port *script = context;
    size_t available = script->reply_length - script->position;
    size_t count = length < available ? length : available;

    (void)timeout_ms;
    if (script->vanish_after >= 0) {
        size_t left = (size_t)script->vanish_after > script->position
                    ? (size_t)script->vanish_after - script->position : 0;
        /* Like a tty hung up mid-read: what was buffered is lost, the read fails. */
        if (count > left || left == 0) {
            script->position = (size_t)script->vanish_after;
            return -1;
        }
    }
    memcpy(buffer, script->replies + script->position, count);
    script->position += count;
    return (int)count;
}

static int script_write(void *context, const uint8_t *data, size_t length, unsigned timeout_ms)
{
    struct script_port *script = context;
    size_t room = sizeof script->written - script->written_length;

    (void)timeout_ms;
    if (script->fail_writes)
        return -1;
    memcpy(script->written + script->written_length, data, length < room ? length : room);
    script->written_length += length < room ? length : room;
    return (int)length;
}

static void script_discard_input(void *context)
{
    /* Scripted replies are what the peer sends after each request, so there
     * is never stale input to drop. */
    (void)context;
}

void script_port_init(struct script_port *script, const uint8_t *replies, size_t length)
{
    memset(script, 0, sizeof *script);
    script->replies = replies;
    script->reply_length = length;
    script->vanish_after = -1;
}

struct byte_port script_port_view(struct script_port *script)
{
    struct byte_port view;

    view.context = script;
    view.read = script_read;
    view.write = script_write;
    view.discard_input = script_discard_input;
    view.settle = NULL;          /* scripted replies are never late */
    return view;
}

/*
 * Trigger helpers: notice a bootloader request arriving on a wire and raise
 * a flag. Nothing here resets or jumps; the application calls
 * sysboot_enter() from thread context once it sees the flag.
 *
 * Freestanding C99: no libc, so it links into any firmware.
 */
#include "sysboot.h"

/* ---- Magic line --------------------------------------------------------- */

/* Every byte of a line is compared with the magic's byte at its place, right
 * or wrong, and only whether any differed is kept: the work per line does
 * not tell where its first wrong byte was (docs/security.md). A test build
 * counts the compared bytes through SYSBOOT_MAGIC_COMPARE_HOOK. */
#ifdef SYSBOOT_MAGIC_COMPARE_HOOK
uint8_t SYSBOOT_MAGIC_COMPARE_HOOK(uint8_t received, uint8_t expected);
#define MAGIC_DIFFERENCE(received, expected) SYSBOOT_MAGIC_COMPARE_HOOK(received, expected)
#else
#define MAGIC_DIFFERENCE(received, expected) ((uint8_t)((received) ^ (expected)))
#endif

/* Set in state for a line longer than the magic. */
#define MAGIC_TOO_LONG 1u

static uint16_t bounded_length(const char *text)
{
    uint32_t length = 0;

    if (text == 0)
        return 0;
    while (text[length] != '\0') {
        length++;
        /* A line that does not fit the counter could never be matched
         * exactly, so treat it as "no magic" rather than a truncated one. */
        if (length > 0xFFFFu)
            return 0;
    }
    return (uint16_t)length;
}

void sysboot_magic_init(sysboot_magic *m, const char *line)
{
    m->line = line;
    m->len = bounded_length(line);
    /* The first bytes after init count as the start of a line. */
    m->pos = 0;
    m->state = 0;
}

static int is_line_end(uint8_t byte)
{
    return byte == '\r' || byte == '\n';
}

int sysboot_magic_feed(sysboot_magic *m, uint8_t byte)
{
    if (is_line_end(byte)) {
        /* CRLF needs no special case: the CR ends the line and the LF
         * ends an empty one, which never equals a non-empty magic. */
        int whole_line_matched = m->len != 0 && m->pos == m->len && m->state == 0u;
        m->pos = 0;
        m->state = 0;
        return whole_line_matched;
    }

    if (m->pos < m->len) {
        m->state |= MAGIC_DIFFERENCE(byte, (uint8_t)m->line[m->pos]);
        m->pos++;
    } else {
        /* A byte past the magic's end: this line can no longer be the
         * magic, whatever follows on it. */
        m->state |= MAGIC_TOO_LONG;
    }
    return 0;
}

/* ---- 1200-baud touch ---------------------------------------------------- */

#define TOUCH_BAUD 1200u

void sysboot_touch_init(sysboot_touch *t)
{
    t->baud = 0;
    t->dtr = 0;
}

void sysboot_touch_line_coding(sysboot_touch *t, uint32_t baud)
{
    t->baud = baud;
}

int sysboot_touch_control_line(sysboot_touch *t, int dtr)
{
    int dtr_fell = t->dtr != 0 && dtr == 0;

    t->dtr = dtr != 0 ? 1u : 0u;
    return dtr_fell && t->baud == TOUCH_BAUD;
}

/* ---- Request flag ------------------------------------------------------- */

/* One aligned word: a single store from an ISR and a single load from
 * thread code are atomic on every Cortex-M, so no lock is needed. */
static volatile uint32_t request_flag;

void sysboot_request_from_isr(void)
{
    request_flag = 1u;
}

int sysboot_request_pending(void)
{
    return request_flag != 0u;
}

void sysboot_request_clear(void)
{
    request_flag = 0u;
}

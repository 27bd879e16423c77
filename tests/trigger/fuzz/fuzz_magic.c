/* libFuzzer target for the magic-line matcher (src/trigger.c), built on the
 * host by tests/trigger/run.sh. The input's first byte chooses the magic: the
 * default line, or the bytes after it up to the first NUL (a line of the
 * input's own, which may hold line ends or be empty); the rest is the byte
 * stream fed in. Every verdict is checked against a plain model of "a whole
 * line equal to the magic", and every line must cost exactly
 * min(its length, the magic's length) compared bytes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sysboot.h"

#define LINE_MAX_KEPT 4096

static unsigned long compared;

uint8_t fuzz_magic_compare(uint8_t received, uint8_t expected);
uint8_t fuzz_magic_compare(uint8_t received, uint8_t expected)
{
    compared++;
    return (uint8_t)(received ^ expected);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char magic[LINE_MAX_KEPT + 1];
    static uint8_t line[LINE_MAX_KEPT];
    sysboot_magic m;
    size_t i, line_length = 0, magic_length;
    int line_too_long = 0;

    if (size == 0)
        return 0;
    if ((data[0] & 1u) == 0u) {
        strcpy(magic, SYSBOOT_MAGIC_DEFAULT);
        i = 1;
    } else {
        for (i = 1; i < size && data[i] != 0u && i - 1 < LINE_MAX_KEPT; i++)
            magic[i - 1] = (char)data[i];
        magic[i - 1] = '\0';
        i++;   /* past the NUL */
    }
    magic_length = strlen(magic);
    sysboot_magic_init(&m, magic);
    compared = 0;
    for (; i < size; i++) {
        uint8_t byte = data[i];
        int fired = sysboot_magic_feed(&m, byte);
        if (byte == '\r' || byte == '\n') {
            int want = !line_too_long && magic_length != 0 && line_length == magic_length &&
                       memcmp(line, magic, line_length) == 0;
            size_t cost = line_length < magic_length ? line_length : magic_length;
            if (fired != want)
                abort();
            if (!line_too_long && compared != cost)
                abort();
            line_length = 0;
            line_too_long = 0;
            compared = 0;
        } else {
            if (fired)
                abort();   /* only a line end ever fires */
            if (line_length < LINE_MAX_KEPT)
                line[line_length++] = byte;
            else
                line_too_long = 1;
        }
        if (m.pos > m.len)
            abort();
    }
    return 0;
}

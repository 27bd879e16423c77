/* libFuzzer target for the AN3155 reply parser: the fuzz input is the whole
 * byte stream the "bootloader" sends back during a probe (sync, GET,
 * GET_VERSION, GET_ID, with retries, then READ_MEMORY of 4 bytes). Build:
 *   clang-14 -fsanitize=fuzzer,address -Isrc -Itests fuzz/fuzz_reply.c \
 *            src/an3155.c tests/script_port.c
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "an3155.h"
#include "script_port.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct script_port script;
    struct byte_port port;
    struct an3155_options options;
    struct an3155_info info;
    struct an3155_outcome outcome;
    enum an3155_result result;

    if (size == 0)
        return 0;
    /* The first byte picks the retry count and where the port vanishes. */
    options.timeout_ms = 1;
    options.retries = data[0] & 0x03u;
    script_port_init(&script, data + 1, size - 1);
    if (data[0] & 0x80u)
        script.vanish_after = (long)((data[0] >> 2) & 0x1Fu);
    port = script_port_view(&script);

    result = an3155_probe(&port, &options, &info, &outcome);

    /* What the parser reports must agree with what it returned. */
    if (result != outcome.result)
        abort();
    if (result == AN3155_OK && (outcome.detail[0] != '\0' || script.position > size - 1))
        abort();
    if (result != AN3155_OK && outcome.detail[0] == '\0')
        abort();
    /* then what the probe asks of flash: READ_MEMORY of 4 bytes */
    if (result == AN3155_OK) {
        uint8_t word[4];
        outcome.detail[0] = '\0';
        result = an3155_read_memory(&port, 1, 0x08000000u, word, sizeof word, &outcome);
        if (result != AN3155_OK && (outcome.result != result || outcome.detail[0] == '\0'))
            abort();
    }
    return 0;
}

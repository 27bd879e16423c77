/* AN3155 memory commands: Read Memory, Write Memory, Erase / Extended
 * Erase and Go, each judged byte by byte like the identification commands. */
#include <stdio.h>
#include <string.h>

#include "an3155.h"
#include "an3155_frame.h"

/* Erase page lists per command: well under what any ROM takes. */
#define PAGES_PER_ERASE 128u

int an3155_has_command(const struct an3155_info *info, uint8_t command)
{
    unsigned i;

    for (i = 0; i < info->command_count; i++)
        if (info->commands[i] == command)
            return 1;
    return 0;
}

/* A later ACK of a command: a NACK there is the ROM refusing at `stage`. */
static enum an3155_result expect_ack_at(const struct byte_port *port, unsigned timeout_ms,
                                        enum an3155_nack_stage stage, const char *step,
                                        struct an3155_outcome *outcome)
{
    uint8_t byte;
    char what[96];
    enum an3155_result result = an3155_read_reply(port, timeout_ms, &byte, 1, 0, step, outcome);

    if (result != AN3155_OK)
        return result;
    if (byte == AN3155_ACK)
        return AN3155_OK;
    if (byte == AN3155_NACK) {
        snprintf(what, sizeof what, "the bootloader answered NACK (0x1F) to the %s",
                 stage == AN3155_NACK_ADDRESS ? "address" : "request");
        an3155_fail(outcome, AN3155_NACK_REPLY, step, what);
        outcome->nack_stage = stage;
        return AN3155_NACK_REPLY;
    }
    snprintf(what, sizeof what, "expected ACK (0x79), got 0x%02X", byte);
    return an3155_fail(outcome, AN3155_GARBAGE, step, what);
}

/* Four address bytes, MSB first, and their XOR; then the ACK. */
static enum an3155_result send_address(const struct byte_port *port, unsigned timeout_ms,
                                       uint32_t address, const char *step,
                                       struct an3155_outcome *outcome)
{
    uint8_t frame[5];
    enum an3155_result result;

    frame[0] = (uint8_t)(address >> 24);
    frame[1] = (uint8_t)(address >> 16);
    frame[2] = (uint8_t)(address >> 8);
    frame[3] = (uint8_t)address;
    frame[4] = (uint8_t)(frame[0] ^ frame[1] ^ frame[2] ^ frame[3]);
    result = an3155_send(port, frame, sizeof frame, timeout_ms, step, outcome);
    if (result != AN3155_OK)
        return result;
    return expect_ack_at(port, timeout_ms, AN3155_NACK_ADDRESS, step, outcome);
}

enum an3155_result an3155_read_memory(const struct byte_port *port, unsigned timeout_ms,
                                      uint32_t address, uint8_t *buffer, size_t length,
                                      struct an3155_outcome *outcome)
{
    uint8_t count[2];
    enum an3155_result result;

    if (length == 0 || length > 256)
        return an3155_fail(outcome, AN3155_GARBAGE, "READ_MEMORY", "length must be 1 to 256");
    result = an3155_send_command(port, AN3155_CMD_READ_MEMORY, timeout_ms, "READ_MEMORY", outcome);
    if (result == AN3155_OK)
        result = send_address(port, timeout_ms, address, "READ_MEMORY", outcome);
    if (result != AN3155_OK)
        return result;
    count[0] = (uint8_t)(length - 1);
    count[1] = (uint8_t)~count[0];
    result = an3155_send(port, count, sizeof count, timeout_ms, "READ_MEMORY", outcome);
    if (result == AN3155_OK)
        result = expect_ack_at(port, timeout_ms, AN3155_NACK_END, "READ_MEMORY", outcome);
    if (result == AN3155_OK)
        result = an3155_read_reply(port, timeout_ms, buffer, length, 1, "READ_MEMORY", outcome);
    return result;
}

enum an3155_result an3155_write_memory(const struct byte_port *port, unsigned timeout_ms,
                                       uint32_t address, const uint8_t *data, size_t length,
                                       struct an3155_outcome *outcome)
{
    uint8_t frame[1 + 256 + 1];
    size_t i;
    enum an3155_result result;

    if (length == 0 || length > 256 || length % 4 != 0 || address % 4 != 0)
        return an3155_fail(outcome, AN3155_GARBAGE, "WRITE_MEMORY",
                           "address and length must be whole words, 4 to 256 bytes");
    result = an3155_send_command(port, AN3155_CMD_WRITE_MEMORY, timeout_ms, "WRITE_MEMORY", outcome);
    if (result == AN3155_OK)
        result = send_address(port, timeout_ms, address, "WRITE_MEMORY", outcome);
    if (result != AN3155_OK)
        return result;
    frame[0] = (uint8_t)(length - 1);
    frame[length + 1] = frame[0];
    for (i = 0; i < length; i++) {
        frame[i + 1] = data[i];
        frame[length + 1] ^= data[i];
    }
    result = an3155_send(port, frame, length + 2, timeout_ms, "WRITE_MEMORY", outcome);
    if (result == AN3155_OK)
        result = expect_ack_at(port, timeout_ms, AN3155_NACK_END, "WRITE_MEMORY", outcome);
    return result;
}

/* One erase command for up to PAGES_PER_ERASE pages. */
static enum an3155_result erase_some(const struct byte_port *port, uint8_t erase_command,
                                     const uint16_t *pages, size_t count, unsigned timeout_ms,
                                     struct an3155_outcome *outcome)
{
    uint8_t frame[2 + 2 * PAGES_PER_ERASE + 1], check = 0;
    size_t used = 0, i;
    const char *step = erase_command == AN3155_CMD_ERASE ? "ERASE" : "EXTENDED_ERASE";
    enum an3155_result result = an3155_send_command(port, erase_command, timeout_ms, step, outcome);

    if (result != AN3155_OK)
        return result;
    if (erase_command == AN3155_CMD_ERASE) {
        frame[used++] = (uint8_t)(count - 1);
        for (i = 0; i < count; i++)
            frame[used++] = (uint8_t)pages[i];
    } else {
        frame[used++] = (uint8_t)((count - 1) >> 8);
        frame[used++] = (uint8_t)(count - 1);
        for (i = 0; i < count; i++) {
            frame[used++] = (uint8_t)(pages[i] >> 8);
            frame[used++] = (uint8_t)pages[i];
        }
    }
    for (i = 0; i < used; i++)
        check ^= frame[i];
    frame[used++] = check;
    result = an3155_send(port, frame, used, timeout_ms, step, outcome);
    if (result == AN3155_OK)
        result = expect_ack_at(port, timeout_ms * (unsigned)count, AN3155_NACK_END, step, outcome);
    return result;
}

enum an3155_result an3155_erase_pages(const struct byte_port *port, uint8_t erase_command,
                                      const uint16_t *pages, size_t count, unsigned timeout_ms,
                                      struct an3155_outcome *outcome)
{
    size_t done = 0, i;

    if (erase_command != AN3155_CMD_ERASE && erase_command != AN3155_CMD_EXTENDED_ERASE)
        return an3155_fail(outcome, AN3155_GARBAGE, "ERASE", "not an erase command");
    for (i = 0; i < count; i++)
        if (erase_command == AN3155_CMD_ERASE && pages[i] > 0xFE)
            return an3155_fail(outcome, AN3155_GARBAGE, "ERASE", "Erase (0x43) numbers pages 0 to 254");
    while (done < count) {
        size_t n = count - done < PAGES_PER_ERASE ? count - done : PAGES_PER_ERASE;
        enum an3155_result result = erase_some(port, erase_command, pages + done, n, timeout_ms, outcome);
        if (result != AN3155_OK)
            return result;
        done += n;
    }
    return AN3155_OK;
}

enum an3155_result an3155_go(const struct byte_port *port, unsigned timeout_ms, uint32_t address,
                             struct an3155_outcome *outcome)
{
    enum an3155_result result = an3155_send_command(port, AN3155_CMD_GO, timeout_ms, "GO", outcome);

    if (result == AN3155_OK)
        result = send_address(port, timeout_ms, address, "GO", outcome);
    return result;
}

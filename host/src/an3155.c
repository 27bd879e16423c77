/* AN3155 client. Every reply is read through the byte_port and judged byte
 * by byte, so a short, wrong or missing reply is reported as exactly that. */
#include "an3155.h"
#include "an3155_frame.h"

#include <stdio.h>
#include <string.h>

enum an3155_result an3155_fail(struct an3155_outcome *outcome, enum an3155_result result,
                               const char *step, const char *what)
{
    outcome->result = result;
    outcome->nack_stage = AN3155_NACK_NONE;
    snprintf(outcome->detail, sizeof outcome->detail, "%s: %s", step, what);
    return result;
}

/* Reads exactly `length` bytes of a reply. `reply_started` says whether
 * earlier bytes of this reply already came, which turns a timeout into
 * "cut short" rather than "no answer". */
enum an3155_result an3155_read_reply(const struct byte_port *port, unsigned timeout_ms,
                                           uint8_t *buffer, size_t length, int reply_started,
                                           const char *step, struct an3155_outcome *outcome)
{
    char what[96];
    int got = port->read(port->context, buffer, length, timeout_ms);

    if (got < 0)
        return an3155_fail(outcome, AN3155_PORT_VANISHED, step, "the port failed or disappeared");
    if ((size_t)got == length)
        return AN3155_OK;
    if (got == 0 && !reply_started)
        return an3155_fail(outcome, AN3155_NO_ANSWER, step, "no reply before the timeout");
    snprintf(what, sizeof what, "reply stopped after %d of %u expected bytes",
             got, (unsigned)length);
    return an3155_fail(outcome, AN3155_CUT_SHORT, step, what);
}

enum an3155_result an3155_send(const struct byte_port *port, const uint8_t *bytes,
                                     size_t length, unsigned timeout_ms, const char *step,
                                     struct an3155_outcome *outcome)
{
    if (port->write(port->context, bytes, length, timeout_ms) != (int)length)
        return an3155_fail(outcome, AN3155_PORT_VANISHED, step, "writing to the port failed");
    return AN3155_OK;
}

enum an3155_result an3155_expect_ack(const struct byte_port *port, unsigned timeout_ms,
                                     int reply_started, const char *step,
                                     struct an3155_outcome *outcome)
{
    uint8_t byte;
    char what[64];
    enum an3155_result result =
        an3155_read_reply(port, timeout_ms, &byte, 1, reply_started, step, outcome);

    if (result != AN3155_OK)
        return result;
    if (byte == AN3155_ACK)
        return AN3155_OK;
    /* A NACK in place of the first ACK is a refusal; as the closing byte it
     * means the frame is out of step, which is garbage. */
    if (byte == AN3155_NACK && !reply_started) {
        an3155_fail(outcome, AN3155_NACK_REPLY, step, "the bootloader answered NACK (0x1F)");
        outcome->nack_stage = AN3155_NACK_COMMAND;
        return AN3155_NACK_REPLY;
    }
    snprintf(what, sizeof what, "expected ACK (0x79), got 0x%02X", byte);
    return an3155_fail(outcome, AN3155_GARBAGE, step, what);
}

/* Sends a command byte and its complement, and waits for the ACK. */
enum an3155_result an3155_send_command(const struct byte_port *port, uint8_t command,
                                       unsigned timeout_ms, const char *step,
                                       struct an3155_outcome *outcome)
{
    uint8_t frame[2];
    enum an3155_result result;

    frame[0] = command;
    frame[1] = (uint8_t)~command;
    /* no input flush here: on a pty it waits for the tty layer and costs
     * milliseconds a command; stale input is dropped where it can arise
     * (the sync, a retry's quiet line), and a stray byte fails the reply */
    result = an3155_send(port, frame, sizeof frame, timeout_ms, step, outcome);
    if (result != AN3155_OK)
        return result;
    return an3155_expect_ack(port, timeout_ms, 0, step, outcome);
}

/* A 0x7F and its answer. */
static enum an3155_result sync_byte(const struct byte_port *port, unsigned timeout_ms, uint8_t *reply,
                                    struct an3155_outcome *outcome)
{
    const uint8_t sync = AN3155_SYNC;
    enum an3155_result result = an3155_send(port, &sync, 1, timeout_ms, "sync", outcome);

    if (result != AN3155_OK)
        return result;
    return an3155_read_reply(port, timeout_ms, reply, 1, 0, "sync", outcome);
}

enum an3155_result an3155_sync(const struct byte_port *port, unsigned timeout_ms,
                               struct an3155_info *info, struct an3155_outcome *outcome)
{
    uint8_t reply;
    char what[64];
    enum an3155_result result;

    port->discard_input(port->context);
    result = sync_byte(port, timeout_ms, &reply, outcome);
    /* Silence: the byte was lost, or a ROM whose session is open took it
     * as a command byte and waits for its complement. A second 0x7F tells
     * them apart: the lost case ACKs it, the open session NACKs the pair
     * (AN3155; stm32flash relies on the same). */
    if (result == AN3155_NO_ANSWER)
        result = sync_byte(port, timeout_ms, &reply, outcome);
    if (result != AN3155_OK)
        return result;
    if (reply == AN3155_ACK) {
        info->already_synced = 0;
        return AN3155_OK;
    }
    /* The ROM answers NACK when a session is already open (it took 0x7F
     * as a command byte): that bootloader is ready for commands. */
    if (reply == AN3155_NACK) {
        info->already_synced = 1;
        return AN3155_OK;
    }
    snprintf(what, sizeof what, "expected ACK (0x79) or NACK (0x1F), got 0x%02X", reply);
    return an3155_fail(outcome, AN3155_GARBAGE, "sync", what);
}

/* GET reply: ACK, N, version, N command bytes, ACK. */
enum an3155_result an3155_get(const struct byte_port *port, unsigned timeout_ms,
                              struct an3155_info *info, struct an3155_outcome *outcome)
{
    uint8_t count_minus_one;
    uint8_t body[257];
    enum an3155_result result;

    result = an3155_send_command(port, AN3155_CMD_GET, timeout_ms, "GET", outcome);
    if (result == AN3155_OK)
        result = an3155_read_reply(port, timeout_ms, &count_minus_one, 1, 1, "GET", outcome);
    if (result == AN3155_OK)
        result = an3155_read_reply(port, timeout_ms, body, (size_t)count_minus_one + 1u, 1,
                                  "GET", outcome);
    if (result == AN3155_OK)
        result = an3155_expect_ack(port, timeout_ms, 1, "GET", outcome);
    if (result != AN3155_OK)
        return result;

    info->bootloader_version = body[0];
    info->command_count = count_minus_one;
    memcpy(info->commands, body + 1, count_minus_one);
    return AN3155_OK;
}

/* GET_VERSION reply: ACK, version, two option bytes, ACK. */
enum an3155_result an3155_get_version(const struct byte_port *port, unsigned timeout_ms,
                                      struct an3155_info *info, struct an3155_outcome *outcome)
{
    uint8_t body[3];
    enum an3155_result result;

    result = an3155_send_command(port, AN3155_CMD_GET_VERSION, timeout_ms, "GET_VERSION", outcome);
    if (result == AN3155_OK)
        result = an3155_read_reply(port, timeout_ms, body, sizeof body, 1, "GET_VERSION", outcome);
    if (result == AN3155_OK)
        result = an3155_expect_ack(port, timeout_ms, 1, "GET_VERSION", outcome);
    if (result != AN3155_OK)
        return result;

    info->version_from_get_version = body[0];
    info->option_bytes[0] = body[1];
    info->option_bytes[1] = body[2];
    return AN3155_OK;
}

/* GET_ID reply: ACK, N (= 1 on every STM32), the two PID bytes MSB first, ACK. */
enum an3155_result an3155_get_id(const struct byte_port *port, unsigned timeout_ms,
                                 struct an3155_info *info, struct an3155_outcome *outcome)
{
    uint8_t count_minus_one;
    uint8_t pid[2];
    enum an3155_result result;

    result = an3155_send_command(port, AN3155_CMD_GET_ID, timeout_ms, "GET_ID", outcome);
    if (result == AN3155_OK)
        result = an3155_read_reply(port, timeout_ms, &count_minus_one, 1, 1, "GET_ID", outcome);
    if (result != AN3155_OK)
        return result;
    if (count_minus_one != 1) {
        char what[64];
        snprintf(what, sizeof what, "expected a 2-byte product ID, told %u bytes",
                 (unsigned)count_minus_one + 1u);
        return an3155_fail(outcome, AN3155_GARBAGE, "GET_ID", what);
    }
    result = an3155_read_reply(port, timeout_ms, pid, sizeof pid, 1, "GET_ID", outcome);
    if (result == AN3155_OK)
        result = an3155_expect_ack(port, timeout_ms, 1, "GET_ID", outcome);
    if (result != AN3155_OK)
        return result;

    info->product_id = (uint16_t)((pid[0] << 8) | pid[1]);
    return AN3155_OK;
}

static int is_transient(enum an3155_result result)
{
    return result == AN3155_NO_ANSWER || result == AN3155_GARBAGE
        || result == AN3155_CUT_SHORT;
}

static enum an3155_result probe_once(const struct byte_port *port, unsigned timeout_ms,
                                     struct an3155_info *info, int *nack_after_sync,
                                     struct an3155_outcome *outcome)
{
    enum an3155_result result = an3155_sync(port, timeout_ms, info, outcome);

    *nack_after_sync = 0;
    if (result == AN3155_OK) {
        result = an3155_get(port, timeout_ms, info, outcome);
        /* the first command after a sync: a NACK there may answer a frame
         * that was out of step (a late reply taken for the sync's) */
        *nack_after_sync = result == AN3155_NACK_REPLY;
    }
    if (result == AN3155_OK)
        result = an3155_get_version(port, timeout_ms, info, outcome);
    if (result == AN3155_OK)
        result = an3155_get_id(port, timeout_ms, info, outcome);
    return result;
}

enum an3155_result an3155_probe(const struct byte_port *port,
                                const struct an3155_options *options,
                                struct an3155_info *info, struct an3155_outcome *outcome)
{
    unsigned attempt;
    struct an3155_outcome attempt_outcome;

    memset(info, 0, sizeof *info);
    outcome->result = AN3155_NO_ANSWER;
    snprintf(outcome->detail, sizeof outcome->detail, "no attempt made");
    for (attempt = 0; attempt <= options->retries; attempt++) {
        int nack_after_sync;
        enum an3155_result result;

        /* a retry starts on a quiet line: a late reply to the attempt
         * before must not be taken for the answer to this one's sync */
        if (attempt > 0 && port->settle != NULL) {
            unsigned quiet = options->timeout_ms / 2;
            port->settle(port->context, quiet < 20 ? 20 : quiet > 200 ? 200 : quiet, 1000);
        }
        result = probe_once(port, options->timeout_ms, info, &nack_after_sync, &attempt_outcome);
        if (result == AN3155_OK) {
            outcome->result = AN3155_OK;
            outcome->detail[0] = '\0';
            return AN3155_OK;
        }
        /* Silence on a retry says less than what an earlier attempt saw
         * (a cut-short or garbled reply), so that earlier finding stands. */
        if (attempt == 0 || result != AN3155_NO_ANSWER || outcome->result == AN3155_NO_ANSWER)
            *outcome = attempt_outcome;
        if (!is_transient(result) && !nack_after_sync)
            break;
    }
    return outcome->result;
}

const char *an3155_result_text(enum an3155_result result)
{
    switch (result) {
    case AN3155_OK:            return "ok";
    case AN3155_NO_ANSWER:     return "no answer";
    case AN3155_GARBAGE:       return "garbage reply";
    case AN3155_NACK_REPLY:    return "NACK";
    case AN3155_CUT_SHORT:     return "reply cut short";
    case AN3155_PORT_VANISHED: return "port vanished";
    }
    return "unknown";
}

const char *an3155_command_name(uint8_t command)
{
    /* Command codes from AN3155 section 3 (bootloader command set). */
    switch (command) {
    case 0x00: return "GET";
    case 0x01: return "GET_VERSION";
    case 0x02: return "GET_ID";
    case 0x11: return "READ_MEMORY";
    case 0x21: return "GO";
    case 0x31: return "WRITE_MEMORY";
    case 0x32: return "WRITE_MEMORY_NS";
    case 0x43: return "ERASE";
    case 0x44: return "EXTENDED_ERASE";
    case 0x45: return "ERASE_NS";
    case 0x50: return "SPECIAL";
    case 0x51: return "EXTENDED_SPECIAL";
    case 0x63: return "WRITE_PROTECT";
    case 0x64: return "WRITE_PROTECT_NS";
    case 0x73: return "WRITE_UNPROTECT";
    case 0x74: return "WRITE_UNPROTECT_NS";
    case 0x82: return "READOUT_PROTECT";
    case 0x83: return "READOUT_PROTECT_NS";
    case 0x92: return "READOUT_UNPROTECT";
    case 0x93: return "READOUT_UNPROTECT_NS";
    case 0xA1: return "GET_CHECKSUM";
    default:   return "unknown";
    }
}

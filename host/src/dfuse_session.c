/* The DfuSe session (see dfuse_session.h). */
#include "dfuse_session.h"

#include <stdio.h>
#include <string.h>

/* A busy device is polled this many times before giving up (each wait is
 * the bwPollTimeout it asks for). */
#define MAX_POLLS 1000

const char *dfuse_status_name(uint8_t status)
{
    static const char *const names[] = {
        "OK", "errTARGET", "errFILE", "errWRITE", "errERASE", "errCHECK_ERASED", "errPROG",
        "errVERIFY", "errADDRESS", "errNOTDONE", "errFIRMWARE", "errVENDOR", "errUSBR", "errPOR",
        "errUNKNOWN", "errSTALLEDPKT"
    };
    return status < sizeof names / sizeof names[0] ? names[status] : "unknown status";
}

const char *dfuse_state_name(uint8_t state)
{
    static const char *const names[] = {
        "appIDLE", "appDETACH", "dfuIDLE", "dfuDNLOAD-SYNC", "dfuDNBUSY", "dfuDNLOAD-IDLE",
        "dfuMANIFEST-SYNC", "dfuMANIFEST", "dfuMANIFEST-WAIT-RESET", "dfuUPLOAD-IDLE", "dfuERROR"
    };
    return state < sizeof names / sizeof names[0] ? names[state] : "unknown state";
}

static enum dfuse_result fail(struct dfuse_outcome *outcome, enum dfuse_result result, const char *step,
                              const char *what)
{
    outcome->result = result;
    snprintf(outcome->detail, sizeof outcome->detail, "%s: %s", step, what);
    return result;
}

static enum dfuse_result get_status(const struct dfu_transport *t, const char *step,
                                    struct dfuse_outcome *outcome, unsigned *poll_ms)
{
    uint8_t reply[6];

    if (t->control(t->context, 1, DFU_GETSTATUS, 0, reply, sizeof reply) != (int)sizeof reply)
        return fail(outcome, DFUSE_STALLED, step, "GETSTATUS failed");
    outcome->status = reply[0];
    outcome->state = reply[4];
    *poll_ms = (unsigned)reply[1] | (unsigned)reply[2] << 8 | (unsigned)reply[3] << 16;
    return DFUSE_OK;
}

/* After a download: poll until the device is idle again; an error status
 * is cleared (CLRSTATUS) and reported. */
static enum dfuse_result settle(const struct dfu_transport *t, const char *step, struct dfuse_outcome *outcome)
{
    unsigned polls, poll_ms = 0;
    char what[96];

    for (polls = 0; polls < MAX_POLLS; polls++) {
        if (get_status(t, step, outcome, &poll_ms) != DFUSE_OK)
            return outcome->result;
        if (outcome->state == DFU_STATE_ERROR || outcome->status != DFU_STATUS_OK) {
            uint8_t status = outcome->status;
            (void)t->control(t->context, 0, DFU_CLRSTATUS, 0, NULL, 0);
            snprintf(what, sizeof what, "the device reports %s (0x%02X)", dfuse_status_name(status), status);
            fail(outcome, DFUSE_ERROR_STATUS, step, what);
            outcome->status = status;
            return DFUSE_ERROR_STATUS;
        }
        if (outcome->state == DFU_STATE_DNLOAD_IDLE || outcome->state == DFU_STATE_IDLE) {
            outcome->result = DFUSE_OK;
            return DFUSE_OK;
        }
        if (outcome->state != DFU_STATE_DNBUSY && outcome->state != DFU_STATE_DNLOAD_SYNC) {
            snprintf(what, sizeof what, "unexpected state %s", dfuse_state_name(outcome->state));
            return fail(outcome, DFUSE_BAD_STATE, step, what);
        }
        t->wait_ms(t->context, poll_ms);
    }
    return fail(outcome, DFUSE_BUSY_TOO_LONG, step, "still busy after 1000 polls");
}

static enum dfuse_result download(const struct dfu_transport *t, uint16_t block, const uint8_t *data,
                                  uint16_t length, const char *step, struct dfuse_outcome *outcome)
{
    if (t->control(t->context, 0, DFU_DNLOAD, block, (uint8_t *)(uintptr_t)data, length) != (int)length)
        return fail(outcome, DFUSE_STALLED, step, "DNLOAD refused (stalled)");
    return settle(t, step, outcome);
}

static enum dfuse_result command(const struct dfu_transport *t, uint8_t code, uint32_t address,
                                 const char *step, struct dfuse_outcome *outcome)
{
    uint8_t frame[5];

    frame[0] = code;
    frame[1] = (uint8_t)address;
    frame[2] = (uint8_t)(address >> 8);
    frame[3] = (uint8_t)(address >> 16);
    frame[4] = (uint8_t)(address >> 24);
    return download(t, 0, frame, sizeof frame, step, outcome);
}

enum dfuse_result dfuse_set_address(const struct dfu_transport *t, uint32_t address,
                                    struct dfuse_outcome *outcome)
{
    return command(t, DFUSE_SET_ADDRESS, address, "set address", outcome);
}

enum dfuse_result dfuse_erase_page(const struct dfu_transport *t, uint32_t address,
                                   struct dfuse_outcome *outcome)
{
    return command(t, DFUSE_ERASE, address, "erase", outcome);
}

/* Block 2 lands at the address pointer (block n at pointer + (n - 2) *
 * transfer size): the pointer is set before every block. */
enum dfuse_result dfuse_write(const struct dfu_transport *t, uint32_t address, const uint8_t *data,
                              uint16_t length, struct dfuse_outcome *outcome)
{
    if (length == 0 || length > t->transfer_size)
        return fail(outcome, DFUSE_BAD_STATE, "write", "a block of 1 to wTransferSize bytes");
    if (dfuse_set_address(t, address, outcome) != DFUSE_OK)
        return outcome->result;
    return download(t, 2, data, length, "write", outcome);
}

enum dfuse_result dfuse_read(const struct dfu_transport *t, uint32_t address, uint8_t *buffer,
                             uint16_t length, struct dfuse_outcome *outcome)
{
    int got;

    if (length == 0 || length > t->transfer_size)
        return fail(outcome, DFUSE_BAD_STATE, "read", "a block of 1 to wTransferSize bytes");
    if (dfuse_set_address(t, address, outcome) != DFUSE_OK)
        return outcome->result;
    /* an upload starts from dfuIDLE */
    if (t->control(t->context, 0, DFU_ABORT, 0, NULL, 0) != 0)
        return fail(outcome, DFUSE_STALLED, "read", "ABORT refused");
    got = t->control(t->context, 1, DFU_UPLOAD, 2, buffer, length);
    if (got != (int)length)
        return fail(outcome, DFUSE_STALLED, "read", "UPLOAD refused or short");
    if (t->control(t->context, 0, DFU_ABORT, 0, NULL, 0) != 0)
        return fail(outcome, DFUSE_STALLED, "read", "ABORT refused");
    outcome->result = DFUSE_OK;
    return DFUSE_OK;
}

enum dfuse_result dfuse_leave(const struct dfu_transport *t, uint32_t address, struct dfuse_outcome *outcome)
{
    unsigned poll_ms;

    if (dfuse_set_address(t, address, outcome) != DFUSE_OK)
        return outcome->result;
    if (t->control(t->context, 0, DFU_DNLOAD, 0, NULL, 0) != 0)
        return fail(outcome, DFUSE_STALLED, "leave", "the empty DNLOAD was refused");
    /* the GETSTATUS that starts the manifestation: the device may be gone
     * before it answers, which is the leave succeeding */
    if (get_status(t, "leave", outcome, &poll_ms) == DFUSE_OK && outcome->state != DFU_STATE_MANIFEST &&
        outcome->state != DFU_STATE_MANIFEST_SYNC && outcome->state != DFU_STATE_MANIFEST_WAIT_RESET) {
        char what[64];
        snprintf(what, sizeof what, "state %s instead of the manifestation", dfuse_state_name(outcome->state));
        return fail(outcome, DFUSE_BAD_STATE, "leave", what);
    }
    outcome->result = DFUSE_OK;
    return DFUSE_OK;
}

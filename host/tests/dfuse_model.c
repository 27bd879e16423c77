/* The DfuSe device model (see dfuse_model.h). */
#include "dfuse_model.h"

#include <string.h>

#include "dfuse_session.h"

#define POLL_MS 5u

int dfuse_model_init(struct dfuse_model *model, const char *layout)
{
    char error[128];

    memset(model, 0, sizeof *model);
    memset(model->flash, 0xFF, sizeof model->flash);
    model->state = DFU_STATE_IDLE;
    return dfuse_decode(layout, &model->layout, error, sizeof error);
}

static uint32_t base(const struct dfuse_model *m)
{
    return m->layout.regions[0].base;
}

/* The page holding `address`: its start and size, or 0 outside. */
static uint32_t page_of(const struct dfuse_model *m, uint32_t address, uint32_t *start)
{
    const struct dfuse_region *r = &m->layout.regions[0];
    uint32_t at = r->base;
    size_t g, n;

    for (g = 0; g < r->group_count; g++)
        for (n = 0; n < r->groups[g].count; n++) {
            if (address >= at && address - at < r->groups[g].size) {
                *start = at;
                return r->groups[g].size;
            }
            at += r->groups[g].size;
        }
    return 0;
}

static void error_state(struct dfuse_model *m, uint8_t status)
{
    m->state = DFU_STATE_ERROR;
    m->status = status;
}

/* What the GETSTATUS after a download carries out. */
static void execute(struct dfuse_model *m)
{
    uint32_t address, start, size, i;

    if (m->pending_block == 0 && m->pending_length == 0) {           /* leave */
        m->left = 1;
        m->jumped_to = m->pointer;
        m->state = DFU_STATE_MANIFEST;
        return;
    }
    if (m->pending_block == 0) {
        address = (uint32_t)m->pending[1] | (uint32_t)m->pending[2] << 8 | (uint32_t)m->pending[3] << 16 |
                  (uint32_t)m->pending[4] << 24;
        if (m->pending_length != 5 || (m->pending[0] != DFUSE_SET_ADDRESS && m->pending[0] != DFUSE_ERASE)) {
            error_state(m, DFU_STATUS_ERR_TARGET);
            return;
        }
        if (m->pending[0] == DFUSE_SET_ADDRESS) {
            m->pointer = address;
        } else {
            size = page_of(m, address, &start);
            if (size == 0) {
                error_state(m, DFU_STATUS_ERR_ADDRESS);
                return;
            }
            if (m->write_protected) {
                error_state(m, DFU_STATUS_ERR_WRITE);
                return;
            }
            memset(m->flash + (start - base(m)), 0xFF, size);
            if (m->erases < sizeof m->erased / sizeof m->erased[0])
                m->erased[m->erases] = start;
            m->erases++;
        }
        m->state = DFU_STATE_DNLOAD_IDLE;
        return;
    }
    address = m->pointer + (uint32_t)(m->pending_block - 2) * 2048u;
    if (page_of(m, address, &start) == 0 || page_of(m, address + m->pending_length - 1, &start) == 0) {
        error_state(m, DFU_STATUS_ERR_ADDRESS);
        return;
    }
    if (m->write_protected) {
        error_state(m, DFU_STATUS_ERR_WRITE);
        return;
    }
    for (i = 0; i < m->pending_length; i++)
        if (m->flash[address - base(m) + i] != 0xFF) {
            error_state(m, DFU_STATUS_ERR_PROG);              /* only erased flash */
            return;
        }
    memcpy(m->flash + (address - base(m)), m->pending, m->pending_length);
    m->writes++;
    m->last_write = address;
    m->state = DFU_STATE_DNLOAD_IDLE;
}

static int control(void *context, int in, uint8_t request, uint16_t value, uint8_t *data, uint16_t length)
{
    struct dfuse_model *m = context;
    uint32_t start;

    if (!in && request == DFU_DNLOAD) {
        if ((m->state != DFU_STATE_IDLE && m->state != DFU_STATE_DNLOAD_IDLE) || length > sizeof m->pending)
            return -1;                                        /* stall */
        memcpy(m->pending, data, length);
        m->pending_length = length;
        m->pending_block = value;
        /* DFU 1.1: an empty download ends the download phase: manifestation */
        m->state = length == 0 ? DFU_STATE_MANIFEST_SYNC : DFU_STATE_DNLOAD_SYNC;
        return length;
    }
    if (in && request == DFU_GETSTATUS && length >= 6) {
        if (m->state == DFU_STATE_MANIFEST_SYNC && m->gone_after_leave) {
            execute(m);                                       /* left at once: the USB reset */
            return -1;
        }
        if (m->state == DFU_STATE_MANIFEST_SYNC) {
            execute(m);                                       /* the leave: jump to the pointer */
        } else if (m->state == DFU_STATE_DNLOAD_SYNC) {
            m->state = DFU_STATE_DNBUSY;                      /* busy for POLL_MS */
        } else if (m->state == DFU_STATE_DNBUSY) {
            if (m->waited_ms < POLL_MS)
                return -1;                                    /* polled before its timeout */
            execute(m);
        }
        data[0] = m->status;
        data[1] = m->state == DFU_STATE_DNBUSY ? POLL_MS : 0;
        data[2] = data[3] = 0;
        data[4] = m->state;
        data[5] = 0;
        m->waited_ms = 0;
        return 6;
    }
    if (!in && request == DFU_CLRSTATUS) {
        m->state = DFU_STATE_IDLE;
        m->status = DFU_STATUS_OK;
        return 0;
    }
    if (!in && request == DFU_ABORT) {
        m->state = DFU_STATE_IDLE;
        return 0;
    }
    if (in && request == DFU_UPLOAD) {
        if (m->stall_uploads || (m->state != DFU_STATE_IDLE && m->state != DFU_STATE_UPLOAD_IDLE) || value < 2 ||
            page_of(m, m->pointer, &start) == 0)
            return -1;
        memcpy(data, m->flash + (m->pointer + (uint32_t)(value - 2) * 2048u - base(m)), length);
        m->uploads++;
        m->state = DFU_STATE_UPLOAD_IDLE;
        return length;
    }
    return -1;
}

static void wait_ms(void *context, unsigned milliseconds)
{
    struct dfuse_model *m = context;
    m->waited_ms += milliseconds;
}

struct dfu_transport dfuse_model_transport(struct dfuse_model *model)
{
    struct dfu_transport t;

    t.context = model;
    t.control = control;
    t.wait_ms = wait_ms;
    t.transfer_size = 2048;
    return t;
}

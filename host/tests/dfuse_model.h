/* A DfuSe device model behind the dfu_transport interface: what an STM32
 * ROM's USB DFU does with the requests of AN3156 (address pointer, page
 * erase, block download into erased flash only, upload, the leave
 * request), with its state machine and poll timeouts. For the DfuSe
 * session's unit tests; the real libusb transport is not exercised here. */
#ifndef SYSBOOT_HOST_DFUSE_MODEL_H
#define SYSBOOT_HOST_DFUSE_MODEL_H

#include <stdint.h>

#include "dfu_transport.h"
#include "dfuse.h"

#define MODEL_FLASH_BYTES (1024u * 1024u)

struct dfuse_model {
    struct dfuse_layout layout;   /* from the alternate setting's DfuSe string */
    uint8_t flash[MODEL_FLASH_BYTES];
    uint8_t state, status;
    uint32_t pointer;
    uint8_t pending[2048];        /* the download the next GETSTATUS executes */
    uint16_t pending_length, pending_block;
    int write_protected;          /* every erase and write fails with errWRITE */
    int stall_uploads;            /* UPLOAD stalls */
    int gone_after_leave;         /* GETSTATUS after the leave request fails (USB reset) */
    unsigned waited_ms;
    int left;                     /* the leave request was honoured */
    uint32_t jumped_to;
    unsigned erases, writes, uploads;
    uint32_t erased[64];          /* page addresses erased, in order */
    uint32_t last_write;          /* address of the last block written */
};

/* `layout` as an ST ROM names its internal flash alternate setting. */
int dfuse_model_init(struct dfuse_model *model, const char *layout);
struct dfu_transport dfuse_model_transport(struct dfuse_model *model);

#endif

/* The DfuSe session an STM32 ROM's USB DFU speaks (ST AN3156, "USB DFU
 * protocol used in the STM32 bootloader"; UM0424 DfuSe extensions): the
 * address pointer, page erase, block download, upload, and the leave
 * request that starts the application, each followed by GETSTATUS until
 * the device is idle again. Over a dfu_transport, so the tests run it
 * against a device model. */
#ifndef SYSBOOT_HOST_DFUSE_SESSION_H
#define SYSBOOT_HOST_DFUSE_SESSION_H

#include <stddef.h>
#include <stdint.h>

#include "dfu_transport.h"

/* DFU 1.1 requests and states, and DfuSe's download commands. */
enum {
    DFU_DNLOAD = 1, DFU_UPLOAD = 2, DFU_GETSTATUS = 3, DFU_CLRSTATUS = 4, DFU_GETSTATE = 5,
    DFU_ABORT = 6
};
enum {
    DFU_STATE_IDLE = 2, DFU_STATE_DNLOAD_SYNC = 3, DFU_STATE_DNBUSY = 4, DFU_STATE_DNLOAD_IDLE = 5,
    DFU_STATE_MANIFEST_SYNC = 6, DFU_STATE_MANIFEST = 7, DFU_STATE_MANIFEST_WAIT_RESET = 8,
    DFU_STATE_UPLOAD_IDLE = 9, DFU_STATE_ERROR = 10
};
enum {
    DFU_STATUS_OK = 0x00, DFU_STATUS_ERR_TARGET = 0x01, DFU_STATUS_ERR_WRITE = 0x03,
    DFU_STATUS_ERR_ERASE = 0x04, DFU_STATUS_ERR_CHECK_ERASED = 0x05, DFU_STATUS_ERR_PROG = 0x06,
    DFU_STATUS_ERR_VERIFY = 0x07, DFU_STATUS_ERR_ADDRESS = 0x08, DFU_STATUS_ERR_VENDOR = 0x0B
};
#define DFUSE_SET_ADDRESS 0x21u
#define DFUSE_ERASE       0x41u

enum dfuse_result {
    DFUSE_OK,
    DFUSE_STALLED,          /* the transport failed: a stall, or the device went away */
    DFUSE_ERROR_STATUS,     /* the device reported an error status (dfuERROR) */
    DFUSE_BAD_STATE,        /* a state the sequence does not allow */
    DFUSE_BUSY_TOO_LONG     /* still busy after many polls */
};

struct dfuse_outcome {
    enum dfuse_result result;
    uint8_t status;         /* bStatus of the last GETSTATUS */
    uint8_t state;          /* bState of the last GETSTATUS */
    char detail[160];
};

enum dfuse_result dfuse_set_address(const struct dfu_transport *t, uint32_t address,
                                    struct dfuse_outcome *outcome);
/* The page (or sector) holding `address`. */
enum dfuse_result dfuse_erase_page(const struct dfu_transport *t, uint32_t address,
                                   struct dfuse_outcome *outcome);
/* At most transfer_size bytes at `address`. */
enum dfuse_result dfuse_write(const struct dfu_transport *t, uint32_t address, const uint8_t *data,
                              uint16_t length, struct dfuse_outcome *outcome);
enum dfuse_result dfuse_read(const struct dfu_transport *t, uint32_t address, uint8_t *buffer,
                             uint16_t length, struct dfuse_outcome *outcome);
/* The leave request (dfu-util's ":leave"): the pointer at `address`, an
 * empty download, and the device jumps there. */
enum dfuse_result dfuse_leave(const struct dfu_transport *t, uint32_t address,
                              struct dfuse_outcome *outcome);
/* "errWRITE", "dfuDNBUSY", ... */
const char *dfuse_status_name(uint8_t status);
const char *dfuse_state_name(uint8_t state);

#endif

/* The update plan (flash_plan.h) carried out over DfuSe: the pages
 * erased, the blocks written (the vector table's last), each read back,
 * then the leave request at the vector table. Over any dfu_transport. */
#ifndef SYSBOOT_HOST_FLASH_DFUSE_H
#define SYSBOOT_HOST_FLASH_DFUSE_H

#include "dfuse_session.h"
#include "flash_plan.h"

enum flash_dfuse_step { FLASH_DFUSE_ERASE, FLASH_DFUSE_WRITE, FLASH_DFUSE_VERIFY, FLASH_DFUSE_LEAVE };

/* DFUSE_OK, or the failure with its step in `*step` (and, for a verify
 * mismatch, DFUSE_ERROR_STATUS with status DFU_STATUS_ERR_VERIFY). */
enum dfuse_result flash_dfuse_update(const struct dfu_transport *t, const struct flash_layout *layout,
                                     const struct flash_plan *plan, enum flash_dfuse_step *step,
                                     struct dfuse_outcome *outcome);

#endif

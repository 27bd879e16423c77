/* The plan over DfuSe (see flash_dfuse.h). */
#include "flash_dfuse.h"

#include <stdio.h>
#include <string.h>

enum dfuse_result flash_dfuse_update(const struct dfu_transport *t, const struct flash_layout *layout,
                                     const struct flash_plan *plan, enum flash_dfuse_step *step,
                                     struct dfuse_outcome *outcome)
{
    uint8_t back[FLASH_BLOCK_BYTES];
    size_t i;

    *step = FLASH_DFUSE_ERASE;
    for (i = 0; i < plan->page_count; i++)
        if (dfuse_erase_page(t, layout->page_start[plan->pages[i]], outcome) != DFUSE_OK)
            return outcome->result;
    *step = FLASH_DFUSE_WRITE;
    for (i = 0; i < plan->block_count; i++)
        if (dfuse_write(t, plan->blocks[i].address, plan->blocks[i].data, (uint16_t)plan->blocks[i].length,
                        outcome) != DFUSE_OK)
            return outcome->result;
    *step = FLASH_DFUSE_VERIFY;
    for (i = 0; i < plan->block_count; i++) {
        const struct flash_block *b = &plan->blocks[i];
        if (dfuse_read(t, b->address, back, (uint16_t)b->length, outcome) != DFUSE_OK)
            return outcome->result;
        if (memcmp(back, b->data, b->length) != 0) {
            outcome->result = DFUSE_ERROR_STATUS;
            outcome->status = DFU_STATUS_ERR_VERIFY;
            snprintf(outcome->detail, sizeof outcome->detail, "read back differs in the block at 0x%08lX",
                     (unsigned long)b->address);
            return DFUSE_ERROR_STATUS;
        }
    }
    *step = FLASH_DFUSE_LEAVE;
    return dfuse_leave(t, plan->vector_table, outcome);
}

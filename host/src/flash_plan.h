/* What `sysboot flash` will do to a line's flash for an image: which pages
 * to erase, which blocks to write in which order, where GO goes, and
 * whether the image belongs on this line at all. Pure: no I/O. */
#ifndef SYSBOOT_HOST_FLASH_PLAN_H
#define SYSBOOT_HOST_FLASH_PLAN_H

#include <stddef.h>
#include <stdint.h>

#include "device_table.h"
#include "dfuse.h"
#include "image.h"

#define FLASH_MAX_PAGES 1024
/* AN3155: Write Memory and Read Memory move at most 256 bytes. */
#define FLASH_BLOCK_BYTES 256u

struct flash_layout {
    uint32_t base, size;
    uint32_t page_count;
    uint32_t page_start[FLASH_MAX_PAGES + 1];   /* absolute; [page_count] is the end */
    uint8_t erase_cmd;
    uint32_t prog_unit;
    const char *erased_boot;
};

/* The row's layout, its DfuSe groups decoded; 0 or -1 with the reason. */
int flash_layout_of(const struct flash_row *row, struct flash_layout *layout, char *error,
                    size_t error_size);
/* The layout a DfuSe region describes (a ROM's DFU alternate setting, or a
 * row's layout), the unit taken at least 4 (AN3155's whole words). */
int flash_layout_of_region(const struct dfuse_region *region, uint32_t prog_unit,
                           struct flash_layout *layout, char *error, size_t error_size);
/* The page holding `address`, or -1 outside the flash. */
long flash_page_of(const struct flash_layout *layout, uint32_t address);

struct flash_block {
    uint32_t address;
    uint32_t length;            /* a multiple of 4 and of the programming unit */
    const uint8_t *data;
};

struct flash_plan {
    uint32_t page_count;
    uint16_t pages[FLASH_MAX_PAGES];   /* ascending */
    uint32_t erase_bytes;
    size_t block_count;
    struct flash_block *blocks;        /* write order: the vector table's block last */
    uint32_t write_bytes;
    uint32_t image_bytes;
    uint32_t vector_table;             /* GO goes here */
    uint32_t initial_sp, reset_vector;
    uint8_t *buffer;                   /* the image flattened, padded with 0xFF */
};

enum flash_plan_result {
    FLASH_PLAN_OK,
    FLASH_PLAN_OUTSIDE_FLASH,   /* a byte outside the line's flash (wrong line, too large) */
    FLASH_PLAN_BAD_VECTORS,     /* no vector table for this line at the image's start */
    FLASH_PLAN_WRONG_CORE,      /* an ELF built for an architecture the line's core lacks */
    FLASH_PLAN_NO_MEMORY
};

/* The line the image must suit: its SRAM window (the initial SP lies in
 * [sram_base, sram_base + sram_size]) and its core (SYSBOOT_CORE_*: an ELF
 * built for a later architecture does not run there). */
struct flash_target {
    uint32_t sram_base, sram_size;
    uint32_t core;
};

/* Checks the image against the line (flash range, core, vector table:
 * initial SP inside the SRAM, Thumb reset vector inside the image) and
 * plans the update. The message says why it refused. */
enum flash_plan_result flash_plan_make(const struct image *image, const struct flash_layout *layout,
                                       const struct flash_target *target, struct flash_plan *plan,
                                       char *error, size_t error_size);
void flash_plan_free(struct flash_plan *plan);

#endif

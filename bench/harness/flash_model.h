/*
 * The board's main flash as its ROM programs it, from the line's
 * SYSBOOT_FLASH row: the page or sector layout the erase commands number,
 * the programming unit (a unit is programmed once after its erase, the
 * rest of a partly written unit padded with 0xFF), write protection and
 * read protection level 1 (bench options), and what an erased first word
 * does at power-on (the empty check). The stand-in reaches it through the
 * semihosting operations of common/flash_port.h. Boards whose line has no
 * row keep a plain 512 KiB flash that nothing erases or programs.
 */
#ifndef BENCH_FLASH_MODEL_H
#define BENCH_FLASH_MODEL_H

#include "board.h"

#include <stdint.h>
#include <stdio.h>

/* The line's row, NULL if the data has none. */
typedef struct {
    uint32_t dev_id, base, size;
    const char *layout;            /* DfuSe sector groups */
    uint32_t erase_cmd, prog_unit;
    int erased_boot;               /* FLASH_BOOT_* */
} flash_row;
enum { FLASH_BOOT_NEEDS_BOOT0, FLASH_BOOT_EMPTY_CHECK, FLASH_BOOT_EMPTY_CHECK_CLEARED };

const flash_row *flash_model_row(const bench_board *b);
/* Bytes of flash to map at 0x08000000 for the board. */
uint32_t flash_model_map_size(const bench_board *b);
/* The stand-in's build defines for the board's flash ("" without a row). */
void flash_model_print_defines(FILE *out, const bench_board *b);
/* After the images are loaded: the layout, and which units hold data. */
void flash_model_init(void);
/* Power-on: the empty check of lines that have one. */
void flash_model_power_on(void);
/* Does the chip boot system memory by itself now (BOOT0 pin, empty check)? */
int flash_model_boots_rom(void);
/* A semihosting operation of common/flash_port.h: 1 if it was one (r0 set). */
int flash_model_semihost(uint32_t op, uint32_t arg, uint32_t *ret);

#endif

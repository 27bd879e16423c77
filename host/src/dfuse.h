/* Decoder for the DfuSe memory-layout string an STM32 ROM DFU interface
 * names each alternate setting with, e.g.
 *   "@Internal Flash  /0x08000000/04*016Kg,01*064Kg,07*128Kg"
 * Format (ST UM0424, DfuSe "memory layout" interface string):
 *   '@' name ('/' 0xADDRESS '/' count '*' size unit type (',' ...)*)+
 *   unit: ' ' or 'B' bytes, 'K' KiB, 'M' MiB
 *   type: 'a'..'g', the bits of (letter - 'a' + 1): 1 readable,
 *         2 erasable, 4 writable. */
#ifndef SYSBOOT_HOST_DFUSE_H
#define SYSBOOT_HOST_DFUSE_H

#include <stddef.h>
#include <stdint.h>

#define DFUSE_READABLE 0x1u
#define DFUSE_ERASABLE 0x2u
#define DFUSE_WRITABLE 0x4u

#define DFUSE_NAME_MAX 64
#define DFUSE_MAX_GROUPS 16
#define DFUSE_MAX_REGIONS 8

struct dfuse_sector_group {
    uint32_t count;
    uint32_t size;           /* bytes per sector */
    unsigned attributes;     /* DFUSE_READABLE | DFUSE_ERASABLE | DFUSE_WRITABLE */
};

struct dfuse_region {
    uint32_t base;
    size_t group_count;
    struct dfuse_sector_group groups[DFUSE_MAX_GROUPS];
};

struct dfuse_layout {
    char name[DFUSE_NAME_MAX];   /* trailing blanks removed */
    size_t region_count;
    struct dfuse_region regions[DFUSE_MAX_REGIONS];
};

/* Returns 0 and fills `layout`, or -1 with the reason in `error`. Pure: no
 * I/O, no allocation. */
int dfuse_decode(const char *text, struct dfuse_layout *layout, char *error, size_t error_size);

/* Bytes covered by a region (sum of count * size); 64-bit so no overflow. */
uint64_t dfuse_region_bytes(const struct dfuse_region *region);

/* "rew", "r--", ... for an attribute set. */
const char *dfuse_attributes_text(unsigned attributes, char text[4]);

#endif

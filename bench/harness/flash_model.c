/* The board's main flash (see flash_model.h). */
#include "flash_model.h"

#include "../common/flash_port.h"
#include "machine.h"
#include "soc.h"

#include <stdlib.h>
#include <string.h>

static const flash_row rows[] = {
#define SYSBOOT_FLASH(id, base, size, layout, erase, unit, boot, src) \
    { id, base, size, layout, erase, unit, FLASH_BOOT_##boot },
#include "../../data/stm32.def"
};

#define DEFAULT_FLASH_SIZE 0x00080000u
#define MAX_PAGES 1024u
/* F1's 2 KiB of system memory has no room for the stand-in's flash commands. */
#define STANDIN_FLASH_MIN_SYSMEM 0x1000u

static const flash_row *row;
static uint32_t page_count, page_start[MAX_PAGES + 1];   /* offsets from the base */
static uint8_t *programmed;                              /* one byte per unit */
static int empty_latched;
static uint32_t programmed_since_power_on;

const flash_row *flash_model_row(const bench_board *b)
{
    unsigned i;
    for (i = 0; i < sizeof rows / sizeof rows[0]; i++)
        if (rows[i].dev_id == b->dev_id && rows[i].base == FLASH_BASE)
            return &rows[i];
    return NULL;
}

uint32_t flash_model_map_size(const bench_board *b)
{
    const flash_row *r = flash_model_row(b);
    return r != NULL ? r->size : DEFAULT_FLASH_SIZE;
}

void flash_model_print_defines(FILE *out, const bench_board *b)
{
    const flash_row *r = flash_model_row(b);
    const bench_profile *p = b->profile;
    if (r == NULL || b->sysmem_size < STANDIN_FLASH_MIN_SYSMEM)
        return;
    fprintf(out, " -DSTANDIN_FLASH_BASE=0x%08Xu -DSTANDIN_FLASH_SIZE=0x%08Xu -DSTANDIN_ERASE_CMD=0x%02Xu",
            (unsigned)r->base, (unsigned)r->size, (unsigned)r->erase_cmd);
    if (r->erased_boot == FLASH_BOOT_EMPTY_CHECK_CLEARED && p->empty_reg != 0u)
        fprintf(out, " -DSTANDIN_EMPTY_REG=0x%08Xu -DSTANDIN_EMPTY_MASK=0x%08Xu", (unsigned)p->empty_reg,
                (unsigned)p->empty_mask);
}

/* "04*016Kg,01*064Kg,07*128Kg" into page_start[]; 0 or -1. */
static int parse_layout(const char *s)
{
    uint32_t offset = 0;
    page_count = 0;
    while (*s != '\0') {
        char *end;
        unsigned long count = strtoul(s, &end, 10), size;
        if (end == s || *end != '*')
            return -1;
        size = strtoul(end + 1, &end, 10);
        if (*end == 'K')
            size <<= 10;
        else if (*end == 'M')
            size <<= 20;
        else if (*end != 'B' && *end != ' ')
            return -1;
        s = end + 2;                                 /* unit and type letter */
        while (count-- > 0) {
            if (page_count == MAX_PAGES)
                return -1;
            page_start[page_count++] = offset;
            offset += (uint32_t)size;
        }
        if (*s == ',')
            s++;
    }
    page_start[page_count] = offset;
    return offset == row->size ? 0 : -1;
}

void flash_model_init(void)
{
    uint32_t units, u, i;
    row = flash_model_row(bench_m.board);
    if (row == NULL)
        return;
    if (parse_layout(row->layout) != 0) {
        bench_fail("flash layout \"%s\" of DEV_ID %03X does not add up to its size", row->layout,
                   (unsigned)row->dev_id);
        row = NULL;
        return;
    }
    units = row->size / row->prog_unit;
    programmed = calloc(units, 1);
    /* what the loaded images put there counts as programmed */
    for (u = 0; u < units; u++)
        for (i = 0; i < row->prog_unit; i++)
            if (bench_m.flash[u * row->prog_unit + i] != 0xFFu)
                programmed[u] = 1;
}

void flash_model_power_on(void)
{
    const bench_profile *p = bench_m.board->profile;
    uint32_t word0;
    empty_latched = 0;
    programmed_since_power_on = 0;
    if (row == NULL || row->erased_boot == FLASH_BOOT_NEEDS_BOOT0)
        return;
    memcpy(&word0, bench_m.flash, 4);
    if (word0 != 0xFFFFFFFFu)
        return;
    printf("[uc] power-on: the first flash word is erased: the empty check boots system memory\n");
    fflush(stdout);
    if (p->empty_reg != 0u)
        soc_poke(p->empty_reg, soc_peek(p->empty_reg) | p->empty_mask);
    else
        empty_latched = 1;              /* a flag the data names no register for */
}

int flash_model_boots_rom(void)
{
    return bench_m.boot0 || empty_latched;
}

/* New contents in [offset, offset + length): the CPU must not run stale
 * translations of it, at its address or through the alias at 0. */
static void contents_changed(uint32_t offset, uint32_t length)
{
    uc_ctl_remove_cache(bench_m.uc, FLASH_BASE + offset, (uint64_t)FLASH_BASE + offset + length);
    if (!bench_m.alias0_is_sysmem && offset < bench_m.alias0_size)
        uc_ctl_remove_cache(bench_m.uc, offset, (uint64_t)offset + length);
}

static uint32_t erase(uint32_t page)
{
    uint32_t first = page, last = page, i;
    if (bench_m.rdp1)
        return BENCH_FLASH_ERR_RDP;
    if (page == BENCH_FLASH_ALL_PAGES) {
        first = 0;
        last = page_count - 1;
    } else if (page >= page_count) {
        return BENCH_FLASH_ERR_RANGE;
    }
    if (bench_m.write_protect)
        return BENCH_FLASH_ERR_WRP;
    for (i = first; i <= last; i++) {
        uint32_t start = page_start[i], length = page_start[i + 1] - start;
        memset(bench_m.flash + start, 0xFF, length);
        memset(programmed + start / row->prog_unit, 0, length / row->prog_unit);
        contents_changed(start, length);
    }
    printf("[uc] flash: erased %s %u (%08X-%08X)\n", first == last ? "page" : "pages 0 to", (unsigned)last,
           (unsigned)(FLASH_BASE + page_start[first]), (unsigned)(FLASH_BASE + page_start[last + 1] - 1));
    return BENCH_FLASH_OK;
}

static uint32_t program(const bench_flash_program *w)
{
    uint32_t offset = w->address - FLASH_BASE, unit = row->prog_unit, u, first, last;
    uint8_t data[256];
    if (bench_m.rdp1)
        return BENCH_FLASH_ERR_RDP;
    if (w->address < FLASH_BASE || w->length == 0 || w->length > sizeof data ||
        offset + w->length > row->size || offset + w->length < offset)
        return BENCH_FLASH_ERR_RANGE;
    if (bench_m.write_protect)
        return BENCH_FLASH_ERR_WRP;
    first = offset / unit;
    last = (offset + w->length - 1) / unit;
    for (u = first; u <= last; u++)
        if (programmed[u]) {
            printf("[uc] flash: programming %08X refused: its %u-byte unit was programmed since its erase\n",
                   (unsigned)(FLASH_BASE + u * unit), (unsigned)unit);
            return BENCH_FLASH_ERR_ERASED;
        }
    if (uc_mem_read(bench_m.uc, w->source, data, w->length) != UC_ERR_OK)
        return BENCH_FLASH_ERR_RANGE;
    /* the units' other bytes stay erased: programmed as 0xFF */
    memcpy(bench_m.flash + offset, data, w->length);
    memset(programmed + first, 1, last - first + 1);
    contents_changed(first * unit, (last - first + 1) * unit);
    programmed_since_power_on += w->length;
    if (bench_m.power_cut_after != 0u && programmed_since_power_on >= bench_m.power_cut_after) {
        /* the supply fails before the ROM can answer: power returns at once */
        printf("[uc] power cut after %u bytes programmed (the update is interrupted)\n",
               (unsigned)programmed_since_power_on);
        fflush(stdout);
        bench_m.power_cut_after = 0;
        bench_m.power_cycle = bench_m.boot0 ? 2 : 1;     /* the next instruction stops */
    }
    return BENCH_FLASH_OK;
}

int flash_model_semihost(uint32_t op, uint32_t arg, uint32_t *ret)
{
    uint32_t page;
    bench_flash_program w;
    switch (op) {
    case BENCH_SH_FLASH_STATE:
        *ret = bench_m.rdp1 ? BENCH_FLASH_STATE_RDP1 : 0u;
        return 1;
    case BENCH_SH_FLASH_ERASE:
        if (row == NULL || uc_mem_read(bench_m.uc, arg, &page, 4) != UC_ERR_OK)
            *ret = BENCH_FLASH_ERR_RANGE;
        else
            *ret = erase(page);
        return 1;
    case BENCH_SH_FLASH_PROGRAM:
        if (row == NULL || uc_mem_read(bench_m.uc, arg, &w, sizeof w) != UC_ERR_OK)
            *ret = BENCH_FLASH_ERR_RANGE;
        else
            *ret = program(&w);
        return 1;
    default:
        return 0;
    }
}

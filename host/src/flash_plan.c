/* The update plan (see flash_plan.h). */
#include "flash_plan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dfuse.h"
#include "sysboot.h"

int flash_layout_of_region(const struct dfuse_region *region, uint32_t prog_unit,
                           struct flash_layout *layout, char *error, size_t error_size)
{
    size_t g;
    uint32_t n, at = region->base;

    memset(layout, 0, sizeof *layout);
    for (g = 0; g < region->group_count; g++)
        for (n = 0; n < region->groups[g].count; n++) {
            if (layout->page_count == FLASH_MAX_PAGES) {
                snprintf(error, error_size, "more than %u pages in the DfuSe layout", FLASH_MAX_PAGES);
                return -1;
            }
            layout->page_start[layout->page_count++] = at;
            at += region->groups[g].size;
        }
    layout->page_start[layout->page_count] = at;
    layout->base = region->base;
    layout->size = at - region->base;
    layout->prog_unit = prog_unit < 4 ? 4 : prog_unit;
    layout->erased_boot = "NEEDS_BOOT0";      /* unknown from a DfuSe string: warn as if */
    return 0;
}

int flash_layout_of(const struct flash_row *row, struct flash_layout *layout, char *error,
                    size_t error_size)
{
    char text[160], why[128];
    struct dfuse_layout decoded;

    snprintf(text, sizeof text, "@Flash/0x%08lX/%s", (unsigned long)row->base, row->layout);
    if (dfuse_decode(text, &decoded, why, sizeof why) != 0 || decoded.region_count != 1) {
        snprintf(error, error_size, "flash layout \"%s\" of DEV_ID 0x%03X: %s", row->layout,
                 (unsigned)row->dev_id, decoded.region_count != 1 ? "not one region" : why);
        return -1;
    }
    if (flash_layout_of_region(&decoded.regions[0], row->prog_unit, layout, error, error_size) != 0)
        return -1;
    if (layout->size != row->size) {
        snprintf(error, error_size, "flash layout of DEV_ID 0x%03X adds up to %lu bytes, not %lu",
                 (unsigned)row->dev_id, (unsigned long)layout->size, (unsigned long)row->size);
        return -1;
    }
    layout->erase_cmd = row->erase_cmd;
    layout->erased_boot = row->erased_boot;
    return 0;
}

long flash_page_of(const struct flash_layout *layout, uint32_t address)
{
    uint32_t lo = 0, hi = layout->page_count;

    if (address < layout->base || address - layout->base >= layout->size)
        return -1;
    while (hi - lo > 1) {                       /* last page whose start <= address */
        uint32_t mid = (lo + hi) / 2;
        if (layout->page_start[mid] <= address)
            lo = mid;
        else
            hi = mid;
    }
    return (long)lo;
}

void flash_plan_free(struct flash_plan *plan)
{
    free(plan->blocks);
    free(plan->buffer);
    plan->blocks = NULL;
    plan->buffer = NULL;
}

static int check_fits(const struct image *image, const struct flash_layout *layout, char *error,
                      size_t error_size)
{
    uint64_t flash_end = (uint64_t)layout->base + layout->size;
    size_t i;

    for (i = 0; i < image->count; i++) {
        const struct image_segment *s = &image->segments[i];
        uint64_t end = (uint64_t)s->address + s->length;
        if (s->address < layout->base || end > flash_end) {
            snprintf(error, error_size,
                     "the image has %lu bytes at 0x%08lX-0x%08lX, outside this line's flash "
                     "0x%08lX-0x%08lX (%lu KiB)%s",
                     (unsigned long)s->length, (unsigned long)s->address, (unsigned long)(end - 1),
                     (unsigned long)layout->base, (unsigned long)(flash_end - 1),
                     (unsigned long)(layout->size >> 10),
                     image_bytes(image) > layout->size ? ": it is larger than the flash"
                                                       : ": an image for another line?");
            return -1;
        }
    }
    return 0;
}

static int check_vectors(const struct image *image, uint32_t sram_base, uint32_t sram_size,
                         struct flash_plan *plan, char *error, size_t error_size)
{
    uint32_t start = image_start(image);
    uint64_t sram_end = (uint64_t)sram_base + sram_size;

    plan->vector_table = start;
    if (!image_word(image, start, &plan->initial_sp) || !image_word(image, start + 4, &plan->reset_vector)) {
        snprintf(error, error_size, "the image starts with fewer than 8 bytes at 0x%08lX: no vector table",
                 (unsigned long)start);
        return -1;
    }
    if (plan->initial_sp < sram_base || plan->initial_sp > sram_end) {
        snprintf(error, error_size,
                 "not an application for this line: its initial stack pointer 0x%08lX (the word at "
                 "0x%08lX) lies outside the line's SRAM 0x%08lX-0x%08lX",
                 (unsigned long)plan->initial_sp, (unsigned long)start, (unsigned long)sram_base,
                 (unsigned long)(sram_end - 1));
        return -1;
    }
    if ((plan->reset_vector & 1u) == 0 || !image_holds(image, plan->reset_vector & ~1u)) {
        snprintf(error, error_size,
                 "not an application for this line: its reset vector 0x%08lX (the word at 0x%08lX) "
                 "is %s",
                 (unsigned long)plan->reset_vector, (unsigned long)(start + 4),
                 (plan->reset_vector & 1u) == 0 ? "not a Thumb address" : "outside the image");
        return -1;
    }
    return 0;
}

/* Tag_CPU_arch values (ARM IHI 0045) a core runs: each M profile core runs
 * code built for its own architecture and the earlier M ones. */
static int arch_runs_on(int arch, uint32_t core)
{
    int v6m = arch == 11 || arch == 12, v7m = v6m || arch == 10, v7em = v7m || arch == 13,
        v8m = v7em || arch == 16 || arch == 17;
    switch (core) {
    case SYSBOOT_CORE_M0:
    case SYSBOOT_CORE_M0P: return v6m;
    case SYSBOOT_CORE_M3:  return v7m;
    case SYSBOOT_CORE_M4:
    case SYSBOOT_CORE_M7:  return v7em;
    case SYSBOOT_CORE_M33: return v8m;
    case SYSBOOT_CORE_M55: return v8m || arch == 21;
    default:               return 1;
    }
}

static const char *arch_name(int arch)
{
    switch (arch) {
    case 10: return "Armv7(-M)";
    case 11: return "Armv6-M";
    case 12: return "Armv6S-M";
    case 13: return "Armv7E-M";
    case 16: return "Armv8-M baseline";
    case 17: return "Armv8-M mainline";
    case 21: return "Armv8.1-M mainline";
    default: return "a non-M architecture";
    }
}

static uint32_t round_down(uint32_t v, uint32_t a) { return v - v % a; }

enum flash_plan_result flash_plan_make(const struct image *image, const struct flash_layout *layout,
                                       const struct flash_target *target, struct flash_plan *plan,
                                       char *error, size_t error_size)
{
    uint32_t unit = layout->prog_unit, span_start, span_end, at, p;
    uint8_t used[FLASH_MAX_PAGES];
    size_t i, vector_block = 0, capacity;

    memset(plan, 0, sizeof *plan);
    if (check_fits(image, layout, error, error_size) != 0)
        return FLASH_PLAN_OUTSIDE_FLASH;
    if (image->cpu_arch >= 0 && !arch_runs_on(image->cpu_arch, target->core)) {
        snprintf(error, error_size, "the ELF was built for %s (Tag_CPU_arch %d), which this line's core "
                 "does not run: an image for another line", arch_name(image->cpu_arch), image->cpu_arch);
        return FLASH_PLAN_WRONG_CORE;
    }
    if (check_vectors(image, target->sram_base, target->sram_size, plan, error, error_size) != 0)
        return FLASH_PLAN_BAD_VECTORS;

    /* pages: every one a byte of the image lies in */
    memset(used, 0, sizeof used);
    for (i = 0; i < image->count; i++) {
        const struct image_segment *s = &image->segments[i];
        long first = flash_page_of(layout, s->address), last = flash_page_of(layout, s->address + s->length - 1);
        for (; first <= last; first++)
            used[first] = 1;
    }
    for (p = 0; p < layout->page_count; p++)
        if (used[p]) {
            plan->pages[plan->page_count++] = (uint16_t)p;
            plan->erase_bytes += layout->page_start[p + 1] - layout->page_start[p];
        }

    /* the image flattened over whole programming units, gaps left erased */
    span_start = round_down(image_start(image), unit);
    span_end = (uint32_t)(image_end(image) - 1);
    span_end = round_down(span_end, unit) + unit;
    plan->buffer = malloc(span_end - span_start);
    capacity = (span_end - span_start) / FLASH_BLOCK_BYTES + 2;
    plan->blocks = malloc(capacity * sizeof *plan->blocks);
    if (plan->buffer == NULL || plan->blocks == NULL) {
        flash_plan_free(plan);
        snprintf(error, error_size, "out of memory");
        return FLASH_PLAN_NO_MEMORY;
    }
    memset(plan->buffer, 0xFF, span_end - span_start);
    for (i = 0; i < image->count; i++)
        memcpy(plan->buffer + (image->segments[i].address - span_start), image->segments[i].data,
               image->segments[i].length);
    plan->image_bytes = image_bytes(image);

    /* blocks on 256-byte boundaries (whole units: every unit is written once);
     * a block that is all 0xFF is already what the erase left */
    for (at = span_start; at < span_end;) {
        uint32_t next = round_down(at, FLASH_BLOCK_BYTES) + FLASH_BLOCK_BYTES, length, k;
        const uint8_t *data = plan->buffer + (at - span_start);
        if (next > span_end)
            next = span_end;
        length = next - at;
        for (k = 0; k < length && data[k] == 0xFFu; k++)
            ;
        if (k < length) {
            if (at <= plan->vector_table && plan->vector_table < next)
                vector_block = plan->block_count;
            plan->blocks[plan->block_count].address = at;
            plan->blocks[plan->block_count].length = length;
            plan->blocks[plan->block_count].data = data;
            plan->block_count++;
            plan->write_bytes += length;
        }
        at = next;
    }
    /* the vector table's block goes last: until it is written the first
     * word stays erased, which some lines' empty check turns into the ROM */
    if (plan->block_count > 1) {
        struct flash_block vectors = plan->blocks[vector_block];
        memmove(plan->blocks + vector_block, plan->blocks + vector_block + 1,
                (plan->block_count - vector_block - 1) * sizeof *plan->blocks);
        plan->blocks[plan->block_count - 1] = vectors;
    }
    return FLASH_PLAN_OK;
}

/* Image loading (see image.h). */
#include "image.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* "NAME: what went wrong" into error; returns -1. */
static int failed(char *error, size_t size, const char *name, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static int failed(char *error, size_t size, const char *name, const char *fmt, ...)
{
    char what[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    snprintf(error, size, "%s: %s", name, what);
    return -1;
}

void image_free(struct image *image)
{
    size_t i;
    for (i = 0; i < image->count; i++)
        free(image->segments[i].data);
    image->count = 0;
}

/* Adds bytes at `address`, extending the last segment when they follow it. */
static int add_bytes(struct image *image, uint32_t address, const uint8_t *bytes, uint32_t length)
{
    struct image_segment *last = image->count ? &image->segments[image->count - 1] : NULL;
    uint8_t *grown;

    if (length == 0)
        return 0;
    if ((uint64_t)address + length > 0x100000000ull)
        return -1;
    if (last != NULL && (uint64_t)last->address + last->length == address) {
        grown = realloc(last->data, (size_t)last->length + length);
        if (grown == NULL)
            return -1;
        memcpy(grown + last->length, bytes, length);
        last->data = grown;
        last->length += length;
        return 0;
    }
    if (image->count == IMAGE_MAX_SEGMENTS)
        return -1;
    grown = malloc(length);
    if (grown == NULL)
        return -1;
    memcpy(grown, bytes, length);
    image->segments[image->count].address = address;
    image->segments[image->count].length = length;
    image->segments[image->count].data = grown;
    image->count++;
    return 0;
}

static int by_address(const void *a, const void *b)
{
    const struct image_segment *x = a, *y = b;
    return x->address < y->address ? -1 : x->address > y->address;
}

/* Sorted, adjacent segments joined, overlaps refused. */
static int settle(const char *name, struct image *image, char *error, size_t size)
{
    size_t i, out = 0;

    qsort(image->segments, image->count, sizeof image->segments[0], by_address);
    for (i = 0; i < image->count; i++) {
        struct image_segment *s = &image->segments[i];
        if (out > 0) {
            struct image_segment *prev = &image->segments[out - 1];
            uint64_t prev_end = (uint64_t)prev->address + prev->length;
            if (s->address < prev_end)
                return failed(error, size, name, "two parts of the image overlap at 0x%08lX",
                              (unsigned long)s->address);
            if (s->address == prev_end) {
                uint8_t *grown = realloc(prev->data, (size_t)prev->length + s->length);
                if (grown == NULL)
                    return failed(error, size, name, "out of memory");
                memcpy(grown + prev->length, s->data, s->length);
                prev->data = grown;
                prev->length += s->length;
                free(s->data);
                continue;
            }
        }
        image->segments[out++] = *s;
    }
    image->count = out;
    if (out == 0)
        return failed(error, size, name, "the image holds no bytes");
    return 0;
}

/* ---- Intel HEX ------------------------------------------------------------ */

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

static int looks_like_hex(const uint8_t *bytes, size_t length)
{
    size_t i = 0;
    while (i < length && (bytes[i] == '\r' || bytes[i] == '\n' || bytes[i] == ' '))
        i++;
    return i < length && bytes[i] == ':';
}

static int parse_hex(const char *name, const uint8_t *text, size_t length, struct image *image,
                     char *error, size_t size)
{
    uint32_t upper = 0;
    unsigned long line = 0;
    size_t i = 0;
    int ended = 0;

    while (i < length) {
        uint8_t record[5 + 255];
        size_t n = 0, count, j;
        unsigned sum = 0, type;
        uint32_t address;

        line++;
        while (i < length && (text[i] == '\r' || text[i] == '\n'))
            i++;
        if (i >= length)
            break;
        if (ended)
            return failed(error, size, name, "line %lu: data after the end-of-file record", line);
        if (text[i] != ':')
            return failed(error, size, name, "line %lu: a record must start with ':'", line);
        i++;
        while (i + 1 < length && text[i] != '\r' && text[i] != '\n') {
            int hi = hex_digit((char)text[i]), lo = hex_digit((char)text[i + 1]);
            if (hi < 0 || lo < 0 || n == sizeof record)
                return failed(error, size, name, "line %lu: not a hex digit pair at column %lu", line,
                              (unsigned long)(n * 2 + 2));
            record[n++] = (uint8_t)(hi << 4 | lo);
            i += 2;
        }
        if (i < length && text[i] != '\r' && text[i] != '\n')
            return failed(error, size, name, "line %lu: odd number of hex digits", line);
        if (n < 5 || n != (size_t)record[0] + 5)
            return failed(error, size, name, "line %lu: record length %lu does not match its byte count",
                          line, (unsigned long)n);
        for (j = 0; j < n; j++)
            sum += record[j];
        if ((sum & 0xFFu) != 0)
            return failed(error, size, name, "line %lu: bad checksum 0x%02lX", line,
                          (unsigned long)record[n - 1]);
        count = record[0];
        address = (uint32_t)record[1] << 8 | record[2];
        type = record[3];
        switch (type) {
        case 0x00:
            if (add_bytes(image, upper + address, record + 4, (uint32_t)count) != 0)
                return failed(error, size, name, "line %lu: cannot place data at 0x%08lX", line,
                              (unsigned long)(upper + address));
            break;
        case 0x01:
            ended = 1;
            break;
        case 0x02:
            if (count != 2)
                return failed(error, size, name, "line %lu: bad extended segment address record", line);
            upper = ((uint32_t)record[4] << 8 | record[5]) << 4;
            break;
        case 0x04:
            if (count != 2)
                return failed(error, size, name, "line %lu: bad extended linear address record", line);
            upper = ((uint32_t)record[4] << 8 | record[5]) << 16;
            break;
        case 0x03:
        case 0x05:
            break;                      /* start addresses: GO uses the vector table */
        default:
            return failed(error, size, name, "line %lu: unknown record type 0x%02X", line, type);
        }
    }
    if (!ended)
        return failed(error, size, name, "no end-of-file record (type 01): the file is cut short");
    return 0;
}

/* ---- ELF ------------------------------------------------------------------- */

static uint32_t le32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint16_t le16(const uint8_t *p)
{
    return (uint16_t)(p[0] | p[1] << 8);
}

#define PT_LOAD_TYPE 1u
#define EM_ARM_MACHINE 40u
#define SHT_ARM_ATTRIBUTES_TYPE 0x70000003u
#define TAG_CPU_ARCH 6u

static uint32_t uleb(const uint8_t **p, const uint8_t *end)
{
    uint32_t value = 0;
    unsigned shift = 0;
    while (*p < end) {
        uint8_t b = *(*p)++;
        if (shift < 32)
            value |= (uint32_t)(b & 0x7Fu) << shift;
        shift += 7;
        if ((b & 0x80u) == 0)
            break;
    }
    return value;
}

/* Tag_CPU_arch from the "aeabi" file attributes (ARM IHI 0045, build
 * attributes), or -1: what the code was built for (11 v6-M, 12 v6S-M,
 * 10 v7(-M), 13 v7E-M, 16 v8-M baseline, 17 v8-M mainline, 21 v8.1-M). */
static int elf_cpu_arch(const uint8_t *bytes, size_t length)
{
    uint32_t shoff = le32(bytes + 32);
    unsigned shentsize = le16(bytes + 46), shnum = le16(bytes + 48), i;

    if (shnum == 0 || shentsize < 40 || shoff > length || (uint64_t)shoff + (uint64_t)shnum * shentsize > length)
        return -1;
    for (i = 0; i < shnum; i++) {
        const uint8_t *sh = bytes + shoff + (size_t)i * shentsize;
        uint32_t offset = le32(sh + 16), size = le32(sh + 20);
        const uint8_t *p, *end;
        if (le32(sh + 4) != SHT_ARM_ATTRIBUTES_TYPE || (uint64_t)offset + size > length || size < 16 ||
            bytes[offset] != 'A')
            continue;
        p = bytes + offset + 1;
        end = bytes + offset + size;
        if (le32(p) > (uint32_t)(end - p) || memcmp(p + 4, "aeabi", 6) != 0)
            return -1;
        end = p + le32(p);
        p += 10;
        if (p >= end || *p++ != 1)                   /* Tag_File */
            return -1;
        p += 4;                                      /* its size */
        while (p < end) {
            uint32_t tag = uleb(&p, end);
            if (tag == TAG_CPU_ARCH)
                return (int)uleb(&p, end);
            if (tag == 4 || tag == 5 || (tag > 32 && (tag & 1u))) {
                while (p < end && *p != 0)           /* a string value */
                    p++;
                p++;
            } else {
                (void)uleb(&p, end);
            }
        }
    }
    return -1;
}

static int parse_elf(const char *name, const uint8_t *bytes, size_t length, struct image *image,
                     char *error, size_t size)
{
    uint32_t phoff;
    unsigned phentsize, phnum, i;

    if (length < 52 || bytes[4] != 1 || bytes[5] != 1)
        return failed(error, size, name, "not a 32-bit little-endian ELF file");
    if (le16(bytes + 18) != EM_ARM_MACHINE)
        return failed(error, size, name, "ELF for machine %u, not ARM (40)", (unsigned)le16(bytes + 18));
    phoff = le32(bytes + 28);
    phentsize = le16(bytes + 42);
    phnum = le16(bytes + 44);
    if (phnum > 0 && (phentsize < 32 || phoff > length || (uint64_t)phoff + (uint64_t)phnum * phentsize > length))
        return failed(error, size, name, "program headers lie outside the file");
    for (i = 0; i < phnum; i++) {
        const uint8_t *ph = bytes + phoff + (size_t)i * phentsize;
        uint32_t type = le32(ph), offset = le32(ph + 4), paddr = le32(ph + 12), filesz = le32(ph + 16);
        if (type != PT_LOAD_TYPE || filesz == 0)
            continue;
        if ((uint64_t)offset + filesz > length)
            return failed(error, size, name, "load segment at 0x%08lX runs past the end of the file",
                          (unsigned long)paddr);
        if (add_bytes(image, paddr, bytes + offset, filesz) != 0)
            return failed(error, size, name, "cannot place the segment at 0x%08lX", (unsigned long)paddr);
    }
    if (image->count == 0)
        return failed(error, size, name, "the ELF file has no load segments with bytes in them (PT_LOAD)");
    image->cpu_arch = elf_cpu_arch(bytes, length);
    return 0;
}

int image_parse(const char *name, const uint8_t *bytes, size_t length, int has_address,
                uint32_t address, struct image *image, char *error, size_t error_size)
{
    int rc;

    memset(image, 0, sizeof *image);
    image->cpu_arch = -1;
    if (length >= 4 && memcmp(bytes, "\177ELF", 4) == 0) {
        image->format = "elf";
        rc = parse_elf(name, bytes, length, image, error, error_size);
    } else if (looks_like_hex(bytes, length)) {
        image->format = "hex";
        rc = parse_hex(name, bytes, length, image, error, error_size);
    } else {
        image->format = "binary";
        if (!has_address)
            return failed(error, error_size, name, "a raw binary says nowhere where it goes: give --address "
                          "(e.g. --address 0x08000000)");
        if (length == 0)
            return failed(error, error_size, name, "the file is empty");
        if ((uint64_t)address + length > 0x100000000ull)
            return failed(error, error_size, name, "%lu bytes at 0x%08lX run past the 4 GiB address space",
                          (unsigned long)length, (unsigned long)address);
        rc = add_bytes(image, address, bytes, (uint32_t)length) == 0 ? 0
             : failed(error, error_size, name, "out of memory");
    }
    if (rc == 0 && has_address && image->format[0] != 'b')
        rc = failed(error, error_size, name, "--address is for raw binaries; this %s file carries its own addresses",
                    image->format);
    if (rc == 0)
        rc = settle(name, image, error, error_size);
    if (rc != 0)
        image_free(image);
    return rc;
}

int image_load(const char *path, int has_address, uint32_t address, struct image *image,
               char *error, size_t error_size)
{
    FILE *f = fopen(path, "rb");
    uint8_t *bytes;
    size_t length = 0;
    int rc;

    memset(image, 0, sizeof *image);
    if (f == NULL) {
        snprintf(error, error_size, "%s: cannot open it", path);
        return -1;
    }
    bytes = malloc(IMAGE_MAX_BYTES + 1);
    if (bytes != NULL)
        length = fread(bytes, 1, IMAGE_MAX_BYTES + 1, f);
    fclose(f);
    if (bytes == NULL || length > IMAGE_MAX_BYTES) {
        free(bytes);
        snprintf(error, error_size, "%s: larger than %u MiB: not a firmware image", path,
                 IMAGE_MAX_BYTES >> 20);
        return -1;
    }
    rc = image_parse(path, bytes, length, has_address, address, image, error, error_size);
    free(bytes);
    return rc;
}

uint32_t image_bytes(const struct image *image)
{
    uint32_t total = 0;
    size_t i;
    for (i = 0; i < image->count; i++)
        total += image->segments[i].length;
    return total;
}

uint32_t image_start(const struct image *image)
{
    return image->count ? image->segments[0].address : 0;
}

uint64_t image_end(const struct image *image)
{
    const struct image_segment *last;
    if (image->count == 0)
        return 0;
    last = &image->segments[image->count - 1];
    return (uint64_t)last->address + last->length;
}

int image_holds(const struct image *image, uint32_t address)
{
    size_t i;
    for (i = 0; i < image->count; i++)
        if (address >= image->segments[i].address &&
            (uint64_t)address < (uint64_t)image->segments[i].address + image->segments[i].length)
            return 1;
    return 0;
}

int image_word(const struct image *image, uint32_t address, uint32_t *word)
{
    size_t i;
    for (i = 0; i < image->count; i++) {
        const struct image_segment *s = &image->segments[i];
        if (address >= s->address && (uint64_t)address + 4 <= (uint64_t)s->address + s->length) {
            *word = le32(s->data + (address - s->address));
            return 1;
        }
    }
    return 0;
}

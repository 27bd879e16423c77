/* Firmware images for `sysboot flash`: raw binary (placed at an address the
 * user gives), Intel HEX, and ELF (its loadable segments at their load
 * addresses). Every format ends as a sorted list of non-overlapping
 * segments. Anything malformed is refused with the reason. */
#ifndef SYSBOOT_HOST_IMAGE_H
#define SYSBOOT_HOST_IMAGE_H

#include <stddef.h>
#include <stdint.h>

#define IMAGE_MAX_SEGMENTS 64
/* Larger than any STM32's flash: a bigger file is not a firmware image. */
#define IMAGE_MAX_BYTES (64u * 1024u * 1024u)

struct image_segment {
    uint32_t address;
    uint32_t length;
    uint8_t *data;
};

struct image {
    const char *format;                 /* "binary", "hex" or "elf" */
    int cpu_arch;                       /* ELF: Tag_CPU_arch of .ARM.attributes; -1 unknown */
    size_t count;
    struct image_segment segments[IMAGE_MAX_SEGMENTS];
};

/* Loads `path`. A raw binary needs `address` (has_address); HEX and ELF
 * carry their own. Returns 0, or -1 with the reason in `error`. */
int image_load(const char *path, int has_address, uint32_t address, struct image *image,
               char *error, size_t error_size);
/* The same from memory (`name` only for messages); the bytes are copied. */
int image_parse(const char *name, const uint8_t *bytes, size_t length, int has_address,
                uint32_t address, struct image *image, char *error, size_t error_size);
void image_free(struct image *image);

/* Bytes the segments hold; the lowest and one past the highest address. */
uint32_t image_bytes(const struct image *image);
uint32_t image_start(const struct image *image);
uint64_t image_end(const struct image *image);
/* The little-endian word at `address`; 0 if the image does not hold it all. */
int image_word(const struct image *image, uint32_t address, uint32_t *word);
/* Whether `address` lies in a segment. */
int image_holds(const struct image *image, uint32_t address);

#endif

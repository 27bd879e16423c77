/* Unit tests of the image loader (src/image.c): raw binary, Intel HEX and
 * ELF, and every malformed input refused with its reason. */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "image.h"

static int has(const char *text, const char *part)
{
    return strstr(text, part) != NULL;
}

static int parse_text(const char *text, struct image *image, char *error, size_t size)
{
    return image_parse("t.hex", (const uint8_t *)text, strlen(text), 0, 0, image, error, size);
}

static void test_binary(void)
{
    static const uint8_t bytes[] = { 0x00, 0x10, 0x00, 0x20, 0x09, 0x00, 0x00, 0x08 };
    struct image image;
    char error[256];
    uint32_t word;

    CHECK(image_parse("a.bin", bytes, sizeof bytes, 0, 0, &image, error, sizeof error) != 0,
          "a raw binary without --address is refused");
    CHECK(has(error, "--address"), "the refusal names --address");
    CHECK(image_parse("a.bin", bytes, sizeof bytes, 1, 0x08000000u, &image, error, sizeof error) == 0,
          "a raw binary with an address loads");
    CHECK(strcmp(image.format, "binary") == 0 && image.count == 1, "one binary segment");
    CHECK(image_start(&image) == 0x08000000u && image_end(&image) == 0x08000008u, "placed at the address");
    CHECK(image_word(&image, 0x08000000u, &word) && word == 0x20001000u, "little-endian words");
    CHECK(!image_word(&image, 0x08000006u, &word), "a word running past the end is not held");
    CHECK(image_holds(&image, 0x08000007u) && !image_holds(&image, 0x08000008u), "image_holds bounds");
    image_free(&image);
    CHECK(image_parse("a.bin", bytes, 0, 1, 0x08000000u, &image, error, sizeof error) != 0,
          "an empty file is refused");
    CHECK(image_parse("a.bin", bytes, sizeof bytes, 1, 0xFFFFFFFCu, &image, error, sizeof error) != 0,
          "a binary running past 4 GiB is refused");
}

/* Two data records under an extended linear address 0x0800, EOF. */
static const char good_hex[] =
    ":020000040800F2\n"
    ":1000000000100020090000080000000000000000AF\n"
    ":0400100001020304E2\n"
    ":00000001FF\n";

static void test_hex(void)
{
    struct image image;
    char error[256];
    char text[512];
    uint32_t word;

    CHECK(parse_text(good_hex, &image, error, sizeof error) == 0, "a good HEX file loads");
    CHECK(strcmp(image.format, "hex") == 0, "recognised as HEX");
    CHECK(image.count == 1 && image_bytes(&image) == 20, "adjacent records join into one segment");
    CHECK(image_start(&image) == 0x08000000u, "the extended linear address applies");
    CHECK(image_word(&image, 0x08000010u, &word) && word == 0x04030201u, "the second record's bytes");
    image_free(&image);

    strcpy(text, good_hex);
    text[strlen(":020000040800F2\n") + 41] = '0';          /* checksum AF -> 0F */
    CHECK(parse_text(text, &image, error, sizeof error) != 0, "a bad checksum is refused");
    CHECK(has(error, "line 2") && has(error, "checksum"), "the refusal names the line and the checksum");

    CHECK(parse_text(":020000040800F2\n:0400100001020304E2\n", &image, error, sizeof error) != 0,
          "a HEX file without its end-of-file record is refused");
    CHECK(has(error, "end-of-file"), "the refusal says the file is cut short");
    CHECK(parse_text(":0400100001020304E2\n:0400120001020304E0\n:00000001FF\n", &image, error, sizeof error) != 0,
          "overlapping records are refused");
    CHECK(has(error, "overlap"), "the refusal says overlap");
    CHECK(parse_text(":0400100001020304\n:00000001FF\n", &image, error, sizeof error) != 0,
          "a record shorter than its byte count is refused");
    CHECK(parse_text(":04001000010203G4E2\n:00000001FF\n", &image, error, sizeof error) != 0,
          "a non-hex digit is refused");
    CHECK(parse_text(":00000007F9\n:00000001FF\n", &image, error, sizeof error) != 0,
          "an unknown record type is refused");
    CHECK(parse_text(":00000001FF\n", &image, error, sizeof error) != 0, "a HEX file with no data is refused");
    CHECK(image_parse("t.hex", (const uint8_t *)good_hex, strlen(good_hex), 1, 0x08000000u, &image, error,
                      sizeof error) != 0, "--address with a HEX file is refused");
}

/* A minimal ELF32 little-endian ARM file: one PT_LOAD (or a PT_NOTE),
 * and optionally a .ARM.attributes section. */
static size_t make_elf(uint8_t *out, uint32_t load_type, int arch)
{
    static const uint8_t payload[8] = { 0x00, 0x20, 0x00, 0x20, 0x09, 0x00, 0x00, 0x08 };
    uint8_t attributes[32];
    size_t n = 0, attr_at = 52 + 32 + sizeof payload, length;
    memset(out, 0, 512);
    memcpy(out, "\177ELF\001\001\001", 7);
    out[16] = 2;                                  /* ET_EXEC */
    out[18] = 40;                                 /* EM_ARM */
    out[20] = 1;
    out[28] = 52;                                 /* e_phoff */
    out[40] = 52;                                 /* e_ehsize */
    out[42] = 32;                                 /* e_phentsize */
    out[44] = 1;                                  /* e_phnum */
    out[52] = (uint8_t)load_type;                 /* p_type */
    out[56] = 52 + 32;                            /* p_offset */
    memcpy(out + 60, "\000\000\000\010", 4);      /* p_vaddr 0x08000000 */
    memcpy(out + 64, "\000\000\000\010", 4);      /* p_paddr */
    out[68] = sizeof payload;                     /* p_filesz */
    out[72] = sizeof payload;                     /* p_memsz */
    memcpy(out + 52 + 32, payload, sizeof payload);
    length = attr_at;
    if (arch >= 0) {
        /* 'A', subsection length 21, "aeabi", Tag_File 1, size 11, Tag_CPU_name "7E", Tag_CPU_arch */
        static const uint8_t head[] = { 'A', 21, 0, 0, 0, 'a', 'e', 'a', 'b', 'i', 0, 1, 11, 0, 0, 0,
                                        5, '7', 'E', 0, 6 };
        memcpy(attributes, head, sizeof head);
        attributes[sizeof head] = (uint8_t)arch;
        n = sizeof head + 1;
        memcpy(out + attr_at, attributes, n);
        length = attr_at + n;
        length = (length + 3) & ~(size_t)3;
        /* section headers: a null one and .ARM.attributes */
        out[32] = (uint8_t)length;                 /* e_shoff */
        out[46] = 40;                             /* e_shentsize */
        out[48] = 2;                              /* e_shnum */
        memset(out + length, 0, 80);
        memcpy(out + length + 40 + 4, "\003\000\000\160", 4);   /* SHT_ARM_ATTRIBUTES */
        out[length + 40 + 16] = (uint8_t)attr_at;
        out[length + 40 + 20] = (uint8_t)n;
        length += 80;
    }
    return length;
}

static void test_elf(void)
{
    uint8_t file[512];
    struct image image;
    char error[256];
    size_t length;

    length = make_elf(file, 1, -1);
    CHECK(image_parse("a.elf", file, length, 0, 0, &image, error, sizeof error) == 0, "an ELF with a PT_LOAD loads");
    CHECK(strcmp(image.format, "elf") == 0 && image_start(&image) == 0x08000000u && image_bytes(&image) == 8,
          "the load segment at its physical address");
    CHECK(image.cpu_arch == -1, "no attributes: the architecture is unknown");
    image_free(&image);
    length = make_elf(file, 1, 13);
    CHECK(image_parse("a.elf", file, length, 0, 0, &image, error, sizeof error) == 0 && image.cpu_arch == 13,
          "Tag_CPU_arch read from .ARM.attributes (13, v7E-M)");
    image_free(&image);
    length = make_elf(file, 4, -1);                /* PT_NOTE only */
    CHECK(image_parse("a.elf", file, length, 0, 0, &image, error, sizeof error) != 0,
          "an ELF without load segments is refused");
    CHECK(has(error, "no load segments"), "the refusal says so");
    length = make_elf(file, 1, -1);
    file[18] = 3;                                  /* EM_386 */
    CHECK(image_parse("a.elf", file, length, 0, 0, &image, error, sizeof error) != 0, "a non-ARM ELF is refused");
    length = make_elf(file, 1, -1);
    file[68] = 200;                                /* p_filesz past the end */
    CHECK(image_parse("a.elf", file, length, 0, 0, &image, error, sizeof error) != 0,
          "a segment running past the file's end is refused");
}

int main(void)
{
    test_binary();
    test_hex();
    test_elf();
    return check_summary();
}

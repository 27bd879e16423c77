/* Unit tests of the update plan (src/flash_plan.c) over the SYSBOOT_FLASH
 * rows. The layouts' known answers are typed from the reference manuals
 * (RM0090 Table 5 for the F405's sectors, RM0444 for the G071, RM0394 for
 * the L432, RM0433 for the H743's two banks, RM0008 for the F103), not
 * read from data/stm32.def, so a wrong row fails here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "flash_plan.h"
#include "sysboot.h"

static struct flash_layout layout;

static int load(uint32_t dev_id)
{
    char error[256];
    const struct flash_row *row = flash_row_by_id(dev_id);
    if (row == NULL)
        return -1;
    return flash_layout_of(row, &layout, error, sizeof error);
}

static void test_layouts(void)
{
    CHECK(load(0x413) == 0, "F405 layout decodes");
    CHECK(layout.page_count == 12, "F405: 12 sectors (RM0090 Table 5)");
    CHECK(flash_page_of(&layout, 0x0800C000u) == 3 && flash_page_of(&layout, 0x0800FFFFu) == 3,
          "F405: sector 3 is 0x0800C000-0x0800FFFF, 16 KiB");
    CHECK(flash_page_of(&layout, 0x08010000u) == 4 && flash_page_of(&layout, 0x0801FFFFu) == 4,
          "F405: sector 4 is 0x08010000-0x0801FFFF, 64 KiB");
    CHECK(flash_page_of(&layout, 0x08020000u) == 5 && flash_page_of(&layout, 0x080FFFFFu) == 11,
          "F405: sectors 5-11 of 128 KiB up to 0x080FFFFF");
    CHECK(flash_page_of(&layout, 0x08100000u) == -1 && flash_page_of(&layout, 0x07FFFFFFu) == -1,
          "F405: nothing outside 1 MiB from 0x08000000");
    CHECK(layout.erase_cmd == 0x44, "F405: Extended Erase");

    CHECK(load(0x460) == 0 && layout.page_count == 64 && flash_page_of(&layout, 0x0801F800u) == 63 &&
          flash_page_of(&layout, 0x08000800u) == 1, "G071: 64 pages of 2 KiB (RM0444)");
    CHECK(layout.prog_unit == 8, "G071: double-word programming");
    CHECK(load(0x435) == 0 && layout.page_count == 128 && flash_page_of(&layout, 0x0803F800u) == 127,
          "L432: 128 pages of 2 KiB (RM0394)");
    CHECK(load(0x450) == 0 && layout.page_count == 16 && flash_page_of(&layout, 0x08100000u) == 8 &&
          flash_page_of(&layout, 0x081FFFFFu) == 15, "H743: 2 banks of 8 sectors of 128 KiB (RM0433)");
    CHECK(layout.prog_unit == 32, "H743: 256-bit flash word");
    CHECK(load(0x410) == 0 && layout.page_count == 128 && layout.erase_cmd == 0x43,
          "F103 medium density: 128 pages of 1 KiB, Erase (0x43)");
    CHECK(layout.prog_unit == 4, "F103: half words, written as AN3155's whole words");
    CHECK(flash_row_by_id(0x419) == NULL, "a line without a row has no layout");
}

/* An image of `length` bytes at `address` with a vector table (SP, reset). */
static void make_image(struct image *image, uint32_t address, uint32_t length, uint32_t sp, uint32_t reset)
{
    uint8_t *bytes = malloc(length);
    char error[128];
    uint32_t i;
    for (i = 0; i < length; i++)
        bytes[i] = (uint8_t)(i * 7 + 1);
    for (i = 0; i < 4; i++) {
        bytes[i] = (uint8_t)(sp >> (8 * i));
        bytes[4 + i] = (uint8_t)(reset >> (8 * i));
    }
    if (image_parse("t.bin", bytes, length, 1, address, image, error, sizeof error) != 0)
        printf("make_image: %s\n", error);
    free(bytes);
}

static void test_plans(void)
{
    struct flash_target f405 = { 0x20000000u, 0x00020000u, SYSBOOT_CORE_M4 };
    struct flash_target g071 = { 0x20000000u, 0x00009000u, SYSBOOT_CORE_M0P };
    struct image image;
    struct flash_plan plan;
    char error[256];
    size_t i;
    int ascending = 1;

    load(0x413);
    make_image(&image, 0x08000000u, 20000, 0x20020000u, 0x08000101u);
    CHECK(flash_plan_make(&image, &layout, &f405, &plan, error, sizeof error) == FLASH_PLAN_OK, "a 20000-byte F405 image plans");
    CHECK(plan.page_count == 2 && plan.pages[0] == 0 && plan.pages[1] == 1, "it erases sectors 0 and 1 only");
    CHECK(plan.erase_bytes == 32768, "32 KiB erased");
    CHECK(plan.write_bytes == 20000 && plan.block_count == 79, "20000 bytes in 79 blocks of at most 256");
    CHECK(plan.blocks[plan.block_count - 1].address == 0x08000000u, "the vector table's block is written last");
    for (i = 0; i + 2 < plan.block_count; i++)
        ascending &= plan.blocks[i].address < plan.blocks[i + 1].address;
    CHECK(ascending && plan.blocks[0].address == 0x08000100u, "the others in ascending order from 0x08000100");
    CHECK(plan.vector_table == 0x08000000u && plan.initial_sp == 0x20020000u, "GO at the vector table");
    flash_plan_free(&plan);
    image_free(&image);

    make_image(&image, 0x08000000u, 0x100001, 0x20020000u, 0x08000101u);
    CHECK(flash_plan_make(&image, &layout, &f405, &plan, error, sizeof error) == FLASH_PLAN_OUTSIDE_FLASH,
          "1 MiB + 1 byte does not fit the F405");
    CHECK(strstr(error, "larger than the flash") != NULL, "the refusal says it is too large");
    image_free(&image);
    make_image(&image, 0x07FFF000u, 64, 0x20020000u, 0x07FFF009u);
    CHECK(flash_plan_make(&image, &layout, &f405, &plan, error, sizeof error) == FLASH_PLAN_OUTSIDE_FLASH,
          "an image below the flash is refused");
    image_free(&image);

    /* an F405 application (stack at the top of its 128 KiB) on a G071 (36 KiB) */
    load(0x460);
    make_image(&image, 0x08000000u, 4096, 0x20020000u, 0x08000101u);
    CHECK(flash_plan_make(&image, &layout, &g071, &plan, error, sizeof error) == FLASH_PLAN_BAD_VECTORS,
          "an initial SP outside the G071's SRAM is refused");
    CHECK(strstr(error, "0x20020000") != NULL && strstr(error, "0x20008FFF") != NULL,
          "the refusal names the SP and the SRAM");
    image_free(&image);
    make_image(&image, 0x08000000u, 4096, 0x20009000u, 0x08002001u);
    CHECK(flash_plan_make(&image, &layout, &g071, &plan, error, sizeof error) == FLASH_PLAN_BAD_VECTORS,
          "a reset vector outside the image is refused");
    image_free(&image);
    make_image(&image, 0x08000000u, 4096, 0x20009000u, 0x08000100u);
    CHECK(flash_plan_make(&image, &layout, &g071, &plan, error, sizeof error) == FLASH_PLAN_BAD_VECTORS,
          "an even (ARM-state) reset vector is refused");
    image_free(&image);
    make_image(&image, 0x08000000u, 1004, 0x20009000u, 0x08000101u);
    image.cpu_arch = 13;
    CHECK(flash_plan_make(&image, &layout, &g071, &plan, error, sizeof error) == FLASH_PLAN_WRONG_CORE,
          "an ELF built for Armv7E-M is refused on a Cortex-M0+");
    image.cpu_arch = 12;
    CHECK(flash_plan_make(&image, &layout, &g071, &plan, error, sizeof error) == FLASH_PLAN_OK,
          "Armv6S-M code suits the Cortex-M0+");
    CHECK(plan.write_bytes == 1008, "1004 bytes padded to the G071's 8-byte unit");
    flash_plan_free(&plan);
    image_free(&image);

    /* two pieces with a gap of erased flash between them: the gap is not written */
    {
        static const char hex[] =
            ":020000040800F2\n"
            ":0800000000900020050000083B\n"
            ":04100000AABBCCDDDE\n"
            ":00000001FF\n";
        CHECK(image_parse("t.hex", (const uint8_t *)hex, sizeof hex - 1, 0, 0, &image, error, sizeof error) == 0,
              "a HEX image in two pieces loads");
        CHECK(flash_plan_make(&image, &layout, &g071, &plan, error, sizeof error) == FLASH_PLAN_OK, "and plans");
        CHECK(plan.page_count == 2 && plan.pages[0] == 0 && plan.pages[1] == 2, "pages 0 and 2, not 1");
        CHECK(plan.block_count == 2 && plan.blocks[0].address == 0x08001000u && plan.blocks[0].length == 8 &&
              plan.blocks[1].address == 0x08000000u, "two blocks, the gap skipped, vectors last");
        flash_plan_free(&plan);
        image_free(&image);
    }
}

int main(void)
{
    test_layouts();
    test_plans();
    return check_summary();
}

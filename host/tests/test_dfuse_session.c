/* The DfuSe session and the plan over it (src/dfuse_session.c,
 * src/flash_dfuse.c) against a DfuSe device model (dfuse_model.c) behind
 * the same dfu_transport the libusb code fills. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "dfuse_model.h"
#include "flash_dfuse.h"
#include "sysboot.h"

/* The F405 ROM's internal flash alternate setting (AN3156 shows this form). */
static const char f405[] = "@Internal Flash  /0x08000000/04*016Kg,01*064Kg,07*128Kg";

static struct dfuse_model model;

static int plan_for(struct flash_layout *layout, struct flash_plan *plan, struct image *image, uint32_t length)
{
    struct flash_target target = { 0x20000000u, 0x00020000u, SYSBOOT_CORE_M4 };
    uint8_t *bytes = malloc(length);
    char error[256];
    uint32_t i;
    int rc;

    for (i = 0; i < length; i++)
        bytes[i] = (uint8_t)(i * 13 + 5);
    memcpy(bytes, "\x00\x00\x02\x20\x01\x01\x00\x08", 8);
    rc = image_parse("t.bin", bytes, length, 1, 0x08000000u, image, error, sizeof error) == 0 &&
         flash_layout_of_region(&model.layout.regions[0], 4, layout, error, sizeof error) == 0 &&
         flash_plan_make(image, layout, &target, plan, error, sizeof error) == FLASH_PLAN_OK;
    free(bytes);
    return rc;
}

static void test_update(void)
{
    struct dfu_transport t;
    struct flash_layout layout;
    struct flash_plan plan;
    struct image image;
    struct dfuse_outcome outcome;
    enum flash_dfuse_step step;
    size_t i;
    int same = 1;

    CHECK(dfuse_model_init(&model, f405) == 0, "the model takes the F405's layout");
    t = dfuse_model_transport(&model);
    CHECK(plan_for(&layout, &plan, &image, 40000), "a 40000-byte image plans on the DfuSe layout");
    CHECK(layout.page_count == 12, "the DfuSe string gives the F405's 12 sectors");
    CHECK(flash_dfuse_update(&t, &layout, &plan, &step, &outcome) == DFUSE_OK, "download, erase and leave succeed");
    CHECK(model.erases == 3 && model.erased[0] == 0x08000000u && model.erased[1] == 0x08004000u &&
          model.erased[2] == 0x08008000u, "sectors 0-2 erased, no more");
    CHECK(model.writes == plan.block_count, "every block written once");
    CHECK(model.last_write == 0x08000000u, "the vector table's block written last");
    for (i = 0; i < image.segments[0].length; i++)
        same &= model.flash[i] == image.segments[0].data[i];
    CHECK(same, "the flash holds the image");
    CHECK(model.uploads == plan.block_count, "every block read back");
    CHECK(model.left && model.jumped_to == 0x08000000u, "the leave request starts the application at 0x08000000");
    flash_plan_free(&plan);
    image_free(&image);
}

static void test_refusals(void)
{
    struct dfu_transport t;
    struct flash_layout layout;
    struct flash_plan plan;
    struct image image;
    struct dfuse_outcome outcome;
    enum flash_dfuse_step step;
    uint8_t word[4] = { 1, 2, 3, 4 };

    dfuse_model_init(&model, f405);
    model.write_protected = 1;
    t = dfuse_model_transport(&model);
    plan_for(&layout, &plan, &image, 1000);
    CHECK(flash_dfuse_update(&t, &layout, &plan, &step, &outcome) == DFUSE_ERROR_STATUS &&
          step == FLASH_DFUSE_ERASE && outcome.status == DFU_STATUS_ERR_WRITE,
          "write protection: the erase fails with errWRITE");
    CHECK(strstr(outcome.detail, "errWRITE") != NULL, "the detail names errWRITE");
    CHECK(model.state == DFU_STATE_IDLE, "CLRSTATUS took the device out of dfuERROR");
    CHECK(!model.left && model.writes == 0, "nothing written, no leave");
    flash_plan_free(&plan);
    image_free(&image);

    dfuse_model_init(&model, f405);
    t = dfuse_model_transport(&model);
    CHECK(dfuse_write(&t, 0x08000000u, word, 4, &outcome) == DFUSE_OK, "a write into erased flash");
    CHECK(dfuse_write(&t, 0x08000000u, word, 4, &outcome) == DFUSE_ERROR_STATUS && outcome.status == DFU_STATUS_ERR_PROG,
          "a write over written flash: errPROG");
    CHECK(dfuse_erase_page(&t, 0x08100000u, &outcome) == DFUSE_ERROR_STATUS && outcome.status == DFU_STATUS_ERR_ADDRESS,
          "an erase outside the flash: errADDRESS");
    model.stall_uploads = 1;
    CHECK(dfuse_read(&t, 0x08000000u, word, 4, &outcome) == DFUSE_STALLED, "a stalled upload is reported");

    dfuse_model_init(&model, f405);
    model.gone_after_leave = 1;
    t = dfuse_model_transport(&model);
    CHECK(dfuse_leave(&t, 0x08000000u, &outcome) == DFUSE_OK && model.left,
          "a device gone after the leave request has left");
}

int main(void)
{
    test_update();
    test_refusals();
    return check_summary();
}

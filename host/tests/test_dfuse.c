/* DfuSe layout decoder on real ROM descriptor strings. Where each string
 * was seen (dfu-util listings and code comments in public projects):
 *   F1  (F105/107 ROM)  keirf/flashfloppy issue #462 (dfu-util -lv output)
 *   F303, F40x, F72x, F74x, G474 option bytes
 *                       betaflight/betaflight-configurator
 *                       src/js/protocols/stm32usbdfu.js (parseDescriptor comments)
 *   L4, U5              inertialsense/inertial-sense-sdk src/ISDFUFirmwareUpdater.h
 *   H750 (ROM)          plugdata-team/plugdata, Daisy exporter comment (dfu-util -l)
 *   F4 alt names        dfu-util listings in the same sources
 */
#include <string.h>

#include "check.h"
#include "dfuse.h"

static struct dfuse_layout layout;
static char error[160];

static int decodes(const char *text)
{
    return dfuse_decode(text, &layout, error, sizeof error) == 0;
}

static int group_is(size_t region, size_t group, uint32_t count, uint32_t size,
                    unsigned attributes)
{
    const struct dfuse_sector_group *g = &layout.regions[region].groups[group];
    return g->count == count && g->size == size && g->attributes == attributes;
}

#define RW_E (DFUSE_READABLE | DFUSE_ERASABLE | DFUSE_WRITABLE)
#define R_W (DFUSE_READABLE | DFUSE_WRITABLE)

static void test_f4(void)
{
    CHECK(decodes("@Internal Flash  /0x08000000/04*016Kg,01*064Kg,07*128Kg"), "F40x flash decodes");
    CHECK(strcmp(layout.name, "Internal Flash") == 0, "F40x name without trailing blanks");
    CHECK(layout.region_count == 1 && layout.regions[0].base == 0x08000000u, "F40x base");
    CHECK(layout.regions[0].group_count == 3, "F40x three sector groups");
    CHECK(group_is(0, 0, 4, 16384, RW_E), "F40x 4 x 16 KiB rew");
    CHECK(group_is(0, 1, 1, 65536, RW_E), "F40x 1 x 64 KiB rew");
    CHECK(group_is(0, 2, 7, 131072, RW_E), "F40x 7 x 128 KiB rew");
    CHECK(dfuse_region_bytes(&layout.regions[0]) == 1024u * 1024u, "F40x totals 1 MiB");
}

static void test_f7(void)
{
    CHECK(decodes("@Internal Flash  /0x08000000/04*016Kg,01*64Kg,03*128Kg"), "F72x decodes");
    CHECK(group_is(0, 1, 1, 65536, RW_E), "F72x unpadded size 64K");
    CHECK(dfuse_region_bytes(&layout.regions[0]) == 512u * 1024u, "F72x totals 512 KiB");
    CHECK(decodes("@Internal Flash  /0x08000000/04*032Kg,01*128Kg,03*256Kg"), "F74x decodes");
    CHECK(group_is(0, 2, 3, 262144, RW_E), "F74x 3 x 256 KiB");
}

static void test_f1_f3(void)
{
    CHECK(decodes("@Internal Flash  /0x08000000/128*002Kg"), "F105 flash decodes");
    CHECK(group_is(0, 0, 128, 2048, RW_E), "F105 128 x 2 KiB");
    CHECK(decodes("@Option Bytes  /0x1FFFF800/01*016 e"), "F105 option bytes decode");
    CHECK(layout.regions[0].base == 0x1FFFF800u, "F105 option bytes base");
    CHECK(group_is(0, 0, 1, 16, R_W), "a blank unit means bytes; e is read+write");
    CHECK(decodes("@Internal Flash  /0x08000000/128*0002Kg"), "F303 flash decodes");
    CHECK(group_is(0, 0, 128, 2048, RW_E), "F303 128 x 2 KiB, zero-padded size");
}

static void test_l4(void)
{
    CHECK(decodes("@Internal Flash  /0x08000000/0256*0002Kg"), "L4 flash decodes");
    CHECK(group_is(0, 0, 256, 2048, RW_E), "L4 zero-padded count");
    CHECK(decodes("@Option Bytes  /0x1FFF7800/01*040 e"), "L4 option bytes decode");
    CHECK(group_is(0, 0, 1, 40, R_W), "L4 option bytes 40 bytes");
    CHECK(decodes("@OTP Memory /0x1FFF7000/01*0001Ke"), "L4 OTP decodes");
    CHECK(group_is(0, 0, 1, 1024, R_W), "L4 OTP 1 KiB");
    CHECK(decodes("@Device Feature/0xFFFF0000/01*004 e"), "L4 device feature decodes");
    CHECK(strcmp(layout.name, "Device Feature") == 0, "a name right against '/'");
}

static void test_u5_h7(void)
{
    CHECK(decodes("@Internal Flash   /0x08000000/128*08Kg"), "U5 flash decodes");
    CHECK(group_is(0, 0, 128, 8192, RW_E), "U5 128 x 8 KiB");
    CHECK(decodes("@Option Bytes   /0x40022040/01*64 e"), "U5 option bytes decode");
    CHECK(decodes("@OTP Memory   /0x0BFA0000/01*512 e"), "U5 OTP decodes");
    CHECK(decodes("@Internal Flash   /0x08000000/16*128Kg"), "H750 flash decodes");
    CHECK(dfuse_region_bytes(&layout.regions[0]) == 2048u * 1024u, "H7 16 x 128 KiB = 2 MiB");
    CHECK(decodes("@Option Bytes   /0x5200201C/01*128 e"), "H7 option bytes decode");
}

static void test_several_regions(void)
{
    CHECK(decodes("@Option Bytes   /0x1FFF7800/01*048 e/0x1FFFF800/01*048 e"),
          "G474 two option-byte banks decode");
    CHECK(layout.region_count == 2, "two regions");
    CHECK(layout.regions[1].base == 0x1FFFF800u && group_is(1, 0, 1, 48, R_W), "second bank");
    CHECK(decodes("@Flash /0x90000000/64*4Kg/0x90040000/60*64Kg/0x90400000/60*64Kg"),
          "three regions decode");
    CHECK(layout.region_count == 3 && layout.regions[2].base == 0x90400000u, "third region base");
}

static void test_attributes_and_units(void)
{
    const char letters[] = "abcdefg";
    int all = 1;
    char text[64];
    char attributes[4];
    size_t i;

    for (i = 0; i < 7; i++) {
        snprintf(text, sizeof text, "@X /0x0/1*1K%c", letters[i]);
        if (!decodes(text) || layout.regions[0].groups[0].attributes != i + 1)
            all = 0;
    }
    CHECK(all, "type letters a..g map to attribute bits 1..7");
    CHECK(strcmp(dfuse_attributes_text(RW_E, attributes), "rew") == 0, "rew text");
    CHECK(strcmp(dfuse_attributes_text(DFUSE_READABLE, attributes), "r--") == 0, "r-- text");
    CHECK(decodes("@X /0x0/2*1Ma") && group_is(0, 0, 2, 1048576, DFUSE_READABLE), "M unit");
    CHECK(decodes("@X /0x0/64*128Ba") && group_is(0, 0, 64, 128, DFUSE_READABLE), "B unit");
}

static void test_rejects(void)
{
    static const char *const bad[] = {
        "",                                     /* empty */
        "Internal Flash /0x08000000/4*16Kg",    /* no '@' */
        "@Internal Flash",                      /* no layout */
        "@Internal Flash /08000000/4*16Kg",     /* no 0x */
        "@Internal Flash /0x/4*16Kg",           /* no hex digits */
        "@Internal Flash /0x08000000",          /* no groups */
        "@Internal Flash /0x08000000/4x16Kg",   /* no '*' */
        "@Internal Flash /0x08000000/4*16Xg",   /* unknown unit */
        "@Internal Flash /0x08000000/4*16Kh",   /* type past g */
        "@Internal Flash /0x08000000/4*16K",    /* no type */
        "@Internal Flash /0x08000000/0*16Kg",   /* zero sectors */
        "@Internal Flash /0x08000000/4*0Kg",    /* zero-byte sectors */
        "@Internal Flash /0x108000000/4*16Kg",  /* address over 32 bits */
        "@Internal Flash /0x08000000/99999999999*16Kg", /* count overflow */
        "@Internal Flash /0x08000000/1*8192Mg", /* sector above 4 GiB */
        "@Internal Flash /0x08000000/4*16Kg,",  /* dangling comma */
        "@Internal Flash /0x08000000/4*16Kg junk", /* trailing text */
    };
    size_t i;

    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char what[96];
        snprintf(what, sizeof what, "rejects \"%s\"", bad[i]);
        CHECK(!decodes(bad[i]) && error[0] != '\0', what);
    }
    CHECK(dfuse_decode(NULL, &layout, error, sizeof error) != 0, "rejects NULL");
}

static void test_limits(void)
{
    char text[512] = "@X /0x0/";
    size_t i;

    for (i = 0; i < DFUSE_MAX_GROUPS; i++)
        strcat(text, i ? ",1*1Kg" : "1*1Kg");
    CHECK(decodes(text), "the maximum number of groups decodes");
    strcat(text, ",1*1Kg");
    CHECK(!decodes(text), "one group too many is refused, not overflowed");
}

int main(void)
{
    test_f4();
    test_f7();
    test_f1_f3();
    test_l4();
    test_u5_h7();
    test_several_regions();
    test_attributes_and_units();
    test_rejects();
    test_limits();
    return check_summary();
}

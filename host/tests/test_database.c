/* Invariants of data/stm32.def, checked on this program's own expansion of
 * the file (not the host tool's), plus part-name matching on its rows. */
#include <string.h>

#include "check.h"
#include "part_match.h"
#include "sysboot.h"

struct test_device {
    unsigned long dev_id;
    int series_code;            /* SYSBOOT_SERIES_<series>: fails to compile if unknown */
    const char *profile;
    const char *name;
    unsigned long sysmem_base, sysmem_size, bootloader, sram_base, sram_size;
    unsigned long flags, interfaces;
    const char *source;
};

struct test_profile {
    const char *key;
    unsigned long core;
    const char *remap_kind;
};

struct test_idcode {
    unsigned long mask, value, address;
};

struct test_cmsis {
    const char *macro;
    unsigned long dev_id;
    const char *source;
};

static const struct test_device devices[] = {
#define SYSBOOT_DEVICE(dev_id, series, profile, name, sysmem_base, sysmem_size, bootloader, \
                       sram_base, sram_size, flags, interfaces, source) \
    { dev_id, SYSBOOT_SERIES_##series, #profile, name, sysmem_base, sysmem_size, bootloader, \
      sram_base, sram_size, flags, interfaces, source },
#include "stm32.def"
};
#define DEVICE_COUNT (sizeof devices / sizeof devices[0])

static const struct test_profile profiles[] = {
#define SYSBOOT_PROFILE(key, core, remap_kind, ...) { #key, core, #remap_kind },
#include "stm32.def"
};
#define PROFILE_COUNT (sizeof profiles / sizeof profiles[0])

static const struct test_idcode idcodes[] = {
#define SYSBOOT_IDCODE(mask, value, address, source) { mask, value, address },
#include "stm32.def"
};
#define IDCODE_COUNT (sizeof idcodes / sizeof idcodes[0])

static const struct test_cmsis cmsis_rows[] = {
#define SYSBOOT_CMSIS(macro, dev_id, source) { #macro, dev_id, source },
#include "stm32.def"
};
#define CMSIS_COUNT (sizeof cmsis_rows / sizeof cmsis_rows[0])
struct test_rom_ram {
    unsigned long dev_id, first, end;
    const char *source;
};

static const struct test_rom_ram rom_rams[] = {
#define SYSBOOT_ROM_RAM(dev_id, first, end, source) { dev_id, first, end, source },
#include "stm32.def"
};
#define ROM_RAM_COUNT (sizeof rom_rams / sizeof rom_rams[0])

static const struct test_device *device_with_id(unsigned long dev_id)
{
    size_t i;
    for (i = 0; i < DEVICE_COUNT; i++)
        if (devices[i].dev_id == dev_id)
            return &devices[i];
    return NULL;
}

static const struct test_profile *profile_named(const char *key)
{
    size_t i;
    for (i = 0; i < PROFILE_COUNT; i++)
        if (strcmp(profiles[i].key, key) == 0)
            return &profiles[i];
    return NULL;
}

/* Where DBGMCU_IDCODE may live for a core (reference manuals: RM0091/RM0444
 * for M0/M0+, RM0090/RM0385 for M3/M4/M7, RM0433/RM0399 for H7's 0x5C001000,
 * RM0438/RM0456 for M33; H5 moved DBGMCU to 0x44024000, cmsis_device_h5
 * DBGMCU_BASE, RM0481; the N6's Cortex-M55 reads it at 0x44001000,
 * cmsis-device-n6 DBGMCU_BASE_NS, RM0486). */
static int idcode_address_fits_core(unsigned long core, unsigned long address)
{
    switch (core) {
    case SYSBOOT_CORE_M0:
    case SYSBOOT_CORE_M0P: return address == 0x40015800ul;
    case SYSBOOT_CORE_M3:
    case SYSBOOT_CORE_M4:
    case SYSBOOT_CORE_M7:  return address == 0xE0042000ul || address == 0x5C001000ul;
    case SYSBOOT_CORE_M33: return address == 0xE0044000ul || address == 0x44024000ul;
    case SYSBOOT_CORE_M55: return address == 0x44001000ul;
    default:               return 0;
    }
}

static int is_known_core(unsigned long core)
{
    return core == SYSBOOT_CORE_M0 || core == SYSBOOT_CORE_M0P || core == SYSBOOT_CORE_M3
        || core == SYSBOOT_CORE_M4 || core == SYSBOOT_CORE_M7 || core == SYSBOOT_CORE_M33
        || core == SYSBOOT_CORE_M55;
}

static void check_row(const struct test_device *d)
{
    char what[160];
    const struct test_profile *profile = profile_named(d->profile);
    size_t i;
    int idcode_rows = 0;
    int idcode_ok = 1;
    const unsigned long known_flags = SYSBOOT_DEV_BOUNCES | SYSBOOT_DEV_DUAL_CORE
        | SYSBOOT_DEV_TRUSTZONE | SYSBOOT_DEV_NO_SW_ENTRY | SYSBOOT_DEV_UNCONFIRMED
        | SYSBOOT_DEV_ENTRY_UNCONFIRMED | SYSBOOT_DEV_IDCODE_MAY_READ_0;
    const unsigned long known_interfaces = SYSBOOT_IF_USART | SYSBOOT_IF_USB_DFU
        | SYSBOOT_IF_CAN | SYSBOOT_IF_FDCAN | SYSBOOT_IF_I2C | SYSBOOT_IF_SPI | SYSBOOT_IF_I3C;

#define ROW_CHECK(condition, text) \
    do { snprintf(what, sizeof what, "0x%03lX: %s", d->dev_id, text); CHECK(condition, what); } while (0)

    ROW_CHECK(d->dev_id <= 0xFFFul, "DEV_ID fits 12 bits");
    ROW_CHECK(d->series_code > 0, "series is a SYSBOOT_SERIES_ code");
    ROW_CHECK(d->name[0] != '\0', "name is not empty");
    ROW_CHECK(d->source[0] != '\0', "source is not empty");
    ROW_CHECK(profile != NULL, "its profile exists");
    ROW_CHECK(d->sysmem_size > 0, "system memory size is not zero");
    ROW_CHECK((unsigned long long)d->sysmem_base + d->sysmem_size <= 0x100000000ull,
              "system memory fits the address space");
    ROW_CHECK(d->bootloader % 4u == 0, "bootloader vector table is word aligned");
    if ((d->flags & SYSBOOT_DEV_NO_SW_ENTRY) == 0) {
        ROW_CHECK(d->bootloader != 0, "software-enterable row has a bootloader address");
        ROW_CHECK(d->bootloader >= d->sysmem_base
                  && d->bootloader + 8u <= d->sysmem_base + d->sysmem_size,
                  "bootloader vector table (MSP, reset) lies in system memory");
    } else if (d->bootloader != 0) {
        ROW_CHECK(d->bootloader >= d->sysmem_base
                  && d->bootloader < d->sysmem_base + d->sysmem_size,
                  "bootloader address lies in system memory");
    }
    ROW_CHECK(d->sram_base >= 0x10000000ul && d->sram_base <= 0x3FFFFFFFul,
              "SRAM base in 0x10000000..0x3FFFFFFF");
    ROW_CHECK(d->sram_size >= 1024ul && (unsigned long long)d->sram_size <= 0x100000000ull,
              "SRAM size at least 1 KiB and at most 4 GiB");
    ROW_CHECK((d->flags & ~known_flags) == 0, "only known flags");
    ROW_CHECK(d->interfaces != 0 && (d->interfaces & ~known_interfaces) == 0,
              "at least one ROM interface, only known ones");

    if (profile == NULL)
        return;
    ROW_CHECK(is_known_core(profile->core), "profile core is a SYSBOOT_CORE_ value");
    ROW_CHECK(strcmp(profile->remap_kind, "VTOR") == 0 || strcmp(profile->remap_kind, "MEMRMP") == 0
              || strcmp(profile->remap_kind, "MEM_MODE") == 0, "remap kind is known");
    ROW_CHECK(profile->core != SYSBOOT_CORE_M0 || strcmp(profile->remap_kind, "VTOR") != 0,
              "Cortex-M0 has no VTOR, so it cannot use the VTOR remap");
    for (i = 0; i < IDCODE_COUNT; i++) {
        if (((idcodes[i].value & idcodes[i].mask & 0xFFF0ul) >> 4) != profile->core)
            continue;
        idcode_rows++;
        if (!idcode_address_fits_core(profile->core, idcodes[i].address))
            idcode_ok = 0;
    }
    ROW_CHECK(idcode_rows > 0, "an IDCODE row covers its core");
    ROW_CHECK(idcode_ok, "IDCODE addresses for its core are the ones that core's parts use");
#undef ROW_CHECK
}

static void test_rows(void)
{
    size_t i;
    size_t j;
    int unique = 1;

    CHECK(DEVICE_COUNT > 0, "the database has rows");
    for (i = 0; i < DEVICE_COUNT; i++) {
        check_row(&devices[i]);
        for (j = i + 1; j < DEVICE_COUNT; j++)
            if (devices[i].dev_id == devices[j].dev_id) {
                printf("duplicate DEV_ID 0x%03lX\n", devices[i].dev_id);
                unique = 0;
            }
    }
    CHECK(unique, "DEV_IDs are unique");
}

static void test_profiles(void)
{
    size_t i;
    size_t j;
    int unique = 1;

    for (i = 0; i < PROFILE_COUNT; i++)
        for (j = i + 1; j < PROFILE_COUNT; j++)
            if (strcmp(profiles[i].key, profiles[j].key) == 0)
                unique = 0;
    CHECK(unique, "profile keys are unique");
    CHECK(IDCODE_COUNT > 0, "the database has IDCODE rows");
}

static int is_upper_or_digit(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* STM32[A-Z0-9]+x*[A-Z0-9]* as a whole: how ST's umbrella headers spell a
 * device macro (STM32F405xx, STM32F103xB, STM32L151xDX, STM32H730xxQ,
 * STM32WB05x, STM32WL3XX). */
static int is_cmsis_spelling(const char *macro)
{
    const char *p = macro;
    if (strncmp(p, "STM32", 5) != 0)
        return 0;
    p += 5;
    if (!is_upper_or_digit(*p))
        return 0;
    while (is_upper_or_digit(*p))
        p++;
    while (*p == 'x')
        p++;
    while (is_upper_or_digit(*p))
        p++;
    return *p == '\0';
}

static void test_cmsis_rows(void)
{
    char what[160];
    size_t i;
    size_t j;

    CHECK(CMSIS_COUNT > 0, "the database has CMSIS macro rows");
    CHECK(is_cmsis_spelling("STM32L151xDX") && is_cmsis_spelling("STM32WB05")
          && !is_cmsis_spelling("STM32f405xx") && !is_cmsis_spelling("STM32F4x05xx")
          && !is_cmsis_spelling("STM32") && !is_cmsis_spelling("STM32_F405"),
          "the spelling rule itself accepts and refuses what it should");
    for (i = 0; i < CMSIS_COUNT; i++) {
        const struct test_cmsis *c = &cmsis_rows[i];
        int unique = 1;
        snprintf(what, sizeof what, "%s -> 0x%03lX: names an existing device row", c->macro, c->dev_id);
        CHECK(device_with_id(c->dev_id) != NULL, what);
        snprintf(what, sizeof what, "%s: spelt as the CMSIS umbrella headers spell it", c->macro);
        CHECK(is_cmsis_spelling(c->macro), what);
        snprintf(what, sizeof what, "%s: source names the header", c->macro);
        CHECK(strstr(c->source, ".h") != NULL, what);
        for (j = i + 1; j < CMSIS_COUNT; j++)
            if (cmsis_rows[j].dev_id == c->dev_id && strcmp(cmsis_rows[j].macro, c->macro) == 0)
                unique = 0;
        snprintf(what, sizeof what, "%s -> 0x%03lX: only once", c->macro, c->dev_id);
        CHECK(unique, what);
    }
    for (i = 0; i < DEVICE_COUNT; i++) {
        int covered = 0;
        if ((devices[i].flags & SYSBOOT_DEV_NO_SW_ENTRY) != 0)
            continue;
        for (j = 0; j < CMSIS_COUNT; j++)
            if (cmsis_rows[j].dev_id == devices[i].dev_id)
                covered = 1;
        snprintf(what, sizeof what, "0x%03lX: a CMSIS macro names the line", devices[i].dev_id);
        CHECK(covered, what);
    }
}

/* Known answers, typed from ST's documents (not from data/stm32.def): the
 * one DEV_ID each macro's parts read, so a missing, a wrong or an extra
 * mapping fails. */
static void test_cmsis_known_answers(void)
{
    static const struct {
        const char *macro;
        unsigned long dev_id;
        const char *source;
    } known[] = {
        { "STM32F405xx", 0x413, "RM0090 38.6.1: STM32F405xx/07xx and STM32F415xx/17xx, 0x413" },
        { "STM32G071xx", 0x460, "stm32g0xx_ll_system.h: STM32G081xx 0x460; openocd DEVID_STM32G07_G08XX" },
        { "STM32H743xx", 0x450, "AN2606 H74xxx/75xxx section, Table 226 PID 0x450; openocd stm32h7x.c" },
        { "STM32L476xx", 0x415, "openocd stm32l4x.h DEVID_STM32L47_L48XX 0x415; AN2606 Table 226" },
        { "STM32F103xB", 0x410, "stm32f1xx_ll_system.h: medium density 0x410; F103x8/xB are 64-128 KB (RM0008 30)" },
        { "STM32F072xB", 0x448, "stm32f0xx_ll_system.h: STM32F07x devices 0x448" },
        { "STM32F303xC", 0x422, "stm32f3xx_ll_system.h: STM32F303xC, STM32F358xx and STM32F302xC 0x422" },
        { "STM32F746xx", 0x449, "stm32f7xx_ll_system.h: STM32F75xxx and STM32F74xxx 0x449" },
        { "STM32WB55xx", 0x495, "stm32wbxx_ll_system.h: STM32WBxxxx 0x495; AN2606 Table 226" },
        { "STM32L152xE", 0x437, "stm32l1xx_ll_system.h: 0x437 Cat.5; stm32l152xe.h FLASH_CUT5" },
        { "STM32L151xCA", 0x436, "stm32l1xx_ll_system.h: Cat.3 parts with RPN ending in A read 0x436" },
        { "STM32F100xB", 0x420, "openocd stm32f1x.c: 0x420 low- and medium-density value line" },
        { "STM32C5A3xx", 0x45A, "STM32CubeC5 stm32c5xx_ll_dbgmcu.h LL_DBGMCU_DEV_ID_C59X_C5A3 0x045A" },
    };
    char what[200];
    size_t k;

    for (k = 0; k < sizeof known / sizeof known[0]; k++) {
        size_t i;
        size_t found = 0;
        int extra = 0;
        for (i = 0; i < CMSIS_COUNT; i++) {
            if (strcmp(cmsis_rows[i].macro, known[k].macro) != 0)
                continue;
            if (cmsis_rows[i].dev_id == known[k].dev_id)
                found++;
            else
                extra = 1;
        }
        snprintf(what, sizeof what, "%s maps to 0x%03lX and nothing else (%s)", known[k].macro,
                 known[k].dev_id, known[k].source);
        CHECK(!extra && found == 1, what);
    }
}

/* The SRAM each ROM uses for itself. Every row: a software-enterable DEV_ID,
 * a non-empty range inside that line's SRAM window, starting where an SRAM
 * block starts (0x20000000, or AXI SRAM at 0x24000000 on H7), and no more
 * than the 208 KiB the largest ROM (H7A3's, in AXI SRAM) claims. */
static void test_rom_ram_rows(void)
{
    char what[160];
    size_t i;

    CHECK(ROM_RAM_COUNT > 0, "the database has SYSBOOT_ROM_RAM rows");
    for (i = 0; i < ROM_RAM_COUNT; i++) {
        const struct test_rom_ram *r = &rom_rams[i];
        const struct test_device *d = device_with_id(r->dev_id);
#define RAM_CHECK(condition, text) \
    do { snprintf(what, sizeof what, "ROM RAM 0x%03lX: %s", r->dev_id, text); CHECK(condition, what); } while (0)
        RAM_CHECK(d != NULL, "names a DEV_ID of the database");
        if (d == NULL)
            continue;
        RAM_CHECK((d->flags & SYSBOOT_DEV_NO_SW_ENTRY) == 0, "is a line with software entry");
        RAM_CHECK(r->first < r->end, "is not empty");
        RAM_CHECK(r->end - r->first <= 208ul * 1024ul, "claims at most 208 KiB");
        RAM_CHECK(r->first >= d->sram_base && r->end <= d->sram_base + d->sram_size,
                  "lies inside the line's SRAM window");
        RAM_CHECK(r->first == 0x20000000ul || (r->first == 0x24000000ul && strncmp(d->profile, "H7", 2) == 0),
                  "starts at an SRAM block (0x20000000; H7 AXI 0x24000000)");
        RAM_CHECK(strstr(r->source, "AN2606") != NULL || strstr(r->source, "unconfirmed") != NULL,
                  "cites AN2606 or says it is unconfirmed");
#undef RAM_CHECK
    }
}

/* [first, end) of the row for dev_id that starts at `first`; 0 if none. */
static unsigned long rom_ram_end(unsigned long dev_id, unsigned long first)
{
    size_t i;
    for (i = 0; i < ROM_RAM_COUNT; i++)
        if (rom_rams[i].dev_id == dev_id && rom_rams[i].first == first)
            return rom_rams[i].end;
    return 0;
}

/* Known answers, each from a text other than the ones the rows were copied
 * from (stm32flash and stm32loader tables). */
static void test_rom_ram_known_answers(void)
{
    /* AN2606, STM32F40xxx/41xxx bootloader configuration: "12 Kbyte starting
     * from address 0x20000000 are used by the bootloader firmware" (quoted in
     * public jump-to-bootloader code); stm32flash 0.7 prints "12288b reserved
     * by bootloader" for 0x413 on the bench. */
    CHECK(rom_ram_end(0x413, 0x20000000ul) == 0x20003000ul, "F405: 12 KiB from 0x20000000");
    /* AN2606, STM32F10xxx: "512 byte starting from address 0x20000000" (quoted
     * in esp-link's STM32 flashing notes). */
    CHECK(rom_ram_end(0x410, 0x20000000ul) == 0x20000200ul, "F103 medium density: 512 bytes");
    /* AN2606 (older revisions) 5.1, STM32F03xx4/6: "2 Kbyte starting from
     * address 0x20000000" (quoted in a public blog post). */
    CHECK(rom_ram_end(0x444, 0x20000000ul) == 0x20000800ul, "F030x4/6: 2 KiB");
    /* AN2662 (F105/F107 USART bootloader): "the first 4 Kbytes (0x1000) in
     * RAM ... are used by the bootloader firmware". */
    CHECK(rom_ram_end(0x418, 0x20000000ul) == 0x20001000ul, "F105/F107: 4 KiB");
    /* ST in the community thread "STM32H743BI bootloader saves data to RAM":
     * AN2606 Table 113, 20 Kbytes from 0x24000000. */
    CHECK(rom_ram_end(0x450, 0x24000000ul) == 0x24005000ul, "H743: 20 KiB of AXI SRAM");
    /* AN2606 rev 70, 11 (STM32C55xxx/562xx): 15 Kbytes from 0x20000000. */
    CHECK(rom_ram_end(0x44E, 0x20000000ul) == 0x20003C00ul, "C55x: 15 KiB");
}

static void test_part_matching(void)
{
    const char *f4 = "STM32F405xx/07xx, STM32F415xx/17xx";
    const char *f1 = "STM32F101x8/xB, STM32F102x8/xB, STM32F103x8/xB (medium-density)";
    const char *l1 = "STM32L1xxx6/8/B";
    const char *l1a = "STM32L1xxx6-A/8-A/B-A";
    const char *h5 = "STM32H5E4xx/5E5xx/5F4xx/5F5xx";
    const char *h7 = "STM32H74xxx/75xxx, STM32H745/747/755/757 (dual core)";

    CHECK(part_name_matches(f4, "STM32F405"), "full prefix matches");
    CHECK(part_name_matches(f4, "f405"), "family-style, lower case");
    CHECK(part_name_matches(f4, "STM32F407VGT6"), "a full part number is read through ST's shorthand");
    CHECK(part_name_matches(f4, "F417"), "the last shorthand entry");
    CHECK(part_name_matches(f4, "405"), "a bare number appears in the name");
    CHECK(!part_name_matches(f4, "F401"), "a neighbour does not match");
    CHECK(!part_name_matches("STM32F04xxx, STM32F070x6", "405"),
          "'x' in a name is not a wildcard for a bare number");
    CHECK(part_name_matches(f1, "STM32F103C8"), "x stands for any character");
    CHECK(part_name_matches(f1, "STM32F103C8T6"), "a full F1 part number with its flash size");
    CHECK(!part_name_matches(f1, "STM32F103C6T6"), "another flash size is another density");
    CHECK(part_name_matches(f1, "medium-density"), "free text matches as typed");
    CHECK(!part_name_matches(h5, "f4"), "free text starts a word: f4 is not in 5F4xx");
    CHECK(part_name_matches(h5, "H5F4"), "the H5 row still answers its own part");
    CHECK(part_name_matches(l1, "STM32L151C8T6"), "L1 category 1 part");
    CHECK(!part_name_matches(l1a, "STM32L151C8T6"), "without the A suffix, not category 2");
    CHECK(part_name_score(l1a, "STM32L151C8T6A") > part_name_score(l1, "STM32L151C8T6A"),
          "with the A suffix, category 2 covers the part more closely than category 1");
    CHECK(part_name_score(l1a, "STM32L151") == part_name_score(l1, "STM32L151"),
          "a short query cannot tell the two categories apart");
    CHECK(part_name_matches(h7, "H757"), "a short list entry");
    CHECK(part_name_matches(h7, "STM32H743ZI"), "wildcards in H74xxx");
    CHECK(!part_name_matches(h7, "H733"), "H733 is not H74x/H75x");
    CHECK(!part_name_matches(f4, ""), "an empty query matches nothing");
}

int main(void)
{
    test_rows();
    test_profiles();
    test_cmsis_rows();
    test_cmsis_known_answers();
    test_rom_ram_rows();
    test_rom_ram_known_answers();
    test_part_matching();
    return check_summary();
}

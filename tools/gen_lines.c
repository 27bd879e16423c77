/*
 * Writes src/lines.h from data/stm32.def: which line a firmware build is
 * for, decided by the preprocessor from the project's CMSIS device macro
 * (SYSBOOT_CMSIS rows), and the series that line's DEV_ID belongs to (so a
 * one-line build expands one series' rows). A macro that covers parts of
 * two DEV_IDs only narrows the build to their series.
 *   make -C tools lines
 */
#include <stdio.h>
#include <string.h>

#include "sysboot.h"

typedef struct {
    unsigned dev_id;
    const char *series;
} device_row;

typedef struct {
    const char *macro;
    unsigned dev_id;
} cmsis_row;

static const device_row devices[] = {
#define SYSBOOT_DEVICE(dev_id, series, profile, name, smb, sms, bl, srb, srs, flags, ifs, source) \
    { dev_id, #series },
#include "stm32.def"
};

/* A last entry keeps the array non-empty while the data has no rows. */
static const cmsis_row cmsis[] = {
#define SYSBOOT_CMSIS(macro, dev_id, source) { #macro, dev_id },
#include "stm32.def"
    { NULL, 0 }
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static const char *series_of(unsigned dev_id)
{
    size_t i;
    for (i = 0; i < COUNT(devices); i++)
        if (devices[i].dev_id == dev_id)
            return devices[i].series;
    return NULL;
}

/* The DEV_IDs macro i maps to: 1 if one, 2 if more, 0 if its first row is not i. */
static int kind_of(size_t i)
{
    size_t j;
    int many = 0;
    for (j = 0; cmsis[j].macro != NULL; j++) {
        if (strcmp(cmsis[j].macro, cmsis[i].macro) != 0)
            continue;
        if (j < i)
            return 0;
        if (cmsis[j].dev_id != cmsis[i].dev_id)
            many = 1;
    }
    return many ? 2 : 1;
}

/* Prints "#if" or "#elif" with every macro of one kind that maps to dev_id
 * (kind 1) or lies in series (kind 2); returns whether any did. */
static int print_condition(int *first, int kind, unsigned dev_id, const char *series)
{
    size_t i;
    int any = 0;
    for (i = 0; cmsis[i].macro != NULL; i++) {
        if (kind_of(i) != kind)
            continue;
        if (kind == 1 ? cmsis[i].dev_id != dev_id : strcmp(series_of(cmsis[i].dev_id), series) != 0)
            continue;
        if (any)
            printf(" || \\\n    defined(%s)", cmsis[i].macro);
        else
            printf("%s defined(%s)", *first ? "#if" : "#elif", cmsis[i].macro);
        any = 1;
    }
    if (any) {
        putchar('\n');
        *first = 0;
    }
    return any;
}

static int series_seen_before(size_t index)
{
    size_t i;
    for (i = 0; i < index; i++)
        if (strcmp(devices[i].series, devices[index].series) == 0)
            return 1;
    return 0;
}

int main(void)
{
    size_t i, j;
    int first = 1;

    for (i = 0; cmsis[i].macro != NULL; i++) {
        if (series_of(cmsis[i].dev_id) == NULL) {
            fprintf(stderr, "gen_lines: %s names DEV_ID 0x%03X, which has no SYSBOOT_DEVICE row\n",
                    cmsis[i].macro, cmsis[i].dev_id);
            return 1;
        }
    }
    puts("/*\n"
         " * Generated from data/stm32.def by tools/gen_lines.c (make docs): do not edit.\n"
         " *\n"
         " * The line a build is for. The project's CMSIS device macro (STM32F405xx,\n"
         " * STM32G071xx, ... as CubeMX, the CMSIS templates, PlatformIO and Zephyr pass\n"
         " * it) names its DEV_ID, unless the build says SYSBOOT_UNIVERSAL or names a\n"
         " * DEV_ID itself; a DEV_ID names its series, so only that series' rows are\n"
         " * expanded. A macro whose parts span two DEV_IDs only narrows the series.\n"
         " */\n"
         "#ifndef SYSBOOT_LINES_H\n"
         "#define SYSBOOT_LINES_H\n\n"
         "/* The SYSBOOT_SERIES_* codes: the check at the end compares them, and in\n"
         " * #if a name that is no macro is 0, which would make every series equal. */\n"
         "#include \"sysboot.h\"\n\n"
         "#if !defined(SYSBOOT_UNIVERSAL) && !defined(SYSBOOT_DEV_ID)");
    for (i = 0; i < COUNT(devices); i++) {
        if (print_condition(&first, 1, devices[i].dev_id, NULL))
            printf("#define SYSBOOT_DEV_ID 0x%03X\n", devices[i].dev_id);
    }
    for (i = 0; i < COUNT(devices); i++) {
        if (series_seen_before(i))
            continue;
        if (print_condition(&first, 2, 0, devices[i].series))
            printf("#define SYSBOOT_CMSIS_SERIES SYSBOOT_SERIES_%s\n", devices[i].series);
    }
    if (!first)
        puts("#endif");
    puts("#endif\n");

    puts("/* The series of a named DEV_ID (test rows of SYSBOOT_EXTRA_DEF have none). */\n"
         "#if defined(SYSBOOT_DEV_ID)");
    first = 1;
    for (i = 0; i < COUNT(devices); i++) {
        if (series_seen_before(i))
            continue;
        printf("%s", first ? "#if " : "#elif ");
        first = 0;
        for (j = i; j < COUNT(devices); j++) {
            if (strcmp(devices[j].series, devices[i].series) != 0)
                continue;
            printf(j == i ? "(SYSBOOT_DEV_ID) == 0x%03X" : " || \\\n    (SYSBOOT_DEV_ID) == 0x%03X",
                   devices[j].dev_id);
        }
        printf("\n#define SYSBOOT_LINE_SERIES SYSBOOT_SERIES_%s\n", devices[i].series);
    }
    if (!first)
        puts("#endif");
    puts("#elif defined(SYSBOOT_CMSIS_SERIES)\n"
         "#define SYSBOOT_LINE_SERIES SYSBOOT_CMSIS_SERIES\n"
         "#endif\n\n"
         "#if defined(SYSBOOT_LINE_SERIES)\n"
         "#if !defined(SYSBOOT_ONLY_SERIES)\n"
         "#define SYSBOOT_ONLY_SERIES SYSBOOT_LINE_SERIES\n"
         "#elif (SYSBOOT_ONLY_SERIES) != (SYSBOOT_LINE_SERIES)\n"
         "#error \"SYSBOOT_ONLY_SERIES names another series than the build's line (device macro or SYSBOOT_DEV_ID)\"\n"
         "#endif\n"
         "#endif\n\n"
         "#endif /* SYSBOOT_LINES_H */");
    return 0;
}

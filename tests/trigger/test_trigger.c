/*
 * Host unit tests for src/trigger.c: the magic-line matcher, the 1200-baud
 * touch detector and the ISR request flag.
 */
#include <stdio.h>
#include <string.h>

#include "sysboot.h"

static int passed;
static int failed;

/* Built with -DSYSBOOT_MAGIC_COMPARE_HOOK=test_magic_compare: the matcher
 * compares each byte through here, so a test can count them. */
static unsigned long compared_bytes;

uint8_t test_magic_compare(uint8_t received, uint8_t expected);
uint8_t test_magic_compare(uint8_t received, uint8_t expected)
{
    compared_bytes++;
    return (uint8_t)(received ^ expected);
}

static void check(int condition, const char *what)
{
    if (condition) {
        passed++;
    } else {
        failed++;
        printf("FAIL: %s\n", what);
    }
}

/* Feeds a byte string to a fresh matcher; returns how many times it fired. */
static int count_matches(const char *magic, const char *stream, size_t length)
{
    sysboot_magic matcher;
    int matches = 0;
    size_t i;

    sysboot_magic_init(&matcher, magic);
    for (i = 0; i < length; i++)
        matches += sysboot_magic_feed(&matcher, (uint8_t)stream[i]);
    return matches;
}

static int matches_in(const char *stream)
{
    return count_matches(SYSBOOT_MAGIC_DEFAULT, stream, strlen(stream));
}

#define MAGIC SYSBOOT_MAGIC_DEFAULT

static void test_whole_line_matches(void)
{
    check(matches_in(MAGIC "\n") == 1, "magic + LF matches");
    check(matches_in(MAGIC "\r") == 1, "magic + CR matches");
    check(matches_in(MAGIC "\r\n") == 1, "magic + CRLF matches exactly once");
    check(matches_in("\n" MAGIC "\n") == 1, "magic after an empty line matches");
    check(matches_in(MAGIC "\n" MAGIC "\r\n") == 2, "two magic lines match twice");
}

static void test_first_line_starts_at_init(void)
{
    sysboot_magic matcher;
    const char *line = MAGIC "\n";
    int fired = 0;
    size_t i;

    sysboot_magic_init(&matcher, MAGIC);
    for (i = 0; line[i] != '\0'; i++)
        fired += sysboot_magic_feed(&matcher, (uint8_t)line[i]);
    check(fired == 1, "first line after init counts as starting at a line start");
}

static void test_fires_only_at_line_end(void)
{
    sysboot_magic matcher;
    const char *magic = MAGIC;
    int fired_early = 0;
    size_t i;

    sysboot_magic_init(&matcher, magic);
    for (i = 0; magic[i] != '\0'; i++)
        fired_early += sysboot_magic_feed(&matcher, (uint8_t)magic[i]);
    check(fired_early == 0, "the magic without a line end does not fire yet");
    check(sysboot_magic_feed(&matcher, '\n') == 1, "the line end then fires");
}

static void test_near_misses_never_match(void)
{
    check(matches_in("sysboot:enter-boot\n") == 0, "a prefix of the magic does not match");
    check(matches_in(MAGIC "x\n") == 0, "a longer line does not match");
    check(matches_in(MAGIC " \r\n") == 0, "magic with trailing space does not match");
    check(matches_in("x" MAGIC "\n") == 0, "magic after a leading byte does not match");
    check(matches_in("log: " MAGIC " done\n") == 0, "magic in the middle of a line does not match");
    check(matches_in("Sysboot:enter-bootloader\n") == 0, "matching is case-sensitive");
    check(matches_in("s\n") == 0, "a single byte does not match");
    check(matches_in("\n\r\n\r") == 0, "empty lines do not match");
    check(matches_in(MAGIC) == 0, "magic without a line end never fires");
}

static void test_recovers_after_a_bad_line(void)
{
    check(matches_in("sysboot:enter-x\n" MAGIC "\n") == 1,
          "a diverging line, then the magic, matches once");
    check(matches_in(MAGIC MAGIC "\n" MAGIC "\n") == 1,
          "a doubled magic line is skipped; the next clean line matches");
}

static void test_boot_banner_does_not_trigger(void)
{
    const char *banner =
        "\r\nU-Boot SPL 2023.01\r\nsysboot v0.1.0 ready\r\n"
        "sysboot:enter-bootloade\r\n> help\r\n";
    check(matches_in(banner) == 0, "a boot banner with near misses does not trigger");
}

static void test_noise_does_not_trigger(void)
{
    char noise[4096];
    unsigned state = 12345u;
    size_t i;

    /* A deterministic pseudo-random byte stream, free of line ends except
     * the ones it happens to contain: it must never produce the magic. */
    for (i = 0; i < sizeof noise; i++) {
        state = state * 1103515245u + 12345u;
        noise[i] = (char)(state >> 16);
    }
    check(count_matches(MAGIC, noise, sizeof noise) == 0, "pseudo-random noise does not trigger");

    {
        const char binary[] = { '\0', '\x7f', '\xff', '\x79', '\n', '\0', '\n' };
        check(count_matches(MAGIC, binary, sizeof binary) == 0, "binary bytes with NULs do not trigger");
    }
}

static void test_noise_then_magic_triggers(void)
{
    char stream[256];
    size_t length = 0;
    const char *garbage = "\x01\x02\xfe\xff garbage";
    const char *line = "\n" MAGIC "\r\n";

    memcpy(stream, garbage, strlen(garbage));
    length += strlen(garbage);
    memcpy(stream + length, line, strlen(line));
    length += strlen(line);
    check(count_matches(MAGIC, stream, length) == 1, "magic on its own line after noise triggers");
}

/* What `sysboot` sends, in the order a user meets it: the probe's sync
 * bytes (0x7F, no line end), then the magic behind a line break; a failed
 * enter (an unknown line, then the ROM probe's bytes); half a typed line. */
static void test_host_sequences(void)
{
    static const char probe_then_enter[] = "\x7f\x7f\x7f" "\r\n" MAGIC "\r\n";
    static const char failed_then_enter[] =
        "\r\nnot-the-magic\r\n" "\x7f\x00\xff" "\r\n" MAGIC "\r\n";
    static const char half_line_then_enter[] = "sysboot:ent" "\r\n" MAGIC "\r\n";
    static const char no_break_after_probe[] = "\x7f" MAGIC "\r\n";

    check(count_matches(MAGIC, probe_then_enter, sizeof probe_then_enter - 1) == 1,
          "a probe's sync bytes, then a line break and the magic: matches once");
    check(count_matches(MAGIC, failed_then_enter, sizeof failed_then_enter - 1) == 1,
          "a failed enter's bytes, then a line break and the magic: matches once");
    check(count_matches(MAGIC, half_line_then_enter, sizeof half_line_then_enter - 1) == 1,
          "half a magic line, then a line break and the magic: matches once");
    check(count_matches(MAGIC, no_break_after_probe, sizeof no_break_after_probe - 1) == 0,
          "the magic glued to a probe byte is not a line of its own");
}

static void test_custom_and_degenerate_magic(void)
{
    check(count_matches("go", "go\n", 3) == 1, "a custom magic matches its own line");
    check(count_matches("go", "g\n", 2) == 0, "a custom magic prefix does not match");
    check(count_matches("", "\n\n", 2) == 0, "an empty magic never matches");
    check(count_matches(NULL, "\n", 1) == 0, "a NULL magic never matches");
}

/* Feeds one line without its end; returns the bytes the matcher compared,
 * and whether the line end then fired. */
static unsigned long compares_for_line(const char *magic, const char *line, size_t length,
                                       int *fired)
{
    sysboot_magic matcher;
    size_t i;

    sysboot_magic_init(&matcher, magic);
    compared_bytes = 0;
    for (i = 0; i < length; i++)
        sysboot_magic_feed(&matcher, (uint8_t)line[i]);
    *fired = sysboot_magic_feed(&matcher, '\n');
    return compared_bytes;
}

/* The comparison does not stop at the first wrong byte: a line of the
 * magic's length costs the same count of compared bytes wherever its first
 * wrong byte is (the first, the middle, the last, or none). */
static void test_compare_count_does_not_depend_on_the_first_wrong_byte(void)
{
    static const char *const magics[] = { MAGIC, "a1B2-c3D4:e5F6-g7H8" };
    char line[64];
    size_t m, wrong;
    int fired;

    for (m = 0; m < sizeof magics / sizeof magics[0]; m++) {
        const char *magic = magics[m];
        size_t length = strlen(magic);
        unsigned long right = compares_for_line(magic, magic, length, &fired);
        int all_same = 1, none_fired = 1;

        check(fired == 1 && right == length, "the magic line: every byte compared, and it fires");
        for (wrong = 0; wrong < length; wrong++) {
            memcpy(line, magic, length);
            line[wrong] ^= 0x01;   /* one wrong byte (never a line end), at each place */
            all_same &= compares_for_line(magic, line, length, &fired) == right;
            none_fired &= fired == 0;
            memset(line, '#', length);   /* every byte wrong from `wrong` on */
            memcpy(line, magic, wrong);
            all_same &= compares_for_line(magic, line, length, &fired) == right;
            none_fired &= fired == 0;
        }
        check(all_same, "as many bytes compared wherever the first wrong byte is");
        check(none_fired, "no line with a wrong byte fires");
        check(compares_for_line(magic, "x", 1, &fired) == 1 && !fired,
              "a short line costs its own length, not the magic's");
        memcpy(line, magic, length);
        memcpy(line + length, "tail", 4);
        check(compares_for_line(magic, line, length + 4, &fired) == right && !fired,
              "a longer line compares the magic's length and does not fire");
    }
}

/* The line the build listens for: SYSBOOT_MAGIC_LINE (the default unless the
 * build sets its own, tests/trigger/run.sh builds both). */
static void test_build_time_line(void)
{
    int is_default = strcmp(SYSBOOT_MAGIC_LINE, SYSBOOT_MAGIC_DEFAULT) == 0;

    check(SYSBOOT_MAGIC_IS_SECRET == !is_default, "SYSBOOT_MAGIC_IS_SECRET says whether the build set a line");
    check(count_matches(SYSBOOT_MAGIC_LINE, SYSBOOT_MAGIC_LINE "\r\n", strlen(SYSBOOT_MAGIC_LINE) + 2) == 1,
          "the build's line matches");
    if (!is_default)
        check(count_matches(SYSBOOT_MAGIC_LINE, MAGIC "\r\n", strlen(MAGIC) + 2) == 0,
              "with a secret line the default line is ignored");
}

static void test_touch(void)
{
    sysboot_touch touch;

    sysboot_touch_init(&touch);
    sysboot_touch_line_coding(&touch, 1200);
    check(sysboot_touch_control_line(&touch, 1) == 0, "DTR rising at 1200 baud does not fire");
    check(sysboot_touch_control_line(&touch, 0) == 1, "DTR falling at 1200 baud fires");
    check(sysboot_touch_control_line(&touch, 0) == 0, "DTR staying low does not fire again");

    sysboot_touch_init(&touch);
    sysboot_touch_line_coding(&touch, 115200);
    sysboot_touch_control_line(&touch, 1);
    check(sysboot_touch_control_line(&touch, 0) == 0, "DTR falling at 115200 baud does not fire");

    sysboot_touch_init(&touch);
    sysboot_touch_line_coding(&touch, 1200);
    check(sysboot_touch_control_line(&touch, 0) == 0, "DTR low without ever being high does not fire");

    sysboot_touch_init(&touch);
    sysboot_touch_control_line(&touch, 1);
    sysboot_touch_line_coding(&touch, 1200);
    check(sysboot_touch_control_line(&touch, 0) == 1, "switching to 1200 while DTR is high, then dropping it, fires");

    sysboot_touch_init(&touch);
    sysboot_touch_line_coding(&touch, 1200);
    sysboot_touch_control_line(&touch, 1);
    sysboot_touch_line_coding(&touch, 9600);
    check(sysboot_touch_control_line(&touch, 0) == 0, "leaving 1200 baud before DTR drops does not fire");

    sysboot_touch_init(&touch);
    sysboot_touch_line_coding(&touch, 1200);
    sysboot_touch_control_line(&touch, 5);
    check(sysboot_touch_control_line(&touch, 0) == 1, "any nonzero DTR value counts as high");
}

static void test_request_flag(void)
{
    check(sysboot_request_pending() == 0, "no request is pending at start");
    sysboot_request_from_isr();
    check(sysboot_request_pending() == 1, "a request raised from an ISR is pending");
    check(sysboot_request_pending() == 1, "reading the flag does not clear it");
    sysboot_request_clear();
    check(sysboot_request_pending() == 0, "a cleared request is no longer pending");
    sysboot_request_from_isr();
    check(sysboot_request_pending() == 1, "a new request after a clear is pending again");
}

int main(void)
{
    test_whole_line_matches();
    test_host_sequences();
    test_first_line_starts_at_init();
    test_fires_only_at_line_end();
    test_near_misses_never_match();
    test_recovers_after_a_bad_line();
    test_boot_banner_does_not_trigger();
    test_noise_does_not_trigger();
    test_noise_then_magic_triggers();
    test_custom_and_degenerate_magic();
    test_compare_count_does_not_depend_on_the_first_wrong_byte();
    test_build_time_line();
    test_touch();
    test_request_flag();
    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}

/* `sysboot enter`: send the trigger the application listens for, then wait
 * for the ROM bootloader to answer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clock.h"
#include "commands.h"
#include "exit_codes.h"
#include "options.h"
#include "secret.h"
#include "sysboot.h"
#include "trigger.h"

const char enter_usage[] =
"usage: sysboot enter --port PATH\n"
"                     (--magic [STRING] | --secret-file PATH | --touch1200)\n"
"                     [--baud N] [--then-probe|--no-probe] [--usb] [--wait-ms N]\n"
"                     [--rom-baud N] [--parity even|none] [--timeout-ms N]\n"
"                     [--format text|json|kv]\n"
"  send the trigger at the application's baud (default 115200 8N1): a line\n"
"  break, then the magic line, or the 1200-baud touch; then probe the ROM until\n"
"  --wait-ms (default 5000) passes. The magic line is STRING, else the first\n"
"  line of --secret-file, else $" SECRET_ENV " when set, else the default\n"
"  \"" SYSBOOT_MAGIC_DEFAULT "\". A product's secret belongs in the file or the\n"
"  environment, not on the command line (other users see it in the process\n"
"  list); the tool says which it used. --usb waits for the ROM DFU device\n"
"  instead; --no-probe only sends. json and kv print exactly one line on every\n"
"  outcome.\n";

#define REOPEN_PAUSE_MS 100u

enum trigger_kind {
    TRIGGER_NONE,
    TRIGGER_MAGIC,
    TRIGGER_TOUCH1200
};

struct enter_settings {
    enum trigger_kind trigger;
    const char *magic;
    enum magic_source magic_from;
    const char *secret_file;
    char secret[MAGIC_LINE_MAX + 1];
    unsigned app_baud;
    int then_probe;
    int probe_usb;
    unsigned wait_ms;
    enum output_format format;
    struct serial_probe_settings rom;
};

/* A trigger that could not go out: a sentence on stderr, or the one record
 * json/kv promise. */
static int trigger_failed(const struct enter_settings *settings, const char *status,
                          int exit_code, const char *message)
{
    if (settings->format == FORMAT_TEXT)
        fprintf(stderr, "sysboot: %s\n", message);
    else
        output_failure(stdout, status, message, exit_code, settings->format);
    return exit_code;
}

static int port_open_failed(const struct enter_settings *settings, const char *error)
{
    char message[320];

    snprintf(message, sizeof message, "cannot open %s: %s", settings->rom.port, error);
    return trigger_failed(settings, "port_open_failed", EXIT_PORT_OPEN, message);
}

static int trigger_outcome(const struct enter_settings *settings, enum trigger_result result,
                           const char *error)
{
    if (result == TRIGGER_OPEN_FAILED)
        return port_open_failed(settings, error);
    if (result == TRIGGER_WRITE_FAILED)
        return trigger_failed(settings, "write_failed", EXIT_WRITE_FAILED, error);
    return EXIT_OK;
}

static int send_magic(const struct enter_settings *settings)
{
    char error[256];
    enum trigger_result result = trigger_magic(settings->rom.port, settings->app_baud,
                                               settings->magic, error, sizeof error);
    return trigger_outcome(settings, result, error);
}

static int touch_1200(const struct enter_settings *settings)
{
    char error[256];
    int no_dtr;
    enum trigger_result result = trigger_touch1200(settings->rom.port, &no_dtr, error, sizeof error);

    if (result == TRIGGER_SENT && no_dtr)
        fprintf(stderr, "sysboot: note: %s has no DTR line (a pty?); only opening and "
                "closing it at 1200 baud\n", settings->rom.port);
    return trigger_outcome(settings, result, error);
}

/* Re-opens the port at the ROM's settings and probes until it answers or
 * the wait is over; reports the last attempt. */
static int wait_for_serial_rom(const struct enter_settings *settings)
{
    uint64_t deadline = clock_now_ms() + settings->wait_ms;
    struct an3155_info info;
    struct probe_report report;
    char message[320];
    int code;

    for (;;) {
        code = probe_serial_port(&settings->rom, &info, message, sizeof message, &report);
        if (code == EXIT_OK || code == EXIT_UNKNOWN_DEVICE || code == EXIT_NACK
            || clock_now_ms() >= deadline)
            break;
        clock_sleep_ms(REOPEN_PAUSE_MS);
    }
    if (settings->trigger == TRIGGER_MAGIC)
        report.magic_from = magic_source_word(settings->magic_from);
    output_probe(settings->format == FORMAT_TEXT && code != EXIT_OK && !report.have_info
                     ? stderr : stdout,
                 &report, settings->format);
    return code;
}

static int wait_for_usb_rom(const struct enter_settings *settings)
{
    uint64_t deadline = clock_now_ms() + settings->wait_ms;

    for (;;) {
        int last_try = clock_now_ms() >= deadline;
        int code = probe_usb_once(settings->format, last_try);
        if (code == EXIT_OK || last_try)
            return code;
        clock_sleep_ms(REOPEN_PAUSE_MS);
    }
}

/* The magic line when the command line gave none: the secret file, else
 * the environment, else the default. */
static int choose_magic_line(struct enter_settings *settings)
{
    char error[320];
    const char *from_env = getenv(SECRET_ENV);
    int shared = 0;

    if (settings->magic != NULL)
        return EXIT_OK;
    if (settings->secret_file != NULL) {
        if (secret_from_file(settings->secret_file, settings->secret, sizeof settings->secret,
                             &shared, error, sizeof error) != 0)
            return usage_error(error, NULL);
        if (shared)
            fprintf(stderr, "sysboot: note: %s is readable by other users; a secret file "
                    "should be its owner's alone (chmod 600)\n", settings->secret_file);
        settings->magic = settings->secret;
        settings->magic_from = MAGIC_FROM_FILE;
    } else if (from_env != NULL && from_env[0] != '\0') {
        if (check_magic_line(from_env, error, sizeof error) != 0) {
            size_t used = strlen(error);
            snprintf(error + used, sizeof error - used, " (in $%s)", SECRET_ENV);
            return usage_error(error, NULL);
        }
        settings->magic = from_env;
        settings->magic_from = MAGIC_FROM_ENVIRONMENT;
    } else {
        settings->magic = SYSBOOT_MAGIC_DEFAULT;
        settings->magic_from = MAGIC_FROM_DEFAULT;
    }
    return EXIT_OK;
}

/* Where the line came from, never the line itself unless it is the default. */
static void say_magic_source(const struct enter_settings *settings)
{
    switch (settings->magic_from) {
    case MAGIC_FROM_FILE:
        fprintf(stderr, "sysboot: magic line from the secret file %s\n", settings->secret_file);
        break;
    case MAGIC_FROM_ENVIRONMENT:
        fprintf(stderr, "sysboot: magic line from the environment ($%s)\n", SECRET_ENV);
        break;
    case MAGIC_FROM_COMMAND_LINE:
        fprintf(stderr, "sysboot: magic line from the command line%s\n",
                strcmp(settings->magic, SYSBOOT_MAGIC_DEFAULT) == 0 ? "" :
                " (other users see it in the process list: keep a secret in --secret-file "
                "or $" SECRET_ENV ")");
        break;
    case MAGIC_FROM_DEFAULT:
        fprintf(stderr, "sysboot: magic line: the default \"%s\"\n", SYSBOOT_MAGIC_DEFAULT);
        break;
    }
}

static int parse_enter_options(int argc, char **argv, struct enter_settings *settings)
{
    struct link_option_targets link;
    int i, code;

    link.app_baud = &settings->app_baud;
    link.rom_baud = &settings->rom.serial.baud;
    link.parity = &settings->rom.serial.parity;
    link.timeout_ms = &settings->rom.an3155.timeout_ms;
    link.wait_ms = &settings->wait_ms;
    link.format = &settings->format;

    for (i = 0; i < argc; i++) {
        int matched;
        const char *value;

        if (strcmp(argv[i], "--magic") == 0 || strncmp(argv[i], "--magic=", 8) == 0) {
            char error[128];
            if (settings->trigger != TRIGGER_NONE)
                return usage_error("choose one trigger: --magic or --touch1200", NULL);
            settings->trigger = TRIGGER_MAGIC;
            if (argv[i][7] == '=')
                settings->magic = argv[i] + 8;
            else if (i + 1 < argc && strncmp(argv[i + 1], "--", 2) != 0)
                settings->magic = argv[++i];
            if (settings->magic != NULL) {
                settings->magic_from = MAGIC_FROM_COMMAND_LINE;
                if (check_magic_line(settings->magic, error, sizeof error) != 0)
                    return usage_error(error, NULL);
            }
            continue;
        }
        if (strcmp(argv[i], "--touch1200") == 0) {
            if (settings->trigger != TRIGGER_NONE)
                return usage_error("choose one trigger: --magic or --touch1200", NULL);
            settings->trigger = TRIGGER_TOUCH1200;
            continue;
        }
        if (strcmp(argv[i], "--then-probe") == 0) { settings->then_probe = 1; continue; }
        if (strcmp(argv[i], "--no-probe") == 0) { settings->then_probe = 0; continue; }
        if (strcmp(argv[i], "--usb") == 0) { settings->probe_usb = 1; continue; }

        value = take_option_value(argc, argv, &i, "--secret-file", &matched);
        if (matched) {
            if (value == NULL || value[0] == '\0')
                return usage_error("--secret-file needs a path", NULL);
            settings->secret_file = value;
            continue;
        }
        value = take_option_value(argc, argv, &i, "--port", &matched);
        if (matched) {
            if (value == NULL || value[0] == '\0')
                return usage_error("--port needs a path", NULL);
            settings->rom.port = value;
            continue;
        }
        if (take_link_option(argc, argv, &i, &link, &code)) {
            if (code != EXIT_OK)
                return code;
            continue;
        }
        return usage_error("unknown enter option", argv[i]);
    }
    if (settings->rom.port == NULL)
        return usage_error("enter needs --port PATH", NULL);
    if (settings->secret_file != NULL) {
        if (settings->trigger == TRIGGER_TOUCH1200)
            return usage_error("--secret-file gives a magic line: it does not go with --touch1200", NULL);
        if (settings->magic != NULL)
            return usage_error("choose the magic line from --magic STRING or --secret-file, not both", NULL);
        settings->trigger = TRIGGER_MAGIC;
    }
    if (settings->trigger == TRIGGER_NONE)
        return usage_error("enter needs a trigger: --magic [STRING], --secret-file PATH or --touch1200",
                           NULL);
    return settings->trigger == TRIGGER_MAGIC ? choose_magic_line(settings) : EXIT_OK;
}

int command_enter(int argc, char **argv)
{
    struct enter_settings settings;
    int code;

    memset(&settings, 0, sizeof settings);
    settings.app_baud = 115200;
    settings.then_probe = 1;
    settings.wait_ms = 5000;
    settings.format = FORMAT_TEXT;
    settings.rom.serial.baud = 115200;
    settings.rom.serial.parity = SERIAL_PARITY_EVEN;
    settings.rom.an3155.timeout_ms = 300;
    settings.rom.an3155.retries = 0;

    code = parse_enter_options(argc, argv, &settings);
    if (code != EXIT_OK)
        return code;

    if (settings.trigger == TRIGGER_MAGIC && settings.format == FORMAT_TEXT)
        say_magic_source(&settings);
    code = settings.trigger == TRIGGER_MAGIC ? send_magic(&settings) : touch_1200(&settings);
    if (code != EXIT_OK)
        return code;
    if (!settings.then_probe) {
        output_trigger_sent(stdout, settings.rom.port,
                            settings.trigger == TRIGGER_MAGIC ? "magic" : "touch1200",
                            settings.trigger == TRIGGER_MAGIC ? magic_source_word(settings.magic_from)
                                                              : NULL,
                            settings.format);
        return EXIT_OK;
    }
    return settings.probe_usb ? wait_for_usb_rom(&settings) : wait_for_serial_rom(&settings);
}

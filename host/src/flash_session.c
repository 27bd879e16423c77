/* One update on one port (see flash_session.h): trigger, ROM, identify,
 * check, erase, write, verify, GO, confirm. Every way out ends in one
 * final record (json/kv) or one sentence (text). */
#include "flash_session.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "an3155.h"
#include "clock.h"
#include "event.h"
#include "exit_codes.h"
#include "flash_plan.h"
#include "progress.h"
#include "trigger.h"

/* The ROM's erase and write can take their time (stm32flash allows the same). */
#define ERASE_MS_PER_PAGE 5000u
#define WRITE_MS_PER_BLOCK 1000u
#define PROBE_PAUSE_MS 100u

struct session {
    const struct flash_settings *settings;
    const char *port_path;
    struct serial_port *port;
    struct byte_port bytes;
    struct an3155_info info;
    const struct device_row *row;
    const struct flash_row *flash;
    struct flash_layout layout;
    struct flash_plan plan;
    uint8_t erase_command;
    uint64_t started_ms;
    struct flash_result *result;
};

/* ---- output ---------------------------------------------------------------- */

static void say(const struct session *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void say(const struct session *s, const char *fmt, ...)
{
    va_list ap;

    if (s->settings->format != FORMAT_TEXT || s->settings->quiet_text)
        return;
    va_start(ap, fmt);
    vfprintf(stdout, fmt, ap);
    va_end(ap);
    fflush(stdout);
}

static void begin(const struct session *s, struct event *e, const char *name)
{
    event_begin(e, stdout, s->settings->format, name, s->port_path);
}

static void fill_result(struct session *s, const char *status, int code, const char *message)
{
    struct flash_result *r = s->result;

    if (r == NULL)
        return;
    snprintf(r->port, sizeof r->port, "%s", s->port_path);
    r->dev_id = s->row != NULL ? s->row->dev_id : 0u;
    r->exit_code = code;
    snprintf(r->status, sizeof r->status, "%s", status);
    r->elapsed_ms = clock_now_ms() - s->started_ms;
    snprintf(r->message, sizeof r->message, "%s", message);
}

int flash_report_failure(const struct flash_settings *settings, const char *port, const char *status,
                         int exit_code, const char *message)
{
    struct event e;

    if (settings->format == FORMAT_TEXT) {
        fprintf(stderr, "sysboot: %s%s%s\n", port != NULL ? port : "", port != NULL ? ": " : "", message);
        return exit_code;
    }
    event_begin(&e, stdout, settings->format, "result", port);
    event_text(&e, "status", status);
    event_number(&e, "exit_code", (unsigned long long)exit_code);
    event_text(&e, "message", message);
    event_end(&e);
    return exit_code;
}

static int finish(struct session *s, const char *status, int code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static int finish(struct session *s, const char *status, int code, const char *fmt, ...)
{
    char message[320];
    struct event e;
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    if (s->port != NULL)
        serial_close(s->port);
    s->port = NULL;
    flash_plan_free(&s->plan);
    fill_result(s, status, code, message);
    if (s->settings->format == FORMAT_TEXT) {
        if (code == EXIT_OK)
            say(s, "%s\n", message);
        else if (!s->settings->quiet_text)
            fprintf(stderr, "sysboot: %s: %s\n", s->port_path, message);
        return code;
    }
    begin(s, &e, "result");
    event_text(&e, "status", status);
    event_number(&e, "exit_code", (unsigned long long)code);
    if (s->row != NULL) {
        char id[8];
        snprintf(id, sizeof id, "0x%03X", (unsigned)s->row->dev_id);
        event_text(&e, "dev_id", id);
    }
    event_number(&e, "elapsed_ms", clock_now_ms() - s->started_ms);
    event_text(&e, "message", message);
    event_end(&e);
    return code;
}

/* A link failure of an AN3155 step, as exit code and status word. */
static int link_failure(struct session *s, const struct an3155_outcome *outcome, const char *doing)
{
    switch (outcome->result) {
    case AN3155_NO_ANSWER:
        return finish(s, "no_answer", EXIT_NO_ANSWER, "%s: no answer (%s)", doing, outcome->detail);
    case AN3155_GARBAGE:
        return finish(s, "garbage", EXIT_GARBAGE, "%s: not an AN3155 reply (%s)", doing, outcome->detail);
    case AN3155_CUT_SHORT:
        return finish(s, "cut_short", EXIT_CUT_SHORT, "%s: reply cut short (%s)", doing, outcome->detail);
    case AN3155_PORT_VANISHED:
        return finish(s, "port_vanished", EXIT_PORT_VANISHED, "%s: the port vanished (%s)", doing,
                      outcome->detail);
    case AN3155_NACK_REPLY:
        return finish(s, "nack", EXIT_NACK, "%s: the ROM refused (%s)", doing, outcome->detail);
    case AN3155_OK:
        break;
    }
    return finish(s, "error", EXIT_GARBAGE, "%s failed", doing);
}

/* ---- reaching the ROM ------------------------------------------------------- */

static int open_rom_port(struct session *s, char *error, size_t error_size)
{
    s->port = serial_open(s->port_path, &s->settings->rom, error, error_size);
    if (s->port == NULL)
        return -1;
    s->bytes = serial_byte_port(s->port);
    return 0;
}

static enum an3155_result probe(struct session *s, struct an3155_outcome *outcome)
{
    struct an3155_options once;

    once.timeout_ms = s->settings->timeout_ms;
    once.retries = 0;
    return an3155_probe(&s->bytes, &once, &s->info, outcome);
}

/* The ROM answering on the port: at once, or after the magic line. */
static int reach_rom(struct session *s)
{
    struct an3155_outcome outcome;
    struct event e;
    char error[256];
    uint64_t deadline, asked;
    enum an3155_result result;

    if (open_rom_port(s, error, sizeof error) != 0)
        return finish(s, "port_open_failed", EXIT_PORT_OPEN, "cannot open %s: %s", s->port_path, error);
    if (probe(s, &outcome) == AN3155_OK) {
        begin(s, &e, "trigger");
        event_text(&e, "trigger", "skipped");
        event_text(&e, "why", "the ROM already answers");
        event_end(&e);
        say(s, "  ROM: already answering; no trigger sent\n");
        return EXIT_OK;
    }
    serial_close(s->port);
    s->port = NULL;
    switch (trigger_magic(s->port_path, s->settings->app_baud, s->settings->magic, error, sizeof error)) {
    case TRIGGER_OPEN_FAILED:
        return finish(s, "port_open_failed", EXIT_PORT_OPEN, "cannot open %s: %s", s->port_path, error);
    case TRIGGER_WRITE_FAILED:
        return finish(s, "write_failed", EXIT_WRITE_FAILED, "%s", error);
    case TRIGGER_SENT:
        break;
    }
    asked = clock_now_ms();
    deadline = asked + s->settings->wait_ms;
    if (open_rom_port(s, error, sizeof error) != 0)
        return finish(s, "port_open_failed", EXIT_PORT_OPEN, "cannot reopen %s at the ROM's settings: %s",
                      s->port_path, error);
    for (;;) {
        result = probe(s, &outcome);
        if (result == AN3155_OK || result == AN3155_NACK_REPLY || result == AN3155_PORT_VANISHED ||
            clock_now_ms() >= deadline)
            break;
        clock_sleep_ms(PROBE_PAUSE_MS);
    }
    if (result != AN3155_OK)
        return link_failure(s, &outcome, "no ROM bootloader answered after the magic line");
    begin(s, &e, "trigger");
    event_text(&e, "trigger", "magic");
    event_number(&e, "rom_after_ms", clock_now_ms() - asked);
    event_end(&e);
    say(s, "  ROM: magic line sent, the ROM answered after %.1f s\n",
        (double)(clock_now_ms() - asked) / 1000.0);
    return EXIT_OK;
}

/* After a refusal that wrote nothing: GO back to the application still in
 * flash, when its vector table looks like one. */
static void back_to_old_application(struct session *s)
{
    struct an3155_outcome outcome;
    uint8_t vectors[8];
    uint32_t sp, pc, base = s->flash != NULL ? s->flash->base : 0x08000000u;
    struct event e;

    if (s->port == NULL || s->row == NULL ||
        an3155_read_memory(&s->bytes, s->settings->timeout_ms, base, vectors, sizeof vectors, &outcome) != AN3155_OK)
        return;
    sp = (uint32_t)vectors[0] | (uint32_t)vectors[1] << 8 | (uint32_t)vectors[2] << 16 | (uint32_t)vectors[3] << 24;
    pc = (uint32_t)vectors[4] | (uint32_t)vectors[5] << 8 | (uint32_t)vectors[6] << 16 | (uint32_t)vectors[7] << 24;
    if (sp < s->row->sram_base || sp - s->row->sram_base > s->row->sram_size || (pc & 1u) == 0)
        return;
    if (an3155_go(&s->bytes, s->settings->timeout_ms, base, &outcome) != AN3155_OK)
        return;
    begin(s, &e, "go_back");
    event_hex(&e, "address", base);
    event_end(&e);
    say(s, "  nothing written: GO 0x%08lX, the application in flash runs again\n", (unsigned long)base);
}

/* ---- identify and plan ------------------------------------------------------ */

static const struct flash_target *target_of(const struct device_row *row, struct flash_target *target)
{
    const struct profile_row *profile = device_profile(row);

    target->sram_base = row->sram_base;
    target->sram_size = row->sram_size;
    target->core = profile != NULL ? profile->core : 0u;
    return target;
}

static int identify(struct session *s, const struct image *image)
{
    char error[320];
    struct event e;
    char id[8];
    enum flash_plan_result planned;
    struct flash_target target;

    s->row = device_by_id(s->info.product_id & 0xFFFu);
    snprintf(id, sizeof id, "0x%03X", (unsigned)(s->info.product_id & 0xFFFu));
    begin(s, &e, "rom");
    event_text(&e, "dev_id", id);
    snprintf(error, sizeof error, "%u.%u", (unsigned)(s->info.bootloader_version >> 4),
             (unsigned)(s->info.bootloader_version & 0x0Fu));
    event_text(&e, "bootloader_version", error);
    if (s->row != NULL)
        event_text(&e, "name", s->row->name);
    event_end(&e);
    if (s->row == NULL)
        return finish(s, "unknown_dev_id", EXIT_UNKNOWN_DEVICE,
                      "product ID 0x%04X is not in data/stm32.def: nothing written", s->info.product_id);
    say(s, "  device: %s (DEV_ID %s), bootloader v%u.%u\n", s->row->name, id,
        (unsigned)(s->info.bootloader_version >> 4), (unsigned)(s->info.bootloader_version & 0x0Fu));
    if (s->settings->line_row != NULL && s->settings->line_row != s->row) {
        back_to_old_application(s);
        return finish(s, "wrong_line", EXIT_IMAGE_MISMATCH,
                      "--line names DEV_ID 0x%03X, the ROM says %s (%s): nothing written",
                      (unsigned)s->settings->line_row->dev_id, id, s->row->name);
    }
    s->flash = flash_row_by_id(s->row->dev_id);
    if (s->flash == NULL) {
        back_to_old_application(s);
        return finish(s, "unsupported_line", EXIT_UNSUPPORTED,
                      "no flash layout for %s (DEV_ID %s) in data/stm32.def (SYSBOOT_FLASH): nothing written",
                      s->row->name, id);
    }
    if (flash_layout_of(s->flash, &s->layout, error, sizeof error) != 0)
        return finish(s, "unsupported_line", EXIT_UNSUPPORTED, "%s", error);
    planned = flash_plan_make(image, &s->layout, target_of(s->row, &target), &s->plan, error, sizeof error);
    if (planned != FLASH_PLAN_OK) {
        back_to_old_application(s);
        return finish(s, planned == FLASH_PLAN_NO_MEMORY ? "error" : "image_mismatch",
                      planned == FLASH_PLAN_NO_MEMORY ? EXIT_BAD_IMAGE : EXIT_IMAGE_MISMATCH,
                      "%s: %s: nothing written", s->row->name, error);
    }
    /* AN3155: a ROM has Erase or Extended Erase; GET says which */
    s->erase_command = an3155_has_command(&s->info, AN3155_CMD_EXTENDED_ERASE) ? AN3155_CMD_EXTENDED_ERASE
                     : an3155_has_command(&s->info, AN3155_CMD_ERASE) ? AN3155_CMD_ERASE : 0;
    if (s->erase_command == 0 || !an3155_has_command(&s->info, AN3155_CMD_WRITE_MEMORY) ||
        !an3155_has_command(&s->info, AN3155_CMD_READ_MEMORY) || !an3155_has_command(&s->info, AN3155_CMD_GO)) {
        back_to_old_application(s);
        return finish(s, "unsupported_rom", EXIT_UNSUPPORTED,
                      "this ROM lacks an erase, Write Memory, Read Memory or Go command: nothing written");
    }
    return EXIT_OK;
}

/* "0-3, 7" into text. */
static const char *pages_text(const struct flash_plan *plan, char *text, size_t size)
{
    size_t used = 0;
    uint32_t i = 0;

    text[0] = '\0';
    while (i < plan->page_count && used + 16 < size) {
        uint32_t j = i;
        while (j + 1 < plan->page_count && plan->pages[j + 1] == plan->pages[j] + 1)
            j++;
        if (j == i)
            used += (size_t)snprintf(text + used, size - used, "%s%u", i ? ", " : "", plan->pages[i]);
        else
            used += (size_t)snprintf(text + used, size - used, "%s%u-%u", i ? ", " : "", plan->pages[i],
                                     plan->pages[j]);
        i = j + 1;
    }
    return text;
}

static void announce_plan(const struct flash_settings *settings, const char *port, const struct device_row *row,
                          const struct flash_layout *layout, const struct flash_plan *plan)
{
    struct event e;
    char pages[256];

    event_begin(&e, stdout, settings->format, "plan", port);
    event_text(&e, "pages", pages_text(plan, pages, sizeof pages));
    event_number(&e, "erase_bytes", plan->erase_bytes);
    event_number(&e, "write_bytes", plan->write_bytes);
    event_number(&e, "blocks", plan->block_count);
    event_hex(&e, "vector_table", plan->vector_table);
    event_text(&e, "interrupted_update_leaves", layout->erased_boot);
    event_end(&e);
    if (settings->format == FORMAT_TEXT && !settings->quiet_text)
        printf("  plan: erase page%s %s (%lu KiB), write %lu bytes in %lu blocks of %u, the vector "
               "table's block (0x%08lX) last; GO 0x%08lX\n",
               plan->page_count == 1 ? "" : "s", pages, (unsigned long)(plan->erase_bytes >> 10),
               (unsigned long)plan->write_bytes, (unsigned long)plan->block_count, FLASH_BLOCK_BYTES,
               (unsigned long)plan->blocks[plan->block_count - 1].address, (unsigned long)plan->vector_table);
    (void)row;
}

/* ---- erase, write, verify, go, confirm ------------------------------------- */

/* An erase or write refused: read protection (refused at the command, and
 * Read Memory refused too) or write protection (taken, then refused). */
static int refused(struct session *s, const struct an3155_outcome *outcome, const char *doing)
{
    struct an3155_outcome probe_outcome;
    uint8_t word[4];
    int readable;

    if (outcome->result != AN3155_NACK_REPLY)
        return link_failure(s, outcome, doing);
    readable = an3155_read_memory(&s->bytes, s->settings->timeout_ms, s->layout.base, word, sizeof word,
                                  &probe_outcome) == AN3155_OK;
    if (!readable && probe_outcome.result == AN3155_NACK_REPLY && probe_outcome.nack_stage == AN3155_NACK_COMMAND)
        return finish(s, "read_protected", EXIT_READ_PROTECTED,
                      "%s: refused, and Read Memory too: read protection (RDP level 1) is active; lifting "
                      "it (Readout Unprotect) erases the whole flash", doing);
    if (outcome->nack_stage == AN3155_NACK_END)
        return finish(s, "write_protected", EXIT_WRITE_PROTECTED,
                      "%s: the ROM took the request and refused it: the flash is write-protected (option "
                      "bytes) or failed to program; Read Memory still works", doing);
    return finish(s, "nack", EXIT_NACK, "%s: the ROM refused (%s)", doing, outcome->detail);
}

static int erase(struct session *s)
{
    struct an3155_outcome outcome;
    struct event e;
    uint64_t t0 = clock_now_ms();
    char pages[256];

    if (an3155_erase_pages(&s->bytes, s->erase_command, s->plan.pages, s->plan.page_count,
                           ERASE_MS_PER_PAGE, &outcome) != AN3155_OK) {
        char doing[320];
        snprintf(doing, sizeof doing, "erasing page%s %s", s->plan.page_count == 1 ? "" : "s",
                 pages_text(&s->plan, pages, sizeof pages));
        if (outcome.result == AN3155_NACK_REPLY && outcome.nack_stage == AN3155_NACK_END)
            back_to_old_application(s);      /* write protection: nothing was erased */
        return refused(s, &outcome, doing);
    }
    begin(s, &e, "erase");
    event_text(&e, "command", s->erase_command == AN3155_CMD_ERASE ? "0x43" : "0x44");
    event_text(&e, "pages", pages_text(&s->plan, pages, sizeof pages));
    event_number(&e, "bytes", s->plan.erase_bytes);
    event_number(&e, "ms", clock_now_ms() - t0);
    event_end(&e);
    say(s, "  erase: %lu page%s (%s, command 0x%02X) in %.1f s\n", (unsigned long)s->plan.page_count,
        s->plan.page_count == 1 ? "" : "s", pages, s->erase_command, (double)(clock_now_ms() - t0) / 1000.0);
    return EXIT_OK;
}

/* For a parallel run's parent: how far a phase is, at most every 200 ms. */
static void progress_event(struct session *s, const char *phase, uint64_t done, uint64_t total,
                           uint64_t *last_ms)
{
    struct event e;
    uint64_t now = clock_now_ms();

    if (!s->settings->progress_events || (done < total && now - *last_ms < 200))
        return;
    *last_ms = now;
    begin(s, &e, "progress");
    event_text(&e, "phase", phase);
    event_number(&e, "done", done);
    event_number(&e, "total", total);
    event_end(&e);
}

static void phase_done(struct session *s, const char *name, uint64_t bytes, uint64_t t0, double rate)
{
    struct event e;
    char speed[32];

    begin(s, &e, name);
    event_number(&e, "bytes", bytes);
    event_number(&e, "ms", clock_now_ms() - t0);
    event_number(&e, "bytes_per_s", (unsigned long long)rate);
    event_end(&e);
    say(s, "  %s: %lu bytes in %.1f s (%s)\n", name, (unsigned long)bytes,
        (double)(clock_now_ms() - t0) / 1000.0, progress_rate_text(rate, speed, sizeof speed));
}

static int write_blocks(struct session *s)
{
    struct an3155_outcome outcome;
    struct progress bar;
    uint64_t t0 = clock_now_ms(), shown = 0;
    size_t i;

    progress_start(&bar, stderr, s->settings->format == FORMAT_TEXT && !s->settings->quiet_text, "write",
                   s->plan.write_bytes);
    for (i = 0; i < s->plan.block_count; i++) {
        const struct flash_block *b = &s->plan.blocks[i];
        if (an3155_write_memory(&s->bytes, WRITE_MS_PER_BLOCK, b->address, b->data, b->length, &outcome) != AN3155_OK) {
            char doing[96];
            progress_finish(&bar);
            snprintf(doing, sizeof doing, "writing 0x%08lX", (unsigned long)b->address);
            return refused(s, &outcome, doing);
        }
        progress_advance(&bar, b->length);
        progress_event(s, "write", bar.done, bar.total, &shown);
    }
    phase_done(s, "write", s->plan.write_bytes, t0, progress_finish(&bar));
    return EXIT_OK;
}

static int verify(struct session *s)
{
    struct an3155_outcome outcome;
    struct progress bar;
    uint64_t t0 = clock_now_ms(), shown = 0;
    uint8_t back[FLASH_BLOCK_BYTES];
    size_t i;

    progress_start(&bar, stderr, s->settings->format == FORMAT_TEXT && !s->settings->quiet_text, "verify",
                   s->plan.write_bytes);
    for (i = 0; i < s->plan.block_count; i++) {
        const struct flash_block *b = &s->plan.blocks[i];
        uint32_t k;
        if (an3155_read_memory(&s->bytes, s->settings->timeout_ms, b->address, back, b->length, &outcome) != AN3155_OK) {
            progress_finish(&bar);
            return link_failure(s, &outcome, "reading back");
        }
        for (k = 0; k < b->length && back[k] == b->data[k]; k++)
            ;
        if (k < b->length) {
            progress_finish(&bar);
            return finish(s, "verify_failed", EXIT_VERIFY_FAILED,
                          "read back 0x%02X at 0x%08lX, wrote 0x%02X: the flash does not hold the image",
                          back[k], (unsigned long)(b->address + k), b->data[k]);
        }
        progress_advance(&bar, b->length);
        progress_event(s, "verify", bar.done, bar.total, &shown);
    }
    phase_done(s, "verify", s->plan.write_bytes, t0, progress_finish(&bar));
    return EXIT_OK;
}

/* The application's console after GO: the first line (or one holding
 * --expect) within --expect-ms. */
static int confirm(struct session *s)
{
    struct serial_settings app;
    char line[200], error[256];
    size_t used = 0;
    uint64_t t0 = clock_now_ms(), deadline = t0 + s->settings->expect_ms;
    struct event e;

    app.baud = s->settings->app_baud;
    app.parity = SERIAL_PARITY_NONE;
    if (serial_configure(s->port, &app, error, sizeof error) != 0)
        return finish(s, "port_open_failed", EXIT_PORT_OPEN, "cannot switch %s to the application's settings: %s",
                      s->port_path, error);
    for (;;) {
        uint8_t c;
        uint64_t now = clock_now_ms();
        int got;
        if (now >= deadline)
            break;
        got = s->bytes.read(s->bytes.context, &c, 1, (unsigned)(deadline - now));
        if (got < 0)
            return finish(s, "port_vanished", EXIT_PORT_VANISHED, "the port vanished while waiting for the application");
        if (got == 0)
            continue;
        if (c == '\r')
            continue;
        if (c != '\n') {
            if (used + 1 < sizeof line)
                line[used++] = (char)(c >= 0x20 && c < 0x7F ? c : '?');
            continue;
        }
        line[used] = '\0';
        if (used > 0 && (s->settings->expect == NULL || strstr(line, s->settings->expect) != NULL)) {
            begin(s, &e, "app");
            event_text(&e, "line", line);
            event_number(&e, "ms", clock_now_ms() - t0);
            event_end(&e);
            say(s, "  application: %s\n", line);
            return EXIT_OK;
        }
        used = 0;
    }
    return finish(s, "app_silent", EXIT_APP_SILENT,
                  "GO sent, but %s within %u ms: the new application did not come up (or says nothing: "
                  "--no-confirm)", s->settings->expect != NULL ? "no line held the --expect text" : "no line came",
                  s->settings->expect_ms);
}

static int warn_about_interruption(struct session *s)
{
    struct event e;
    const char *leaves = s->layout.erased_boot;
    char text[256];

    snprintf(text, sizeof text, "an update cut short leaves %s", flash_interrupted_text(leaves));
    begin(s, &e, "warning");
    event_text(&e, "interrupted_update_leaves", leaves);
    event_text(&e, "message", text);
    event_end(&e);
    if (s->settings->format == FORMAT_TEXT && !s->settings->quiet_text)
        fprintf(stderr, "sysboot: %s: %s: %s\n", strcmp(leaves, "NEEDS_BOOT0") == 0 ? "warning" : "note",
                s->row->name, text);
    return EXIT_OK;
}

int flash_session(const struct flash_settings *settings, const char *port, const struct image *image,
                  struct flash_result *result)
{
    struct session s;
    struct event e;
    struct an3155_outcome outcome;
    int code;

    memset(&s, 0, sizeof s);
    s.settings = settings;
    s.port_path = port;
    s.result = result;
    s.started_ms = clock_now_ms();
    begin(&s, &e, "start");
    event_text(&e, "image", settings->image_path);
    event_text(&e, "format", image->format);
    event_number(&e, "bytes", image_bytes(image));
    event_hex(&e, "start", image_start(image));
    event_end(&e);
    say(&s, "sysboot flash: %s (%s, %lu bytes from 0x%08lX) on %s\n", settings->image_path, image->format,
        (unsigned long)image_bytes(image), (unsigned long)image_start(image), port);

    if ((code = reach_rom(&s)) != EXIT_OK)
        return code;
    if ((code = identify(&s, image)) != EXIT_OK)
        return code;
    announce_plan(settings, port, s.row, &s.layout, &s.plan);
    warn_about_interruption(&s);
    if ((code = erase(&s)) != EXIT_OK || (code = write_blocks(&s)) != EXIT_OK || (code = verify(&s)) != EXIT_OK)
        return code;
    if (an3155_go(&s.bytes, settings->timeout_ms, s.plan.vector_table, &outcome) != AN3155_OK)
        return link_failure(&s, &outcome, "GO");
    begin(&s, &e, "go");
    event_hex(&e, "address", s.plan.vector_table);
    event_end(&e);
    say(&s, "  GO 0x%08lX\n", (unsigned long)s.plan.vector_table);
    if (settings->confirm && (code = confirm(&s)) != EXIT_OK)
        return code;
    return finish(&s, "ok", EXIT_OK, "updated %s in %.1f s", s.row->name,
                  (double)(clock_now_ms() - s.started_ms) / 1000.0);
}

int flash_dry_run(const struct flash_settings *settings, const struct image *image)
{
    struct session s;
    struct an3155_outcome outcome;
    struct event e;
    char error[320];
    enum flash_plan_result planned;
    struct flash_target target;

    memset(&s, 0, sizeof s);
    s.settings = settings;
    s.port_path = settings->port_count ? settings->ports[0] : NULL;
    s.started_ms = clock_now_ms();
    s.row = settings->line_row;
    if (s.row == NULL) {
        if (open_rom_port(&s, error, sizeof error) != 0)
            return flash_report_failure(settings, s.port_path, "port_open_failed", EXIT_PORT_OPEN, error);
        if (probe(&s, &outcome) != AN3155_OK) {
            serial_close(s.port);
            return flash_report_failure(settings, s.port_path, "no_answer", EXIT_NO_ANSWER,
                                        "dry run: no ROM answers, and a dry run sends no trigger: name the line "
                                        "with --line, or enter the ROM first (sysboot enter)");
        }
        serial_close(s.port);
        s.port = NULL;
        s.row = device_by_id(s.info.product_id & 0xFFFu);
        if (s.row == NULL)
            return flash_report_failure(settings, s.port_path, "unknown_dev_id", EXIT_UNKNOWN_DEVICE,
                                        "the ROM's product ID is not in data/stm32.def");
    }
    s.flash = flash_row_by_id(s.row->dev_id);
    if (s.flash == NULL) {
        snprintf(error, sizeof error, "no flash layout for %s (DEV_ID 0x%03X) in data/stm32.def",
                 s.row->name, (unsigned)s.row->dev_id);
        return flash_report_failure(settings, s.port_path, "unsupported_line", EXIT_UNSUPPORTED, error);
    }
    if (flash_layout_of(s.flash, &s.layout, error, sizeof error) != 0)
        return flash_report_failure(settings, s.port_path, "unsupported_line", EXIT_UNSUPPORTED, error);
    planned = flash_plan_make(image, &s.layout, target_of(s.row, &target), &s.plan, error, sizeof error);
    if (planned != FLASH_PLAN_OK) {
        char message[400];
        snprintf(message, sizeof message, "%s: %s", s.row->name, error);
        return flash_report_failure(settings, s.port_path, "image_mismatch", EXIT_IMAGE_MISMATCH, message);
    }
    if (settings->format == FORMAT_TEXT)
        printf("sysboot flash --dry-run: %s (%s, %lu bytes) on %s (DEV_ID 0x%03X)\n", settings->image_path,
               image->format, (unsigned long)image_bytes(image), s.row->name, (unsigned)s.row->dev_id);
    announce_plan(settings, s.port_path, s.row, &s.layout, &s.plan);
    warn_about_interruption(&s);
    flash_plan_free(&s.plan);
    if (settings->format != FORMAT_TEXT) {
        event_begin(&e, stdout, settings->format, "result", s.port_path);
        event_text(&e, "status", "ok");
        event_number(&e, "exit_code", 0);
        event_text(&e, "message", "dry run: nothing sent, nothing written");
        event_end(&e);
    } else {
        printf("dry run: nothing sent, nothing written\n");
    }
    return EXIT_OK;
}

/* `sysboot flash` on several ports at once (see flash_session.h): one child
 * process per port runs the whole update; the parent shows one line per
 * device and ends with a summary table. A child that fails, hangs up or
 * dies takes nobody else with it. */
#ifndef _WIN32
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE       /* realpath */
#endif

#include "flash_session.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clock.h"
#include "commands.h"
#include "event.h"
#include "exit_codes.h"

#ifndef _WIN32
#include <errno.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

struct device {
    const char *port;
    pid_t pid;
    int events;                 /* read end of the child's stdout */
    int results;                /* read end of its result record */
    char pending[4096];         /* a record not yet ended by its newline */
    size_t pending_length;
    char step[32];              /* what the line shows */
    char dev_id[8];
    unsigned percent;
    struct flash_result result;
    int have_result;
};

/* The value of "key" in one of our JSON records (strings unescaped as far
 * as a status line needs: \" and \\). */
static void json_field(const char *line, const char *key, char *value, size_t size)
{
    char pattern[48];
    const char *at;
    size_t used = 0;

    value[0] = '\0';
    snprintf(pattern, sizeof pattern, "\"%s\":", key);
    at = strstr(line, pattern);
    if (at == NULL)
        return;
    at += strlen(pattern);
    if (*at == '"') {
        for (at++; *at != '\0' && *at != '"' && used + 1 < size; at++) {
            if (*at == '\\' && at[1] != '\0')
                at++;
            value[used++] = *at;
        }
    } else {
        while (*at != '\0' && *at != ',' && *at != '}' && used + 1 < size)
            value[used++] = *at++;
    }
    value[used] = '\0';
}

static void draw_lines(struct device *devices, size_t count, int redraw)
{
    size_t i;

    if (redraw)
        printf("\033[%luA", (unsigned long)count);
    for (i = 0; i < count; i++) {
        const struct device *d = &devices[i];
        printf("\r\033[K  %-24s %-6s %-10s", d->port, d->dev_id[0] ? d->dev_id : "-", d->step);
        if (strcmp(d->step, "write") == 0 || strcmp(d->step, "verify") == 0)
            printf(" %3u%%", d->percent);
        putchar('\n');
    }
    fflush(stdout);
}

/* One record from a child: forwarded as it is (json/kv), or turned into
 * the device's line (text). */
static void take_record(const struct flash_settings *settings, struct device *d, const char *line,
                        int terminal)
{
    char event[32], value[64];

    if (settings->format != FORMAT_TEXT) {
        fputs(line, stdout);
        fputc('\n', stdout);
        fflush(stdout);
        return;
    }
    json_field(line, "event", event, sizeof event);
    json_field(line, "dev_id", value, sizeof value);
    if (value[0] != '\0' && strlen(value) < sizeof d->dev_id)
        memcpy(d->dev_id, value, strlen(value) + 1);
    if (strcmp(event, "progress") == 0) {
        char done[24], total[24];
        json_field(line, "phase", d->step, sizeof d->step);
        json_field(line, "done", done, sizeof done);
        json_field(line, "total", total, sizeof total);
        d->percent = strtoul(total, NULL, 10) ? (unsigned)(strtoull(done, NULL, 10) * 100 / strtoull(total, NULL, 10)) : 100u;
    } else if (strcmp(event, "result") == 0) {
        json_field(line, "status", d->step, sizeof d->step);
    } else {
        snprintf(d->step, sizeof d->step, "%s", event);
    }
    if (!terminal && strcmp(event, "progress") != 0)
        printf("  %s: %s%s%s\n", d->port, d->step, d->dev_id[0] ? " " : "", d->dev_id);
}

static void read_records(const struct flash_settings *settings, struct device *d, int terminal)
{
    char buffer[1024];
    ssize_t got = read(d->events, buffer, sizeof buffer);
    ssize_t i;

    if (got <= 0) {
        if (got < 0 && errno == EINTR)
            return;
        close(d->events);
        d->events = -1;
        return;
    }
    for (i = 0; i < got; i++) {
        if (buffer[i] != '\n') {
            if (d->pending_length + 1 < sizeof d->pending)
                d->pending[d->pending_length++] = buffer[i];
            continue;
        }
        d->pending[d->pending_length] = '\0';
        take_record(settings, d, d->pending, terminal);
        d->pending_length = 0;
    }
}

static pid_t start_child(const struct flash_settings *settings, const struct image *image, struct device *d)
{
    int events[2], results[2];
    pid_t pid;

    if (pipe(events) != 0 || pipe(results) != 0)
        return -1;
    fflush(stdout);
    pid = fork();
    if (pid == 0) {
        struct flash_settings mine = *settings;
        struct flash_result result;
        int code;
        close(events[0]);
        close(results[0]);
        dup2(events[1], STDOUT_FILENO);
        close(events[1]);
        mine.quiet_text = 1;
        if (mine.format == FORMAT_TEXT) {
            mine.format = FORMAT_JSON;       /* records for the parent's lines */
            mine.progress_events = 1;
        }
        memset(&result, 0, sizeof result);
        code = flash_session(&mine, d->port, image, &result);
        fflush(stdout);
        if (write(results[1], &result, sizeof result) != (ssize_t)sizeof result)
            code = code != EXIT_OK ? code : EXIT_PORT_VANISHED;
        _exit(code);
    }
    close(events[1]);
    close(results[1]);
    d->events = events[0];
    d->results = results[0];
    return pid;
}

static int summary(const struct flash_settings *settings, struct device *devices, size_t count,
                   uint64_t started)
{
    size_t i, failed = 0;
    struct event e;

    for (i = 0; i < count; i++)
        failed += devices[i].result.exit_code != EXIT_OK;
    if (settings->format != FORMAT_TEXT) {
        event_begin(&e, stdout, settings->format, "summary", NULL);
        event_number(&e, "devices", count);
        event_number(&e, "updated", count - failed);
        event_number(&e, "failed", failed);
        event_number(&e, "elapsed_ms", clock_now_ms() - started);
        event_end(&e);
    } else {
        printf("\n%-24s %-7s %-22s %8s  %s\n", "PORT", "DEV_ID", "RESULT", "TIME", "DETAIL");
        for (i = 0; i < count; i++) {
            const struct flash_result *r = &devices[i].result;
            char id[16], result[48];
            if (r->dev_id != 0)
                snprintf(id, sizeof id, "0x%03X", (unsigned)(r->dev_id & 0xFFFu));
            else
                snprintf(id, sizeof id, "-");
            snprintf(result, sizeof result, "%s (%d)", r->status, r->exit_code);
            printf("%-24s %-7s %-22s %6.1f s  %s\n", devices[i].port, id,
                   r->exit_code == EXIT_OK ? "ok" : result, (double)r->elapsed_ms / 1000.0,
                   r->exit_code == EXIT_OK ? "" : r->message);
        }
        printf("%lu device%s: %lu updated, %lu failed, %.1f s in all\n", (unsigned long)count,
               count == 1 ? "" : "s", (unsigned long)(count - failed), (unsigned long)failed,
               (double)(clock_now_ms() - started) / 1000.0);
    }
    fflush(stdout);
    return failed == 0 ? EXIT_OK : EXIT_SOME_FAILED;
}

int flash_many(const struct flash_settings *settings, const struct image *image)
{
    struct device devices[FLASH_MAX_PORTS];
    char real[FLASH_MAX_PORTS][PATH_MAX];
    size_t count = settings->port_count, i, j, open_pipes;
    int terminal = settings->format == FORMAT_TEXT && isatty(STDOUT_FILENO);
    uint64_t started = clock_now_ms();

    /* two runs on one port would interleave: refuse before anything starts */
    for (i = 0; i < count; i++) {
        if (realpath(settings->ports[i], real[i]) == NULL)
            snprintf(real[i], sizeof real[i], "%s", settings->ports[i]);
        for (j = 0; j < i; j++)
            if (strcmp(real[i], real[j]) == 0)
                return usage_error("the same port given twice", settings->ports[i]);
    }
    memset(devices, 0, sizeof devices);
    if (settings->format == FORMAT_TEXT)
        printf("sysboot flash: %s on %lu ports in parallel\n", settings->image_path, (unsigned long)count);
    for (i = 0; i < count; i++) {
        devices[i].port = settings->ports[i];
        snprintf(devices[i].step, sizeof devices[i].step, "starting");
        devices[i].pid = start_child(settings, image, &devices[i]);
        if (devices[i].pid < 0) {
            devices[i].events = devices[i].results = -1;
            devices[i].result.exit_code = EXIT_PORT_OPEN;
            snprintf(devices[i].result.status, sizeof devices[i].result.status, "not_started");
            snprintf(devices[i].result.message, sizeof devices[i].result.message, "could not start a process");
        }
    }
    if (terminal)
        draw_lines(devices, count, 0);
    for (;;) {
        struct pollfd watch[FLASH_MAX_PORTS];
        size_t index[FLASH_MAX_PORTS];
        open_pipes = 0;
        for (i = 0; i < count; i++) {
            if (devices[i].events < 0)
                continue;
            watch[open_pipes].fd = devices[i].events;
            watch[open_pipes].events = POLLIN;
            watch[open_pipes].revents = 0;
            index[open_pipes++] = i;
        }
        if (open_pipes == 0)
            break;
        if (poll(watch, open_pipes, -1) < 0 && errno != EINTR)
            break;
        for (j = 0; j < open_pipes; j++)
            if (watch[j].revents != 0)
                read_records(settings, &devices[index[j]], terminal);
        if (terminal)
            draw_lines(devices, count, 1);
    }
    for (i = 0; i < count; i++) {
        struct device *d = &devices[i];
        int status = 0;
        if (d->pid <= 0)
            continue;
        waitpid(d->pid, &status, 0);
        d->have_result = read(d->results, &d->result, sizeof d->result) == (ssize_t)sizeof d->result;
        close(d->results);
        if (!d->have_result) {
            snprintf(d->result.port, sizeof d->result.port, "%s", d->port);
            d->result.exit_code = WIFEXITED(status) && WEXITSTATUS(status) != 0 ? WEXITSTATUS(status) : EXIT_PORT_VANISHED;
            snprintf(d->result.status, sizeof d->result.status, "died");
            snprintf(d->result.message, sizeof d->result.message, "its process ended without a result");
        }
    }
    return summary(settings, devices, count, started);
}
#else
/* No fork on Windows: the ports one after the other, the same summary. */
int flash_many(const struct flash_settings *settings, const struct image *image)
{
    size_t i, failed = 0;

    for (i = 0; i < settings->port_count; i++)
        failed += flash_session(settings, settings->ports[i], image, NULL) != EXIT_OK;
    printf("%lu devices: %lu updated, %lu failed\n", (unsigned long)settings->port_count,
           (unsigned long)(settings->port_count - failed), (unsigned long)failed);
    return failed == 0 ? EXIT_OK : EXIT_SOME_FAILED;
}
#endif

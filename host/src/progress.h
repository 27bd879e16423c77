/* The progress line of a long transfer on a terminal: a bar, bytes per
 * second and the time left, redrawn in place on stderr. Off the terminal
 * (a pipe, a log file, --format json) it stays silent: the step records
 * say the same once per step. */
#ifndef SYSBOOT_HOST_PROGRESS_H
#define SYSBOOT_HOST_PROGRESS_H

#include <stdint.h>
#include <stdio.h>

struct progress {
    FILE *out;                  /* NULL: silent */
    const char *label;
    uint64_t total, done;
    uint64_t started_ms, drawn_ms;
};

/* `enabled` 0 keeps it silent; otherwise it draws when `out` is a terminal. */
void progress_start(struct progress *progress, FILE *out, int enabled, const char *label,
                    uint64_t total);
void progress_advance(struct progress *progress, uint64_t bytes);
/* Ends the line; returns the bytes per second over the whole phase. */
double progress_finish(struct progress *progress);
/* "12.3 KiB/s" */
const char *progress_rate_text(double bytes_per_second, char *text, size_t size);

#endif

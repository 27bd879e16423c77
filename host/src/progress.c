/* Progress line (see progress.h). */
#define _POSIX_C_SOURCE 200809L
#include "progress.h"

#include <unistd.h>

#include "clock.h"

#define BAR_WIDTH 30
#define REDRAW_MS 100u

void progress_start(struct progress *progress, FILE *out, int enabled, const char *label,
                    uint64_t total)
{
    progress->out = enabled && out != NULL && isatty(fileno(out)) ? out : NULL;
    progress->label = label;
    progress->total = total;
    progress->done = 0;
    progress->started_ms = clock_now_ms();
    progress->drawn_ms = 0;
}

const char *progress_rate_text(double bytes_per_second, char *text, size_t size)
{
    if (bytes_per_second >= 1024.0 * 1024.0)
        snprintf(text, size, "%.1f MiB/s", bytes_per_second / (1024.0 * 1024.0));
    else if (bytes_per_second >= 1024.0)
        snprintf(text, size, "%.1f KiB/s", bytes_per_second / 1024.0);
    else
        snprintf(text, size, "%.0f B/s", bytes_per_second);
    return text;
}

static double rate(const struct progress *progress, uint64_t now)
{
    uint64_t elapsed = now - progress->started_ms;
    return elapsed == 0 ? 0.0 : (double)progress->done * 1000.0 / (double)elapsed;
}

static void draw(struct progress *progress, uint64_t now)
{
    char bar[BAR_WIDTH + 1], speed[32];
    unsigned filled = progress->total ? (unsigned)(progress->done * BAR_WIDTH / progress->total) : BAR_WIDTH;
    unsigned i;
    double r = rate(progress, now);

    for (i = 0; i < BAR_WIDTH; i++)
        bar[i] = i < filled ? '#' : '.';
    bar[BAR_WIDTH] = '\0';
    fprintf(progress->out, "\r  %-8s [%s] %3u%%  %10s  ETA %4.0f s ", progress->label, bar,
            progress->total ? (unsigned)(progress->done * 100 / progress->total) : 100u,
            progress_rate_text(r, speed, sizeof speed),
            r > 0.0 ? (double)(progress->total - progress->done) / r : 0.0);
    fflush(progress->out);
    progress->drawn_ms = now;
}

void progress_advance(struct progress *progress, uint64_t bytes)
{
    uint64_t now;

    progress->done += bytes;
    if (progress->out == NULL)
        return;
    now = clock_now_ms();
    if (now - progress->drawn_ms >= REDRAW_MS || progress->done >= progress->total)
        draw(progress, now);
}

double progress_finish(struct progress *progress)
{
    uint64_t now = clock_now_ms();

    if (progress->out != NULL) {
        draw(progress, now);
        fputc('\n', progress->out);
    }
    return rate(progress, now);
}

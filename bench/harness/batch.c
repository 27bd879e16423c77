/* Batch mode (see batch.h). */
#include "batch.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAX_ARGS 40
#define FIELDS 7

/* Split `line` at `sep` into at most `max` fields (in place). */
/* Does the verdict name one of the '|'-separated reasons a twin expects? */
static int caught_as(const char *verdict, const char *reasons)
{
    char copy[256], *one, *save = NULL;
    snprintf(copy, sizeof copy, "%s", reasons);
    for (one = strtok_r(copy, "|", &save); one != NULL; one = strtok_r(NULL, "|", &save))
        if (strstr(verdict, one) != NULL)
            return 1;
    return 0;
}

static int split(char *line, char sep, char **out, int max)
{
    int n = 0;
    char *p = line;
    while (n < max) {
        char *end = strchr(p, sep);
        out[n++] = p;
        if (end == NULL)
            break;
        *end = 0;
        p = end + 1;
    }
    return n;
}

/* The child: run the job with its log in build/logs/, print one result line. */
static void run_job(char *line, int result_fd, unsigned index)
{
    char *field[FIELDS + 1], *argv[MAX_ARGS + 8], log_path[256], reason[512], result[768];
    char *verdict_line = NULL, buf[512];
    int argc = 0, pass, n;
    FILE *log;
    size_t len;

    line[strcspn(line, "\n")] = 0;
    if (split(line, '\t', field, FIELDS + 1) != FIELDS + 1)
        _exit(2);
    argv[argc++] = "bench-uc";
    argv[argc++] = "--expect";
    argv[argc++] = field[4];
    argc += split(field[7], ' ', argv + argc, MAX_ARGS);
    argv[argc++] = field[2];
    argv[argc++] = field[5];
    argv[argc++] = field[6];
    argv[argc] = NULL;
    snprintf(log_path, sizeof log_path, "build/logs/%s-%u.log", field[2], index);
    if (freopen(log_path, "w+", stdout) == NULL || dup2(fileno(stdout), 2) < 0)
        _exit(3);
    alarm(20);                              /* the run's own timeout is 10 s */
    (void)bench_run(argc, argv);
    fflush(stdout);
    log = fopen(log_path, "r");
    while (log && fgets(buf, sizeof buf, log))
        if (strncmp(buf, "VERDICT ", 8) == 0) {
            free(verdict_line);
            verdict_line = strdup(buf);
        }
    if (log)
        fclose(log);
    if (verdict_line == NULL)
        verdict_line = strdup("VERDICT FAIL no verdict (harness crashed)\n");
    verdict_line[strcspn(verdict_line, "\n")] = 0;
    pass = strncmp(verdict_line, "VERDICT PASS", 12) == 0;
    snprintf(reason, sizeof reason, "%s", verdict_line + 13);
    if (strcmp(field[3], "-") != 0) {       /* a negative twin */
        if (pass) {
            snprintf(reason, sizeof reason, "broken build NOT caught (%s)", verdict_line + 13);
            pass = 0;
        } else if (strcmp(field[3], "*") == 0 || caught_as(verdict_line, field[3])) {
            snprintf(reason, sizeof reason, "caught: %s", verdict_line + 13);
            pass = 1;
        } else {
            snprintf(reason, sizeof reason, "caught for another reason than '%s': %s", field[3],
                     verdict_line + 13);
        }
    }
    if (pass)
        unlink(log_path);
    n = snprintf(result, sizeof result, "%s\t%s\t%s\t%s\t%s\n", field[0], field[2], field[1],
                 pass ? "PASS" : "FAIL", reason);
    len = n > 0 && (size_t)n < sizeof result ? (size_t)n : sizeof result - 1;
    if (write(result_fd, result, len) < 0)
        _exit(4);
    _exit(0);
}

int batch_run(const char *path)
{
    FILE *jobs = fopen(path, "r");
    char line[2048];
    unsigned index = 0, running = 0, limit = 2;
    const char *env = getenv("BENCH_JOBS");
    int out = dup(1);

    if (jobs == NULL) {
        perror(path);
        return 12;
    }
    if (env)
        limit = (unsigned)atoi(env) > 0 ? (unsigned)atoi(env) : 1;
    fflush(stdout);
    while (fgets(line, sizeof line, jobs)) {
        pid_t pid;
        if (line[0] == '\n' || line[0] == 0)
            continue;
        if (running == limit) {
            wait(NULL);
            running--;
        }
        pid = fork();
        if (pid == 0)
            run_job(line, out, index);
        if (pid > 0)
            running++;
        index++;
    }
    while (running-- > 0)
        wait(NULL);
    fclose(jobs);
    return 0;
}

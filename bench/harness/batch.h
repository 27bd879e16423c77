/*
 * Batch mode: run many jobs from one process, forking per job so each run
 * starts from a clean machine (cheaper than a shell and an exec per run).
 * A job line (unicorn_jobs.sh) is tab-separated:
 *   column name board catch expect app standin harness-args
 * Each job prints one line: column board name PASS|FAIL reason.
 * catch "-": a positive run. Otherwise a negative twin: it PASSES when the
 * run FAILS with `catch` in its reason ("*": any reason).
 */
#ifndef BENCH_BATCH_H
#define BENCH_BATCH_H

/* Runs the jobs of `path`, BENCH_JOBS (default 2) at a time. */
int batch_run(const char *path);
/* One run from a command line (main.c). */
int bench_run(int argc, char **argv);

#endif

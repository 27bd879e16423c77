/*
 * What a run must show, and the verdict. Expectations:
 *   rom          the ROM is entered, every entry check passes, the stand-in passes
 *   boot         the ROM is never entered and the application ends well
 *   status=NAME  the library refused with SYSBOOT_NAME (e.g. status=ERR_CONTEXT),
 *                the ROM is never entered, the application saw nothing changed
 *   cycles=N     N rounds app -> ROM -> GO -> app, two resets each, no more
 *   served       the ROM is entered, serves a client, and GO brings the app back
 */
#ifndef BENCH_EXPECT_H
#define BENCH_EXPECT_H

/* Parse an expectation; 0 on success. */
int expect_parse(const char *text);
#include <stddef.h>

/* The number of a status by its name ("ERR_CONTEXT"); -1 if unknown. */
int expect_status_number(const char *name);

/* Judge the finished run: 0 on PASS, 1 on FAIL; `reason` says why. */
int expect_verdict(char *reason, size_t size);

#endif

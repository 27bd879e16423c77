/* One `sysboot flash` run on one port, the dry run, and several ports in
 * parallel (flash_many.c). */
#ifndef SYSBOOT_HOST_FLASH_SESSION_H
#define SYSBOOT_HOST_FLASH_SESSION_H

#include <stdint.h>
#include <stdio.h>

#include "device_table.h"
#include "image.h"
#include "output.h"
#include "serial.h"

#define FLASH_MAX_PORTS 32

struct flash_settings {
    const char *image_path;
    int has_address;
    uint32_t address;
    const char *ports[FLASH_MAX_PORTS];
    size_t port_count;
    const char *magic;
    unsigned app_baud;
    struct serial_settings rom;
    unsigned timeout_ms;            /* per ROM reply */
    unsigned wait_ms;               /* for the ROM after the trigger */
    unsigned expect_ms;             /* for the new application's line */
    const char *expect;             /* NULL: any line */
    int confirm;
    int dry_run;
    const char *line;               /* --line as given */
    const struct device_row *line_row;
    enum output_format format;
    int quiet_text;                 /* parallel runs: no per-step text, no progress bar */
    int progress_events;            /* parallel runs: "progress" records for the parent's lines */
    int usb;                        /* --usb: over the ROM's USB DFU (flash_usb.c) */
    int touch1200;                  /* --touch1200: the trigger on --port for a USB CDC application */
};

/* What one device's run came to, for the summary table of a parallel run. */
struct flash_result {
    char port[128];
    uint32_t dev_id;                /* 0: not identified */
    int exit_code;
    char status[32];
    uint64_t elapsed_ms;
    char message[320];
};

/* The whole update on one port; returns the exit code. `result` may be NULL. */
int flash_session(const struct flash_settings *settings, const char *port, const struct image *image,
                  struct flash_result *result);
/* Every port at once, one process each, one line of progress each on a
 * terminal, and a summary table (port, DEV_ID, result, time) at the end;
 * one failing device never stops the others. */
int flash_many(const struct flash_settings *settings, const struct image *image);
/* The update over the ROM's USB DFU (DfuSe): --line names the line (the
 * DFU ROM does not report its DEV_ID), --port, if given, carries the
 * trigger. */
int flash_usb(const struct flash_settings *settings, const struct image *image);
/* The plan, printed; nothing is sent to any device but, without --line, a
 * probe of a ROM that already answers. */
int flash_dry_run(const struct flash_settings *settings, const struct image *image);
/* A run that ends before it reaches a device: a sentence on stderr, or the
 * final record in json/kv. Returns exit_code. */
int flash_report_failure(const struct flash_settings *settings, const char *port, const char *status,
                         int exit_code, const char *message);

#endif

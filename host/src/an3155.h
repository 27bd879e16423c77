/* Client for the STM32 USART bootloader protocol (ST AN3155): sync, GET,
 * GET_VERSION and GET_ID, over any byte_port. */
#ifndef SYSBOOT_HOST_AN3155_H
#define SYSBOOT_HOST_AN3155_H

#include <stddef.h>
#include <stdint.h>

#include "byte_port.h"

/* Protocol bytes, from AN3155 (USART protocol used in the STM32 bootloader). */
#define AN3155_SYNC          0x7Fu
#define AN3155_ACK           0x79u
#define AN3155_NACK          0x1Fu
#define AN3155_CMD_GET       0x00u
#define AN3155_CMD_GET_VERSION 0x01u
#define AN3155_CMD_GET_ID    0x02u
#define AN3155_CMD_READ_MEMORY 0x11u

enum an3155_result {
    AN3155_OK = 0,
    AN3155_NO_ANSWER,       /* nothing at all came back in time */
    AN3155_GARBAGE,         /* bytes came back, but not an AN3155 reply */
    AN3155_NACK_REPLY,      /* the bootloader refused the command */
    AN3155_CUT_SHORT,       /* a reply started and then stopped */
    AN3155_PORT_VANISHED    /* the port failed or went away */
};

struct an3155_info {
    int already_synced;         /* the sync byte got NACK: a session was open */
    uint8_t bootloader_version; /* from GET: 0x31 means v3.1 */
    uint8_t command_count;
    uint8_t commands[256];
    uint8_t version_from_get_version;
    uint8_t option_bytes[2];    /* GET_VERSION's two compatibility bytes */
    uint16_t product_id;        /* GET_ID: 0x0413 for an STM32F405 */
};

struct an3155_options {
    unsigned timeout_ms;        /* per reply */
    unsigned retries;           /* extra attempts after a transient failure */
};

struct an3155_outcome {
    enum an3155_result result;
    char detail[160];           /* which step failed and what arrived */
};

/* Each step alone; `outcome` says why a step failed. */
enum an3155_result an3155_sync(const struct byte_port *port, unsigned timeout_ms,
                               struct an3155_info *info, struct an3155_outcome *outcome);
enum an3155_result an3155_get(const struct byte_port *port, unsigned timeout_ms,
                              struct an3155_info *info, struct an3155_outcome *outcome);
enum an3155_result an3155_get_version(const struct byte_port *port, unsigned timeout_ms,
                                      struct an3155_info *info, struct an3155_outcome *outcome);
enum an3155_result an3155_get_id(const struct byte_port *port, unsigned timeout_ms,
                                 struct an3155_info *info, struct an3155_outcome *outcome);

/* READ_MEMORY of `length` (1..256) bytes at `address` into `data`. Reads
 * only. A NACK to the command itself is AN3155_NACK_REPLY: the ROM refuses
 * to read (read protection active, AN3155 3.4); a NACK to the address is
 * garbage here (the caller asks only for addresses the ROM maps). */
enum an3155_result an3155_read_memory(const struct byte_port *port, unsigned timeout_ms,
                                      uint32_t address, uint8_t *data, size_t length,
                                      struct an3155_outcome *outcome);

/* Sync, GET, GET_VERSION, GET_ID. No answer, garbage and a cut-short reply
 * are retried from the sync up to options->retries times; a NACK or a
 * vanished port ends the probe at once. */
enum an3155_result an3155_probe(const struct byte_port *port,
                                const struct an3155_options *options,
                                struct an3155_info *info, struct an3155_outcome *outcome);

/* "no answer", "garbage reply", ... */
const char *an3155_result_text(enum an3155_result result);
/* "GET", "WRITE_MEMORY", ... or "unknown" for a command byte. */
const char *an3155_command_name(uint8_t command);

#endif

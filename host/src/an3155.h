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
#define AN3155_CMD_GO        0x21u
#define AN3155_CMD_WRITE_MEMORY 0x31u
#define AN3155_CMD_ERASE     0x43u
#define AN3155_CMD_EXTENDED_ERASE 0x44u

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

/* Where a refusal came. AN3155: with read protection active the ROM
 * refuses Read Memory, Write Memory and the erase commands at once, at
 * their command bytes; a write-protected page is refused at the end, once
 * the ROM has the whole request. */
enum an3155_nack_stage {
    AN3155_NACK_NONE,
    AN3155_NACK_COMMAND,        /* the command bytes themselves */
    AN3155_NACK_ADDRESS,        /* the address (invalid for this command) */
    AN3155_NACK_END             /* the request as a whole (the operation failed) */
};

struct an3155_outcome {
    enum an3155_result result;
    enum an3155_nack_stage nack_stage;
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

/* Sync, GET, GET_VERSION, GET_ID. No answer, garbage and a cut-short reply
 * are retried from the sync up to options->retries times; a NACK or a
 * vanished port ends the probe at once. */
enum an3155_result an3155_probe(const struct byte_port *port,
                                const struct an3155_options *options,
                                struct an3155_info *info, struct an3155_outcome *outcome);

/* Memory commands (an3155_memory.c). Lengths 1..256 (writes: a multiple
 * of 4, AN3155's whole words). A NACK to READ_MEMORY itself is
 * AN3155_NACK_REPLY: the ROM refuses to read (read protection, AN3155 3.4).
 * Erase takes page numbers in the form the
 * ROM's erase command has (0x43: one byte each, 0x44: two), split into as
 * many commands as needed, `timeout_ms` per page. */
enum an3155_result an3155_read_memory(const struct byte_port *port, unsigned timeout_ms,
                                      uint32_t address, uint8_t *buffer, size_t length,
                                      struct an3155_outcome *outcome);
enum an3155_result an3155_write_memory(const struct byte_port *port, unsigned timeout_ms,
                                       uint32_t address, const uint8_t *data, size_t length,
                                       struct an3155_outcome *outcome);
enum an3155_result an3155_erase_pages(const struct byte_port *port, uint8_t erase_command,
                                      const uint16_t *pages, size_t count, unsigned timeout_ms,
                                      struct an3155_outcome *outcome);
enum an3155_result an3155_go(const struct byte_port *port, unsigned timeout_ms, uint32_t address,
                             struct an3155_outcome *outcome);
/* Whether GET listed a command. */
int an3155_has_command(const struct an3155_info *info, uint8_t command);

/* "no answer", "garbage reply", ... */
const char *an3155_result_text(enum an3155_result result);
/* "GET", "WRITE_MEMORY", ... or "unknown" for a command byte. */
const char *an3155_command_name(uint8_t command);

#endif

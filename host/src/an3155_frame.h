/* The AN3155 client's framing steps, shared by the identification commands
 * (an3155.c) and the memory commands (an3155_memory.c). Each fills
 * `outcome` when it fails; `step` names the command in the message. */
#ifndef SYSBOOT_HOST_AN3155_FRAME_H
#define SYSBOOT_HOST_AN3155_FRAME_H

#include "an3155.h"

enum an3155_result an3155_fail(struct an3155_outcome *outcome, enum an3155_result result,
                               const char *step, const char *what);
/* Exactly `length` bytes; `reply_started` turns silence into "cut short". */
enum an3155_result an3155_read_reply(const struct byte_port *port, unsigned timeout_ms,
                                     uint8_t *buffer, size_t length, int reply_started,
                                     const char *step, struct an3155_outcome *outcome);
enum an3155_result an3155_send(const struct byte_port *port, const uint8_t *bytes, size_t length,
                               unsigned timeout_ms, const char *step, struct an3155_outcome *outcome);
/* One ACK; a NACK as the first byte of a reply is a refusal, later garbage. */
enum an3155_result an3155_expect_ack(const struct byte_port *port, unsigned timeout_ms,
                                     int reply_started, const char *step,
                                     struct an3155_outcome *outcome);
/* The command byte and its complement, then the ACK (a NACK: refused at
 * the command, nack_stage AN3155_NACK_COMMAND). */
enum an3155_result an3155_send_command(const struct byte_port *port, uint8_t command,
                                       unsigned timeout_ms, const char *step,
                                       struct an3155_outcome *outcome);

#endif

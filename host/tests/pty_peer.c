/*
 * A scripted stand-in for an STM32 ROM bootloader on a pty, for the CLI
 * tests. It opens a pty pair (openpty), prints the slave's path, logs
 * every byte it receives, and answers AN3155 as its scenario says.
 *
 * usage: pty_peer SCENARIO LOGFILE
 *   ok          answers like an STM32F405 ROM (PID 0x0413)
 *   nack_sync   answers the sync byte with NACK (session already open)
 *   no_answer   never answers
 *   garbage     answers the sync byte with 0x42
 *   nack        refuses GET with NACK
 *   cut_short   stops part way through the GET reply, then stays silent
 *   unknown_id  answers GET_ID with PID 0x0999
 *   vanish      closes the pty part way through the GET reply
 *   slow_sync   ignores the first sync byte
 *   magic       waits for one non-empty line (the magic), then behaves as "ok"
 *   protected   as "ok", but refuses READ_MEMORY with NACK (read protection on)
 * Every scenario that answers GET answers READ_MEMORY of flash with the
 * first word of an application's vector table, unless it is "protected".
 */
#define _DEFAULT_SOURCE

#include <poll.h>
#include <pty.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#define ACK 0x79
#define NACK 0x1F
#define LIFETIME_SECONDS 30

static int master_fd;
/* READ_MEMORY's argument bytes still to come: 5 (address, XOR), then 2 (N-1,
 * complement); 0 when a command comes next. */
static int read_argument_bytes;
static int read_stage;
static FILE *log_file;
static const char *scenario;

static void send_bytes(const unsigned char *bytes, size_t length)
{
    if (write(master_fd, bytes, length) != (ssize_t)length)
        exit(3);
}

static void send_byte(unsigned char byte)
{
    send_bytes(&byte, 1);
}

static int is(const char *name)
{
    return strcmp(scenario, name) == 0;
}

static void answer_get(void)
{
    static const unsigned char reply[] = {
        ACK, 11, 0x31, 0x00, 0x01, 0x02, 0x11, 0x21, 0x31, 0x44, 0x63, 0x73, 0x82, 0x92, ACK
    };
    if (is("nack")) {
        send_byte(NACK);
    } else if (is("cut_short")) {
        send_bytes(reply, 5);
        for (;;)
            pause(); /* silent from here on; the test kills us */
    } else if (is("vanish")) {
        send_bytes(reply, 3);
        usleep(50000);
        exit(0); /* closing every pty descriptor hangs the slave up */
    } else {
        send_bytes(reply, sizeof reply);
    }
}

static void answer_command(unsigned char command)
{
    static const unsigned char version[] = { ACK, 0x31, 0x00, 0x00, ACK };
    unsigned char id[] = { ACK, 1, 0x04, 0x13, ACK };

    switch (command) {
    case 0x00:
        answer_get();
        break;
    case 0x01:
        send_bytes(version, sizeof version);
        break;
    case 0x11:
        if (is("protected")) {
            send_byte(NACK);
            break;
        }
        send_byte(ACK);
        read_argument_bytes = 5;
        read_stage = 1;
        break;
    case 0x02:
        if (is("unknown_id")) {
            id[2] = 0x09;
            id[3] = 0x99;
        }
        send_bytes(id, sizeof id);
        break;
    default:
        send_byte(NACK);
        break;
    }
}

int main(int argc, char **argv)
{
    char slave_name[128];
    int slave_fd;
    struct termios raw;
    int have_command = 0;
    unsigned char command = 0;
    int syncs_seen = 0;
    int waiting_for_magic;
    size_t line_length = 0;

    if (argc != 3) {
        fprintf(stderr, "usage: pty_peer SCENARIO LOGFILE\n");
        return 2;
    }
    scenario = argv[1];
    waiting_for_magic = is("magic");
    log_file = fopen(argv[2], "wb");
    if (log_file == NULL || openpty(&master_fd, &slave_fd, slave_name, NULL, NULL) != 0)
        return 1;
    /* Raw from the start, so nothing is echoed before the client sets it up.
     * The slave stays open here so the client may close and re-open it. */
    tcgetattr(slave_fd, &raw);
    cfmakeraw(&raw);
    tcsetattr(slave_fd, TCSANOW, &raw);
    alarm(LIFETIME_SECONDS);
    printf("%s\n", slave_name);
    fflush(stdout);

    for (;;) {
        unsigned char byte;
        ssize_t got = read(master_fd, &byte, 1);
        if (got != 1)
            continue;
        fputc(byte, log_file);
        fflush(log_file);

        if (waiting_for_magic) {
            /* the first non-empty line (empty ones come before it) */
            if (byte != '\r' && byte != '\n')
                line_length++;
            else if (byte == '\n' && line_length > 0)
                waiting_for_magic = 0;
            continue;
        }
        if (is("no_answer"))
            continue;
        if (read_argument_bytes > 0) {
            static const unsigned char word[] = { 0x00, 0x00, 0x02, 0x20 }; /* MSP 0x20020000 */
            if (--read_argument_bytes > 0)
                continue;
            send_byte(ACK);
            if (read_stage == 1) {
                read_argument_bytes = 2;
                read_stage = 2;
            } else {
                send_bytes(word, sizeof word);
                read_stage = 0;
            }
            continue;
        }
        if (!have_command && byte == 0x7F) {
            syncs_seen++;
            if (is("slow_sync") && syncs_seen == 1)
                continue;
            if (is("garbage"))
                send_byte(0x42);
            else
                send_byte(is("nack_sync") ? NACK : ACK);
            continue;
        }
        if (!have_command) {
            command = byte;
            have_command = 1;
            continue;
        }
        have_command = 0;
        if ((unsigned char)(command ^ byte) != 0xFF) {
            send_byte(NACK);
            continue;
        }
        answer_command(command);
    }
}

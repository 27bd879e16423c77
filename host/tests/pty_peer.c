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
 *   strict      as a real ROM (and stm32flash) has it: once synced, a 0x7F starts
 *               a command (waits for its complement) instead of syncing again
 *   late        strict, and the first sync's ACK comes 260 ms late
 *   slow        strict, every reply 400 ms late (a probe holds the port > 1 s)
 *   many_commands  GET lists 255 command bytes
 * The slave's CRTSCTS and HUPCL as the client left them at its first byte
 * go to LOGFILE.termios.
 * and, with a flash behind the ROM (an STM32F405's 1 MiB of sectors, holding
 * an old application), for `sysboot flash`; each operation is also logged,
 * decoded, to LOGFILE.ops:
 *   flash       answers at once; after GO the new application prints a line
 *   flash_magic waits for the magic line first
 *   flash43     an STM32F103 (PID 0x0410) whose ROM has Erase (0x43), 1 KiB pages
 *   flash_wrp   write protection: erase and write taken, then refused
 *   flash_rdp   read protection: Read Memory, Write Memory, erase refused at once
 *   flash_corrupt  every write stores one bit wrong at 0x08000104
 *   flash_silent   nothing is printed after GO
 *   protected   as "ok", but refuses READ_MEMORY with NACK (read protection on)
 * Every scenario answers READ_MEMORY of its flash (an old application's vector
 * table, the rest erased), unless it is "protected" or "flash_rdp".
 */
#define _DEFAULT_SOURCE

#include <poll.h>
#include <stdarg.h>
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
static FILE *log_file, *ops_file;
static const char *scenario;

#define FLASH_BASE 0x08000000u
#define FLASH_BYTES 0x00100000u
static unsigned char flash[FLASH_BYTES];

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

static int has_flash(void)
{
    return strncmp(scenario, "flash", 5) == 0;
}

static unsigned char read_byte(void)
{
    unsigned char byte;
    while (read(master_fd, &byte, 1) != 1) {
    }
    fputc(byte, log_file);
    fflush(log_file);
    return byte;
}

static void op(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void op(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(ops_file, fmt, ap);
    va_end(ap);
    fputc('\n', ops_file);
    fflush(ops_file);
}

/* The page holding `offset`: F405 sectors (4 x 16 KiB, 64 KiB, 7 x 128 KiB)
 * or, for flash43, 1 KiB pages. */
static void page_bounds(unsigned page, unsigned long *start, unsigned long *size)
{
    if (is("flash43")) {
        *start = page * 1024ul;
        *size = 1024ul;
    } else if (page < 4) {
        *start = page * 0x4000ul;
        *size = 0x4000ul;
    } else if (page == 4) {
        *start = 0x10000ul;
        *size = 0x10000ul;
    } else {
        *start = 0x20000ul * (page - 4);
        *size = 0x20000ul;
    }
}

static unsigned long read_address(int *ok)
{
    unsigned char b[5];
    int i;
    for (i = 0; i < 5; i++)
        b[i] = read_byte();
    *ok = (unsigned char)(b[0] ^ b[1] ^ b[2] ^ b[3]) == b[4];
    return (unsigned long)b[0] << 24 | (unsigned long)b[1] << 16 | (unsigned long)b[2] << 8 | b[3];
}

static int in_flash(unsigned long address, unsigned long length)
{
    return address >= FLASH_BASE && address + length <= FLASH_BASE + FLASH_BYTES;
}

static void memory_read(void)
{
    int ok;
    unsigned long address, n;
    unsigned char count, check;

    send_byte(ACK);
    address = read_address(&ok);
    if (!ok || !in_flash(address, 1)) {
        send_byte(NACK);
        return;
    }
    send_byte(ACK);
    count = read_byte();
    check = read_byte();
    n = (unsigned long)count + 1;
    if ((unsigned char)(count ^ check) != 0xFF || !in_flash(address, n)) {
        send_byte(NACK);
        return;
    }
    send_byte(ACK);
    send_bytes(flash + (address - FLASH_BASE), n);
    op("READ 0x%08lX %lu", address, n);
}

static void memory_write(void)
{
    int ok;
    unsigned long address, n, i;
    unsigned char data[256], count, check;

    send_byte(ACK);
    address = read_address(&ok);
    if (!ok) {
        send_byte(NACK);
        return;
    }
    send_byte(ACK);
    count = read_byte();
    n = (unsigned long)count + 1;
    check = count;
    for (i = 0; i < n; i++) {
        data[i] = read_byte();
        check ^= data[i];
    }
    ok = read_byte() == check && in_flash(address, n) && address % 4 == 0 && n % 4 == 0 && !is("flash_wrp");
    for (i = 0; ok && i < n; i++)
        ok = flash[address - FLASH_BASE + i] == 0xFF;           /* only erased flash */
    if (ok) {
        memcpy(flash + (address - FLASH_BASE), data, n);
        if (is("flash_corrupt") && address <= 0x08000104ul && 0x08000104ul < address + n)
            flash[0x104] ^= 0x10;
    }
    op(ok ? "WRITE 0x%08lX %lu" : "WRITE 0x%08lX %lu refused", address, n);
    send_byte(ok ? ACK : NACK);
}

static void memory_erase(unsigned char command)
{
    unsigned pages[512], count, i;
    unsigned char check = 0, b;
    int ok = 1;

    send_byte(ACK);
    if (command == 0x44) {
        b = read_byte();
        check ^= b;
        count = (unsigned)b << 8;
        b = read_byte();
        check ^= b;
        count |= b;
        count++;
    } else {
        count = (unsigned)read_byte() + 1;
        check = (unsigned char)(count - 1);
    }
    for (i = 0; i < count && i < 512; i++) {
        if (command == 0x44) {
            b = read_byte();
            check ^= b;
            pages[i] = (unsigned)b << 8;
            b = read_byte();
            check ^= b;
            pages[i] |= b;
        } else {
            pages[i] = read_byte();
            check ^= (unsigned char)pages[i];
        }
    }
    if (read_byte() != check || is("flash_wrp"))
        ok = 0;
    for (i = 0; ok && i < count; i++) {
        unsigned long start, size;
        page_bounds(pages[i], &start, &size);
        if (start + size > FLASH_BYTES) {
            ok = 0;
            break;
        }
        memset(flash + start, 0xFF, size);
        op("ERASE page %u 0x%X", pages[i], command);
    }
    if (!ok)
        op("ERASE %u pages refused 0x%X", count, command);
    send_byte(ok ? ACK : NACK);
}

static void go(void)
{
    int ok;
    unsigned long address;

    send_byte(ACK);
    address = read_address(&ok);
    send_byte(ok ? ACK : NACK);
    op("GO 0x%08lX", address);
    if (ok && !is("flash_silent")) {
        static const char banner[] = "\r\n[app] new firmware up\r\n";
        usleep(50000);
        send_bytes((const unsigned char *)banner, sizeof banner - 1);
    }
}

static int is_strict(void)
{
    return is("strict") || is("late") || is("slow");
}

static void answer_get(void)
{
    unsigned char reply[] = {
        ACK, 11, 0x31, 0x00, 0x01, 0x02, 0x11, 0x21, 0x31, 0x44, 0x63, 0x73, 0x82, 0x92, ACK
    };
    if (is("flash43")) {
        reply[2] = 0x22;
        reply[9] = 0x43;
    }
    if (is("many_commands")) {
        unsigned char all[3 + 255 + 1];
        int i;
        all[0] = ACK;
        all[1] = 255;
        all[2] = 0x31;
        for (i = 0; i < 255; i++)
            all[3 + i] = (unsigned char)i;
        all[3 + 255] = ACK;
        send_bytes(all, sizeof all);
        return;
    }
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
    if (is("slow"))
        usleep(400000);
    static const unsigned char version[] = { ACK, 0x31, 0x00, 0x00, ACK };
    unsigned char id[] = { ACK, 1, 0x04, 0x13, ACK };

    switch (command) {
    case 0x00:
        answer_get();
        break;
    case 0x01:
        send_bytes(version, sizeof version);
        break;
    case 0x02:
        if (is("unknown_id")) {
            id[2] = 0x09;
            id[3] = 0x99;
        }
        if (is("flash43"))
            id[3] = 0x10;
        send_bytes(id, sizeof id);
        break;
    case 0x11:
        if (is("protected") || is("flash_rdp"))
            send_byte(NACK);
        else
            memory_read();
        break;
    case 0x21:
    case 0x31:
    case 0x43:
    case 0x44:
        if (!has_flash() || (is("flash_rdp") && command != 0x21) || (command == 0x43 && !is("flash43")) ||
            (command == 0x44 && is("flash43"))) {
            send_byte(NACK);
            break;
        }
        if (command == 0x31)
            memory_write();
        else if (command == 0x21)
            go();
        else
            memory_erase(command);
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
    char line[80];
    int termios_logged = 0;

    if (argc != 3) {
        fprintf(stderr, "usage: pty_peer SCENARIO LOGFILE\n");
        return 2;
    }
    scenario = argv[1];
    waiting_for_magic = is("magic") || is("flash_magic");
    log_file = fopen(argv[2], "wb");
    {
        char ops_name[512];
        snprintf(ops_name, sizeof ops_name, "%s.ops", argv[2]);
        ops_file = fopen(ops_name, "w");
        if (ops_file == NULL)
            return 1;
    }
    /* an old application: its vector table, the rest erased */
    memset(flash, 0xFF, sizeof flash);
    memcpy(flash, "\x00\x10\x00\x20\x01\x01\x00\x08", 8);
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
        if (!termios_logged) {
            struct termios now;
            char name[512];
            FILE *f;
            termios_logged = 1;
            snprintf(name, sizeof name, "%s.termios", argv[2]);
            f = fopen(name, "w");
            if (f != NULL && tcgetattr(slave_fd, &now) == 0)
                fprintf(f, "crtscts=%d hupcl=%d\n", (now.c_cflag & CRTSCTS) != 0, (now.c_cflag & HUPCL) != 0);
            if (f != NULL)
                fclose(f);
        }

        if (waiting_for_magic) {
            /* magic: the first non-empty line (empty ones come before it);
             * flash_magic: a line that is exactly the default magic */
            if (byte != '\r' && byte != '\n') {
                if (line_length + 1 < sizeof line)
                    line[line_length] = (char)byte;
                line_length++;
            } else if (byte == '\n' && line_length > 0) {
                line[line_length < sizeof line ? line_length : sizeof line - 1] = '\0';
                if (!is("flash_magic") || strcmp(line, "sysboot:enter-bootloader") == 0)
                    waiting_for_magic = 0;
                line_length = 0;
            }
            continue;
        }
        if (is("no_answer"))
            continue;
        if (!have_command && byte == 0x7F && !(is_strict() && syncs_seen > 0)) {
            syncs_seen++;
            if (is("late") && syncs_seen == 1)
                usleep(260000);
            if (is("slow"))
                usleep(400000);
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

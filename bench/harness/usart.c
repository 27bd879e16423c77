/* The bench USART (see usart.h). */
#define _DEFAULT_SOURCE /* cfmakeraw */
#define _XOPEN_SOURCE 600 /* posix_openpt */
#include "usart.h"

#include "machine.h"

#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#define SR_TXE  (1u << 7)
#define SR_TC   (1u << 6)
#define SR_RXNE (1u << 5)

static int master = -1, slave_hold = -1;
static uint8_t rx_byte;
static int rx_full;
static unsigned idle_polls;
/* --line-rate: one byte each way per byte time (10 bits: 8N1), as a UART
 * at that baud moves them; 0 = as fast as the pty goes */
static uint64_t byte_ns, next_rx_ns, next_tx_ns;

static uint64_t now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

/* Sleeps until `when` (absolute): no spinning, the host process needs the
 * CPU. A wake-up late by the timer's slack is made up by the schedule
 * below, which lets a few bytes follow at once after a late one. */
static void sleep_until(uint64_t when)
{
    struct timespec at;
    if (when <= now_ns())
        return;
    at.tv_sec = (time_t)(when / 1000000000u);
    at.tv_nsec = (long)(when % 1000000000u);
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &at, NULL) != 0) {
    }
}

/* When the next byte is through: one byte time after this one; after an
 * idle line, one byte time from now (a sleep's lateness within a stream is
 * made up, an idle line gives no credit). */
static uint64_t next_slot(uint64_t last)
{
    uint64_t now = now_ns();
    return (last + 2 * byte_ns < now ? now : last) + byte_ns;
}

void usart_set_line_rate(unsigned baud)
{
    byte_ns = baud ? 10000000000ull / baud : 0;
}

int usart_open_pty(const char *link)
{
    struct termios t;
    const char *name;
    master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0)
        return -1;
    tcgetattr(master, &t);
    cfmakeraw(&t);
    tcsetattr(master, TCSANOW, &t);
    name = ptsname(master);
    /* Hold the slave open so nothing the guest sends is lost (or EIO'd)
     * between the client's open and close. */
    slave_hold = open(name, O_RDWR | O_NOCTTY);
    unlink(link);
    if (symlink(name, link) != 0)
        return -1;
    fprintf(stderr, "[uc] bench USART %08X on %s -> %s\n", (unsigned)bench_m.board->usart_base, name, link);
    return 0;
}

void usart_close(void)
{
    if (master >= 0) {
        tcdrain(master);
        struct timespec linger = { 0, 200000000L };   /* let the client read the last ACK */
        nanosleep(&linger, NULL);
        close(master);
    }
    if (slave_hold >= 0)
        close(slave_hold);
}

static void poll_rx(int wait_ms)
{
    struct pollfd p;
    if (rx_full || master < 0)
        return;
    p.fd = master;
    p.events = POLLIN;
    p.revents = 0;
    if (poll(&p, 1, wait_ms) > 0 && (p.revents & POLLIN)) {
        if (byte_ns) {                       /* the byte has not fully arrived yet */
            sleep_until(next_rx_ns);
            next_rx_ns = next_slot(next_rx_ns);
        }
        if (read(master, &rx_byte, 1) == 1)
            rx_full = 1;
    }
}

static int is_status(uint32_t off)
{
    return off == (bench_m.board->usart_v1 ? 0x00u : 0x1Cu);
}

static int is_rx_data(uint32_t off)
{
    return off == (bench_m.board->usart_v1 ? 0x04u : 0x24u);
}

static int is_tx_data(uint32_t off)
{
    return off == (bench_m.board->usart_v1 ? 0x04u : 0x28u);
}

uint32_t usart_read(uint32_t off)
{
    if (is_status(off)) {
        /* sleep only once the guest spins on an empty receiver: keeps the
         * instruction count (and the CPU) low while the client thinks */
        poll_rx(idle_polls > 256 ? 1 : 0);
        idle_polls = rx_full ? 0 : idle_polls + 1;
        return SR_TXE | SR_TC | (rx_full ? SR_RXNE : 0);
    }
    if (is_rx_data(off)) {
        poll_rx(0);
        rx_full = 0;
        return rx_byte;
    }
    return 0;
}

/* The application's console lines, copied into the run's log: what a
 * client on the pty read (or lost to its own input flush) stays on record.
 * The ROM's protocol bytes are not text and stay out. */
static void log_console(uint8_t c)
{
    static char line[160];
    static unsigned used;
    uint32_t pc = bench_pc();
    if (pc >= bench_m.sysmem_map_base && pc < bench_m.sysmem_map_base + bench_m.sysmem_map_size)
        return;
    if (c == '\n' || used == sizeof line - 1) {
        line[used] = 0;
        printf("[usart] %s\n", line);
        fflush(stdout);
        used = 0;
    } else if (c != '\r') {
        line[used++] = (char)c;
    }
}

void usart_write(uint32_t off, uint32_t v)
{
    uint8_t c = (uint8_t)v;
    if (!is_tx_data(off))
        return;
    log_console(c);
    if (byte_ns) {                           /* the shift register is still busy */
        sleep_until(next_tx_ns);
        next_tx_ns = next_slot(next_tx_ns);
    }
    if (master >= 0 && write(master, &c, 1) != 1)
        perror("usart");
}

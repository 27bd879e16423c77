/* termios backend. libserialport cannot open /dev/pts/N on Linux (it
 * requires a sysfs entry), and ptys are how the emulated bench and the
 * tests stand in for a board, so ptys are opened here instead. */
#ifndef _WIN32
#define _DEFAULT_SOURCE
#define _DARWIN_C_SOURCE

#include "serial_termios.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include "clock.h"

struct baud_speed {
    unsigned baud;
    speed_t speed;
};

static const struct baud_speed baud_speeds[] = {
    { 1200, B1200 },     { 2400, B2400 },     { 4800, B4800 },
    { 9600, B9600 },     { 19200, B19200 },   { 38400, B38400 },
    { 57600, B57600 },   { 115200, B115200 }, { 230400, B230400 },
#ifdef B460800
    { 460800, B460800 },
#endif
#ifdef B921600
    { 921600, B921600 },
#endif
#ifdef B1000000
    { 1000000, B1000000 },
#endif
#ifdef B2000000
    { 2000000, B2000000 },
#endif
};

static int speed_for_baud(unsigned baud, speed_t *speed)
{
    size_t i;

    for (i = 0; i < sizeof baud_speeds / sizeof baud_speeds[0]; i++) {
        if (baud_speeds[i].baud == baud) {
            *speed = baud_speeds[i].speed;
            return 0;
        }
    }
    return -1;
}

int termios_configure(int fd, const struct serial_settings *settings,
                      char *error, size_t error_size)
{
    struct termios mode, taken;
    speed_t speed;

    errno = 0;
    if (speed_for_baud(settings->baud, &speed) != 0) {
        snprintf(error, error_size, "baud rate %u is not a standard termios speed", settings->baud);
        return -1;
    }
    if (tcgetattr(fd, &mode) != 0) {
        snprintf(error, error_size, "not a terminal: %s", strerror(errno));
        return -1;
    }
    /* Raw bytes both ways: no echo, no line editing, no CR/LF rewriting. */
    mode.c_iflag &= ~(tcflag_t)(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR
                                | ICRNL | IXON | IXOFF | IXANY | INPCK);
    mode.c_oflag &= ~(tcflag_t)OPOST;
    mode.c_lflag &= ~(tcflag_t)(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
    /* no hardware flow control (a CTS held low would stall every write and
     * drain) and no hang-up at close (DTR/RTS would drop: a reset on boards
     * that wire them to NRST) */
    mode.c_cflag &= ~(tcflag_t)(CSIZE | PARENB | PARODD | CSTOPB | CRTSCTS | HUPCL);
    mode.c_cflag |= CS8 | CLOCAL | CREAD;
    if (settings->parity == SERIAL_PARITY_EVEN)
        mode.c_cflag |= PARENB;
    mode.c_cc[VMIN] = 0;
    mode.c_cc[VTIME] = 0;
    cfsetispeed(&mode, speed);
    cfsetospeed(&mode, speed);
    /* POSIX: tcsetattr succeeds when any of the changes took; a Linux pty
     * drops PARENB (or refuses it with EINVAL), so read the result back. */
    if (tcsetattr(fd, TCSANOW, &mode) != 0 || tcgetattr(fd, &taken) != 0 ||
        (taken.c_cflag & (PARENB | CRTSCTS | HUPCL)) != (mode.c_cflag & (PARENB | CRTSCTS | HUPCL))) {
        snprintf(error, error_size, "cannot configure: %s%s", errno != 0 ? strerror(errno) : "settings not taken",
                 settings->parity == SERIAL_PARITY_EVEN
                     ? " (ptys and some USB bridges cannot do even parity: try --parity none)"
                     : "");
        return -1;
    }
    return 0;
}

int termios_open(const char *path, char *error, size_t error_size)
{
    int fd = open(path, O_RDWR | O_NOCTTY | O_NONBLOCK);

    if (fd < 0)
        snprintf(error, error_size, "%s", strerror(errno));
    return fd;
}

int termios_claim(int fd, struct termios_saved *saved, char *error, size_t error_size)
{
    saved->valid = 0;
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
        snprintf(error, error_size, "%s", errno == EWOULDBLOCK
                 ? "in use by another program (it holds the port's lock): two runs on one port would "
                   "interleave"
                 : strerror(errno));
        return -1;
    }
#ifdef TIOCEXCL
    (void)ioctl(fd, TIOCEXCL);          /* further opens fail, except root's */
#endif
    if (tcgetattr(fd, &saved->mode) == 0)
        saved->valid = 1;
    return 0;
}

void termios_release(int fd, const struct termios_saved *saved)
{
    if (saved->valid) {
        struct termios mode = saved->mode;
        mode.c_cflag &= ~(tcflag_t)HUPCL;
        (void)tcsetattr(fd, TCSANOW, &mode);
    }
#ifdef TIOCNXCL
    (void)ioctl(fd, TIOCNXCL);
#endif
    (void)flock(fd, LOCK_UN);
}

int termios_read(int fd, uint8_t *buffer, size_t length, unsigned timeout_ms, unsigned byte_us)
{
    size_t got = 0;
    uint64_t deadline = clock_now_ms() + timeout_ms;

    while (got < length) {
        struct pollfd watch;
        uint64_t now = clock_now_ms();
        ssize_t count;
        int ready;

        if (now >= deadline)
            break;
        watch.fd = fd;
        watch.events = POLLIN;
        watch.revents = 0;
        ready = poll(&watch, 1, (int)(deadline - now));
        if (ready < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        if (ready == 0)
            break;
        if ((watch.revents & POLLIN) == 0)
            return -1; /* POLLHUP/POLLERR with nothing left to read: the peer is gone */
        count = read(fd, buffer + got, length - got);
        if (count < 0 && (errno == EAGAIN || errno == EINTR))
            continue;
        if (count <= 0)
            return -1; /* EIO on a pty whose master closed, or end of file */
        got += (size_t)count;
        /* the rest cannot arrive before the line has carried it: wait for
         * most of it at once rather than waking for every byte */
        if (got < length && byte_us > 0 && (length - got) * byte_us > 2000u) {
            uint64_t ready_at = clock_now_ms() + (length - got - 1) * byte_us / 1000u;
            clock_sleep_ms((unsigned)((ready_at < deadline ? ready_at : deadline) - clock_now_ms()));
        }
    }
    return (int)got;
}

int termios_write(int fd, const uint8_t *data, size_t length, unsigned timeout_ms)
{
    size_t sent = 0;
    uint64_t deadline = clock_now_ms() + timeout_ms;

    /* write at once; wait (poll) only while the output queue is full */
    while (sent < length) {
        struct pollfd watch;
        uint64_t now;
        ssize_t count = write(fd, data + sent, length - sent);

        if (count > 0) {
            sent += (size_t)count;
            continue;
        }
        if (count < 0 && errno == EINTR)
            continue;
        if (count == 0 || errno != EAGAIN)
            return -1;              /* EIO: the port hung up */
        now = clock_now_ms();
        if (now >= deadline)
            return -1;
        watch.fd = fd;
        watch.events = POLLOUT;
        watch.revents = 0;
        if (poll(&watch, 1, (int)(deadline - now)) < 0 && errno != EINTR)
            return -1;
        if ((watch.revents & (POLLERR | POLLHUP)) != 0)
            return -1;
    }
    return (int)length;
}

void termios_discard_input(int fd)
{
    tcflush(fd, TCIFLUSH);
}

int termios_set_dtr(int fd, int on)
{
    int bits = TIOCM_DTR;

    return ioctl(fd, on ? TIOCMBIS : TIOCMBIC, &bits) == 0 ? 0 : -1;
}

int termios_drain(int fd, unsigned limit_ms)
{
    uint64_t deadline = clock_now_ms() + limit_ms;
#ifdef TIOCOUTQ
    int queued = 0;

    while (ioctl(fd, TIOCOUTQ, &queued) == 0 && queued > 0) {
        if (clock_now_ms() >= deadline)
            return -1;
        clock_sleep_ms(1);
    }
    return 0;
#else
    (void)deadline;
    return tcdrain(fd) == 0 ? 0 : -1;   /* no queue count here: unbounded */
#endif
}

void termios_close(int fd)
{
    close(fd);
}
#else
/* ISO C forbids an empty translation unit. */
typedef int serial_termios_unused_on_windows;
#endif

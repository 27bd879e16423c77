/* The one place that knows how each platform tells time. */
#ifndef _WIN32
#define _POSIX_C_SOURCE 200809L
#endif

#include "clock.h"

#ifdef _WIN32
#include <windows.h>

uint64_t clock_now_ms(void)
{
    return (uint64_t)GetTickCount64();
}

void clock_sleep_ms(unsigned milliseconds)
{
    Sleep(milliseconds);
}
#else
#include <time.h>

uint64_t clock_now_ms(void)
{
    struct timespec now;

    clock_gettime(CLOCK_MONOTONIC, &now);
    return (uint64_t)now.tv_sec * 1000u + (uint64_t)now.tv_nsec / 1000000u;
}

void clock_sleep_ms(unsigned milliseconds)
{
    struct timespec pause;

    pause.tv_sec = (time_t)(milliseconds / 1000u);
    pause.tv_nsec = (long)(milliseconds % 1000u) * 1000000L;
    while (nanosleep(&pause, &pause) != 0) {
        /* interrupted by a signal: sleep what is left */
    }
}
#endif

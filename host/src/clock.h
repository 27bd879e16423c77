/* Monotonic milliseconds and sleeping, for deadlines and retry pauses. */
#ifndef SYSBOOT_HOST_CLOCK_H
#define SYSBOOT_HOST_CLOCK_H

#include <stdint.h>

uint64_t clock_now_ms(void);
void clock_sleep_ms(unsigned milliseconds);

#endif

/*
 * The USB disconnect hold: a busy-wait that needs no SysTick, HAL tick or
 * interrupt, and lasts at least the asked time at any core clock.
 *
 * The current clock is unknown (the application set it), so the loop counts
 * iterations as if the core ran at the fastest clock of its line, one cycle
 * per iteration: at any real clock and flash latency each iteration takes at
 * least that long, so the hold is never short; at a slower clock it is
 * longer in proportion. DWT CYCCNT would make no difference (it counts the
 * same unknown clock) and is absent on Cortex-M0/M0+.
 */
#include "peripherals.h"

#define SYSBOOT_FALLBACK_MAX_HZ 600000000u   /* the fastest STM32 the database knows */

#define SYSBOOT_MAX_CLOCK_ROW(key, max_hz, source) [SYSBOOT_PROFILE_##key] = max_hz,

static const uint32_t sysboot_max_clocks[SYSBOOT_PROFILE_COUNT] = {
#define SYSBOOT_MAX_CLOCK SYSBOOT_MAX_CLOCK_ROW
#include "data_rows.h"
};

uint32_t sysboot_max_clock_of(const sysboot_device *d)
{
    uint32_t hz = sysboot_max_clocks[SYSBOOT_PROFILE_INDEX(d)];
    return hz != 0u ? hz : SYSBOOT_FALLBACK_MAX_HZ;
}

void sysboot_hold_ms(const sysboot_device *d, uint32_t ms)
{
    uint32_t per_ms = sysboot_max_clock_of(d) / 1000u;
    uint32_t m;

    sysboot_watchdog_service(d);
    for (m = 0; m < ms; m++) {
        uint32_t left = per_ms;
        while (left != 0u) {
            uint32_t step = left < SYSBOOT_HOLD_STEP ? left : SYSBOOT_HOLD_STEP;
            sysboot_core_spin(step);
            sysboot_watchdog_service(d);   /* within every WWDG tick */
            left -= step;
        }
    }
}

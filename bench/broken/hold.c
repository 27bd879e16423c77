/*
 * A deliberately broken sysboot_hold_ms(), written for the bench. It
 * replaces the library's (weakened) definition; each variant must make a
 * USB or watchdog scenario FAIL.
 *   BROKEN_HOLD_AT_HSI     iterations sized for an 8 MHz reset clock (HSI) instead
 *                          of the line's max clock: too short wherever the
 *                          application runs faster               -> usb (hold)
 *   BROKEN_HOLD_NO_REFRESH the right length, no watchdog fed    -> iwdg, wwdg
 */
#include "peripherals.h"
#include "core.h"

#define HSI_HZ 8000000u

void sysboot_hold_ms(const sysboot_device *d, uint32_t ms)
{
#if defined(BROKEN_HOLD_AT_HSI)
    uint32_t per_ms = HSI_HZ / 1000u;
    (void)d;
#else
    uint32_t per_ms = sysboot_max_clock_of(d) / 1000u;
#endif
    uint32_t m;

    for (m = 0; m < ms; m++) {
        uint32_t left = per_ms;
        while (left != 0u) {
            uint32_t step = left < SYSBOOT_HOLD_STEP ? left : SYSBOOT_HOLD_STEP;
            sysboot_core_spin(step);
#if !defined(BROKEN_HOLD_NO_REFRESH)
            sysboot_watchdog_service(d);
#endif
            left -= step;
        }
    }
}

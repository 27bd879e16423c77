/*
 * Resets: the system reset the library causes (reset.c), and the
 * reset-cause flags, sticky until RMVF. sysboot_enter() clears them before
 * its reset, so that only that reset's software-reset flag serves the
 * request; the direct path, in an image with sysboot_early(), clears them
 * before it leaves for the ROM, so a return without a reset does not read
 * as power-on. The clean reset sysboot_early() causes after the ROM leaves
 * them: the record's state says what that reset was.
 */
#ifndef SYSBOOT_RESET_H
#define SYSBOOT_RESET_H

#include "line.h"
#include "hw.h"

/* SYSRESETREQ, keeping PRIGROUP. Never returns. */
SYSBOOT_NORETURN void sysboot_system_reset(void);

/* Clear the reset flags (RMVF), so the next reset's are the only ones. */
static inline void sysboot_reset_flags_clear(const sysboot_device *d)
{
    const sysboot_profile *p = sysboot_facts(d);

    if (p->reset_reg != 0u && p->reset_clear_mask != 0u)
        sysboot_hw_set_bits(p->reset_reg, p->reset_clear_mask);
}

#endif /* SYSBOOT_RESET_H */

/* Boards for the USB and watchdog tests: a chip whose application left its
 * USB blocks clocked and running, and helpers that look at what the
 * library wrote to them. */
#ifndef SYSBOOT_TEST_USB_BOARD_H
#define SYSBOOT_TEST_USB_BOARD_H
#include "fake.h"
#include "hook.h"
#include "../../src/peripherals.h"
#include "../../src/record.h"

#include <stddef.h>

#define TEST_HOLD_MS 2u   /* short holds keep the exhaustive tests fast */

/* The board's reset-cause register: sysboot_enter() clears its flags, and
 * on some lines its address is another family's USB clock register (L1
 * RCC_CSR = F4 RCC_AHB2ENR), which is not a USB access. */
static uint32_t usb_board_reset_reg;
static unsigned usb_board_profile;

static inline const sysboot_device *usb_board(uint32_t dev_id)
{
    const sysboot_device *d = sysboot_lookup(dev_id);
    sysboot_usb_config cfg = { TEST_HOLD_MS, 0u, 0u, 0u };
    usb_board_reset_reg = d != NULL ? sysboot_facts(d)->reset_reg : 0u;
    usb_board_profile = d != NULL ? d->profile : 0u;
    fake_clear();
    hook_reset();
    sysboot_usb_configure(&cfg);
    if (d != NULL)
        fake_board(d, 0);
    sysboot_record_set(SYSBOOT_STATE_IDLE, 0u);   /* sysboot_early() ran */
    fake_spin_clear(0u, 0u);
    return d;
}

/* Blocks of d's profile, whatever d's interfaces say. */
static inline unsigned blocks_of(const sysboot_device *d, const sysboot_usb_block **out, unsigned max)
{
    unsigned count, i, n = 0;
    const sysboot_usb_block *all = sysboot_usb_blocks(&count);
    for (i = 0; i < count; i++)
        if (all[i].profile == d->profile && n < max)
            out[n++] = &all[i];
    return n;
}

/* The application's USB in full flight: clocks on, pull-ups on, PHYs on. */
static inline unsigned usb_running(const sysboot_device *d)
{
    const sysboot_usb_block *b[4];
    unsigned n = blocks_of(d, b, 4), k;
    for (k = 0; k < n; k++) {
        fake_poke(b[k]->clock_reg, fake_peek(b[k]->clock_reg) | b[k]->clock_mask);
        if (b[k]->pullup_reg != 0u)
            fake_poke(b[k]->pullup_reg, fake_peek(b[k]->pullup_reg) | b[k]->pullup_mask);
        if (b[k]->kind == SYSBOOT_USB_OTG) {
            fake_poke(b[k]->base + SYSBOOT_OTG_GCCFG, b[k]->phy_mask | 0x00200000u);
            fake_poke(b[k]->base + SYSBOOT_OTG_PCGCCTL, 3u);   /* suspended */
            fake_poke(b[k]->base + SYSBOOT_OTG_GRSTCTL, SYSBOOT_OTG_AHBIDL);
        } else {
            fake_poke(b[k]->base + SYSBOOT_FS_CNTR, 0xBF00u); /* interrupts on */
        }
    }
    return n;
}

/* First logged write that disconnects block b (pull-up off), or -1. */
static inline int disconnect_index(const sysboot_usb_block *b)
{
    unsigned i;
    const fake_write *w = fake_writes();
    for (i = 0; i < fake_write_count(); i++) {
        if (b->kind == SYSBOOT_USB_OTG && w[i].addr == b->base + SYSBOOT_OTG_DCTL &&
            (w[i].value & SYSBOOT_OTG_SDIS) != 0u)
            return (int)i;
        if (b->kind == SYSBOOT_USB_FS && b->pullup_reg != 0u && w[i].addr == b->pullup_reg &&
            (w[i].value & b->pullup_mask) == 0u)
            return (int)i;
        if (b->kind == SYSBOOT_USB_FS && b->pullup_reg == 0u &&
            w[i].addr == b->base + SYSBOOT_FS_CNTR &&
            (w[i].value & (SYSBOOT_FS_FRES | SYSBOOT_FS_PDWN)) == (SYSBOOT_FS_FRES | SYSBOOT_FS_PDWN))
            return (int)i;
    }
    return -1;
}

/* Did anything write to a USB block (FS: its registers and packet memory,
 * 0x800; OTG: its core, 0x1000) or pull-up register of any profile, change
 * a USB clock or sticky enable bit of the board's profile (the register
 * may be written with them as they were: PWREN shares it), or write to
 * `extra`? */
static inline int usb_touched(uint32_t extra)
{
    unsigned count, i, k;
    const sysboot_usb_block *all = sysboot_usb_blocks(&count);
    const fake_write *w = fake_writes();
    for (k = 0; k < fake_write_count(); k++) {
        if (extra != 0u && w[k].addr == extra)
            return 1;
        if (w[k].addr == usb_board_reset_reg)
            continue;
        for (i = 0; i < count; i++) {
            uint32_t changed = w[k].before ^ w[k].value;
            uint32_t span = all[i].kind == SYSBOOT_USB_FS ? 0x800u : 0x1000u;
            int own = all[i].profile == usb_board_profile;
            if (w[k].addr - all[i].base < span ||
                (all[i].pullup_reg != 0u && w[k].addr == all[i].pullup_reg) ||
                (own && w[k].addr == all[i].clock_reg && (changed & all[i].clock_mask) != 0u) ||
                (own && all[i].sticky_reg != 0u && w[k].addr == all[i].sticky_reg &&
                 (changed & all[i].sticky_mask) != 0u))
                return 1;
        }
    }
    return 0;
}

static inline int aircr_index(void)
{
    return fake_find_write(0xE000ED0Cu, 0);
}

static inline unsigned long long hold_iterations(const sysboot_device *d, uint32_t ms)
{
    return (unsigned long long)(sysboot_max_clock_of(d) / 1000u) * ms;
}

#endif

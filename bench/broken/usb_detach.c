/*
 * A deliberately broken sysboot_usb_detach_device(), written for the bench:
 * the library's detach with ONE step wrong, chosen by a define. It replaces
 * the library's (weakened) definition; each variant must make a USB
 * scenario FAIL.
 *   BROKEN_KEEP_PULLUP  no soft disconnect: OTG DCTL.SDIS and GCCFG.PWRDWN,
 *                       FS BCDR.DPPU left as they are (core reset, clock
 *                       gate and hold still done)         -> usb (D+ pull-up)
 *   BROKEN_KEEP_STICKY  the H7 enables that survive a reset not cleared
 *                                                         -> usb/r on H7
 *   BROKEN_ANY_LINE     detaches on lines whose ROM has no USB DFU too
 *                                                         -> usb on F103
 * The D+ GPIO of sysboot_usb_configure() is not driven (no scenario sets one).
 */
#include "peripherals.h"
#include "hw.h"

static void detach_otg(const sysboot_usb_block *b)
{
    sysboot_hw_write(b->base + SYSBOOT_OTG_PCGCCTL, 0u);
#if !defined(BROKEN_KEEP_PULLUP)
    sysboot_hw_set_bits(b->base + SYSBOOT_OTG_DCTL, SYSBOOT_OTG_SDIS);
    sysboot_hw_clear_bits(b->base + SYSBOOT_OTG_GCCFG, b->phy_mask);
#endif
    sysboot_hw_set_bits(b->base + SYSBOOT_OTG_GRSTCTL, SYSBOOT_OTG_CSRST);
}

static void detach_fs(const sysboot_usb_block *b)
{
#if !defined(BROKEN_KEEP_PULLUP)
    if (b->pullup_reg != 0u)
        sysboot_hw_clear_bits(b->pullup_reg, b->pullup_mask);
#endif
    sysboot_hw_write(b->base + SYSBOOT_FS_CNTR, SYSBOOT_FS_FRES | SYSBOOT_FS_PDWN);
}

unsigned sysboot_usb_detach_device(const sysboot_device *d)
{
    unsigned i, count, detached = 0;
    const sysboot_usb_block *blocks = sysboot_usb_blocks(&count);

#if !defined(BROKEN_ANY_LINE)
    if ((d->interfaces & SYSBOOT_IF_USB_DFU) == 0u)
        return 0;
#endif
    for (i = 0; i < count; i++) {
        const sysboot_usb_block *b = &blocks[i];
        if (b->profile != d->profile)
            continue;
        if ((sysboot_hw_read(b->clock_reg) & b->clock_mask) != 0u) {
            if (b->kind == SYSBOOT_USB_OTG)
                detach_otg(b);
            else
                detach_fs(b);
            sysboot_hw_clear_bits(b->clock_reg, b->clock_mask);
            detached++;
        }
#if !defined(BROKEN_KEEP_STICKY)
        if (b->sticky_reg != 0u)
            sysboot_hw_clear_bits(b->sticky_reg, b->sticky_mask);
#endif
    }
    if (detached != 0u)
        sysboot_hold_ms(d, sysboot_usb_hold_ms());
    return detached;
}

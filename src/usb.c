/*
 * USB detach before the hand-over (docs/failure-modes.md): the host must see
 * the application's device leave (D+ low long enough) before the ROM's DFU
 * device pulls D+ up, and the ROM must find the USB block in reset state.
 */
#include "peripherals.h"
#include "hw.h"

#include <stddef.h>

#ifndef SYSBOOT_USB_DETACH_MS
#define SYSBOOT_USB_DETACH_MS 50u   /* hosts notice a disconnect in 2.5 us..10 ms; some hubs need more */
#endif

#define SYSBOOT_USB_ROW(key, kind, base, clk_reg, clk_mask, pullup_reg, pullup_mask,    \
                        phy_mask, sticky_reg, sticky_mask, source)                      \
    { SYSBOOT_PROFILE_##key, SYSBOOT_USB_##kind, base, clk_reg, clk_mask,               \
      pullup_reg, pullup_mask, phy_mask, sticky_reg, sticky_mask },

/* A profile may own several blocks (F4: OTG FS and OTG HS), so this is a
 * list keyed by profile rather than a table indexed by it; the last entry
 * only keeps the array non-empty in one-series builds. */
static const sysboot_usb_block sysboot_usb_table[] = {
#define SYSBOOT_USB SYSBOOT_USB_ROW
#include "data_rows.h"
    { SYSBOOT_PROFILE_COUNT, 0, 0, 0, 0, 0, 0, 0, 0, 0 }
};

static sysboot_usb_config usb_config;   /* zero: the defaults */

const sysboot_usb_block *sysboot_usb_blocks(unsigned *count)
{
    *count = (unsigned)(sizeof sysboot_usb_table / sizeof sysboot_usb_table[0]) - 1u;
    return sysboot_usb_table;
}

void sysboot_usb_configure(const sysboot_usb_config *config)
{
    /* Field by field: a struct copy may become a memcpy/memset call, which a
     * freestanding build without a C library cannot link (Cortex-M0 -Os). */
    usb_config.hold_ms = config != NULL ? config->hold_ms : 0u;
    usb_config.dplus_bsrr = config != NULL ? config->dplus_bsrr : 0u;
    usb_config.dplus_pin = config != NULL ? config->dplus_pin : 0u;
    usb_config.dplus_off_level = config != NULL ? config->dplus_off_level : 0u;
}

uint32_t sysboot_usb_hold_ms(void)
{
    return usb_config.hold_ms != 0u ? usb_config.hold_ms : SYSBOOT_USB_DETACH_MS;
}

/* OTG core: transceiver off drops the D+ pull-up, the core reset leaves
 * nothing half-configured for the ROM (or for the application after a
 * return), and the soft disconnect comes last: the reset puts every core
 * register, DCTL.SDIS included, back to its reset value. */
static void detach_otg(uint32_t base, uint32_t phy_mask)
{
    unsigned polls;

    /* A suspended core with its PHY clock stopped ignores register writes. */
    sysboot_hw_write(base + SYSBOOT_OTG_PCGCCTL, 0u);
    if (phy_mask != 0u)
        sysboot_hw_clear_bits(base + SYSBOOT_OTG_GCCFG, phy_mask);
    for (polls = 0; polls < SYSBOOT_OTG_RESET_POLLS; polls++) {
        if ((sysboot_hw_read(base + SYSBOOT_OTG_GRSTCTL) & SYSBOOT_OTG_AHBIDL) != 0u)
            break;
    }
    sysboot_hw_set_bits(base + SYSBOOT_OTG_GRSTCTL, SYSBOOT_OTG_CSRST);
    for (polls = 0; polls < SYSBOOT_OTG_RESET_POLLS; polls++) {
        if ((sysboot_hw_read(base + SYSBOOT_OTG_GRSTCTL) & SYSBOOT_OTG_CSRST) == 0u)
            break;
    }
    sysboot_hw_set_bits(base + SYSBOOT_OTG_DCTL, SYSBOOT_OTG_SDIS);
}

/* FS device block: pull-up off where it is internal, then force reset and
 * power down (FRES|PDWN also masks every USB interrupt). */
static void detach_fs(const sysboot_usb_block *b)
{
    if (b->pullup_reg != 0u)
        sysboot_hw_clear_bits(b->pullup_reg, b->pullup_mask);
    sysboot_hw_write(b->base + SYSBOOT_FS_CNTR, SYSBOOT_FS_FRES | SYSBOOT_FS_PDWN);
}

static void drive_dplus_off(void)
{
    uint32_t pin = usb_config.dplus_pin & 15u;
    /* BSRR: bits 0-15 set the pin, bits 16-31 reset it. */
    sysboot_hw_write(usb_config.dplus_bsrr,
                     usb_config.dplus_off_level != 0u ? (1u << pin) : (1u << (pin + 16u)));
}

/* Detach one block of the line; 1 if it was running. Inlined into each
 * visit of a build that names its line, so every fact of the block folds to
 * a constant and neither the blocks nor the other kinds' steps are linked. */
static SYSBOOT_ALWAYS_INLINE unsigned detach_block(const sysboot_usb_block *b)
{
    unsigned detached = 0;

    /* Only a clocked block is touched: a gated one reads 0 or faults,
     * ignores writes, and drives no pull-up. A block the line lacks has a
     * reserved clock bit that reads 0, so it is skipped too. */
    if ((sysboot_hw_read(b->clock_reg) & b->clock_mask) != 0u) {
        if (b->kind == SYSBOOT_USB_OTG)
            detach_otg(b->base, b->phy_mask);
        else
            detach_fs(b);
        /* Gated, the block stays quiet until the ROM clocks it again. */
        sysboot_hw_clear_bits(b->clock_reg, b->clock_mask);
        detached = 1;
    }
    /* H7: these enables survive the system reset and leave the ROM's USB
     * dead; clear them whatever the block's state. */
    if (b->sticky_reg != 0u && (sysboot_hw_read(b->sticky_reg) & b->sticky_mask) != 0u)
        sysboot_hw_clear_bits(b->sticky_reg, b->sticky_mask);
    return detached;
}

#if SYSBOOT_TARGETED
/* A build that names its line visits its profile's blocks only: each row
 * becomes a constant block, the others compile to nothing. */
#define SYSBOOT_USB_VISIT(key, kind, base, clk_reg, clk_mask, pullup_reg, pullup_mask,          \
                          phy_mask, sticky_reg, sticky_mask, source)                            \
    if ((int)SYSBOOT_PROFILE_##key == (int)SYSBOOT_LINE_PROFILE) {                              \
        static const sysboot_usb_block block = { SYSBOOT_PROFILE_##key, SYSBOOT_USB_##kind,     \
            base, clk_reg, clk_mask, pullup_reg, pullup_mask, phy_mask, sticky_reg, sticky_mask }; \
        detached += detach_block(&block);                                                       \
    }
#endif

unsigned sysboot_usb_detach_device(const sysboot_device *d)
{
    unsigned detached = 0;

#if SYSBOOT_TARGETED
    (void)detach_block; /* a line without USB rows visits none */
#define SYSBOOT_USB SYSBOOT_USB_VISIT
#include "data_rows.h"
#else
    unsigned i;
    for (i = 0; sysboot_usb_table[i].profile != SYSBOOT_PROFILE_COUNT; i++)
        if (sysboot_usb_table[i].profile == SYSBOOT_PROFILE_INDEX(d))
            detached += detach_block(&sysboot_usb_table[i]);
#endif
    if (usb_config.dplus_bsrr != 0u) {
        drive_dplus_off();
        detached++;
    }
    if (detached != 0u)
        sysboot_hold_ms(d, sysboot_usb_hold_ms());
    return detached;
}

sysboot_status sysboot_usb_detach(void)
{
    const sysboot_device *d = sysboot_identify();

    if (d == NULL)
        return SYSBOOT_ERR_UNKNOWN_DEVICE;
    /* The ROM has no USB DFU here: the application's USB is none of the
     * hand-over's business, and nothing USB is touched. */
    if ((sysboot_row(d)->interfaces & SYSBOOT_IF_USB_DFU) != 0u)
        (void)sysboot_usb_detach_device(d);
    return SYSBOOT_OK;
}

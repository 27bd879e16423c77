/*
 * The USB device blocks of the board's SYSBOOT_USB rows, as the host on the
 * other end of the cable sees them: whether D+ is pulled up, when it was
 * released, and how long it stayed released before the ROM ran.
 *
 * D+ follows the register state, not the clock: OTG pulls up while DCTL.SDIS
 * is 0 and GCCFG has the transceiver on (the row's phy_mask); an FS block
 * while its pull-up bit (the row's pullup_reg/mask) is set. Gating a block's
 * clock freezes its registers (writes lost, reads 0) and drops nothing.
 * PCGCCTL.STPPCLK makes the core ignore DCTL; GRSTCTL reads AHBIDL and
 * CSRST clears itself. A system reset puts the blocks back to reset state
 * (D+ released) and clears their clock enables, except the row's sticky
 * enables (H7), which survive it.
 */
#ifndef BENCH_USB_MODEL_H
#define BENCH_USB_MODEL_H

#include "board.h"

#include <stdint.h>

/* The library's default hold, SYSBOOT_USB_DETACH_MS in src/usb.c. */
#define BENCH_USB_DETACH_MS_DEFAULT 50u

/* Facts for `bench-uc --boards`:
 *   usb      the ROM has USB DFU and every block has an internal pull-up the
 *            library can drop (F3 has none: its board pull-up needs a GPIO)
 *   otg, usbfs, usbsticky   the kinds of block the profile lists
 *   nodfu    the profile lists USB blocks but this line's ROM has no DFU */
void usb_model_print_facts(const bench_board *b);

void usb_model_power_on(void);      /* also describes the blocks in bench_ctl */
void usb_model_system_reset(void);
/* Register access: 1 if addr belongs to a modelled block (then handled). */
int usb_model_read(uint32_t addr, uint32_t *value);
int usb_model_write(uint32_t addr, uint32_t value);

/* What the ROM-entry check judges. */
typedef struct {
    int dfu;                  /* the ROM has USB DFU: the hand-over detaches */
    int connected_before;     /* the application had D+ pulled up */
    unsigned pulled_up;       /* blocks pulling D+ up now */
    int pulled_up_at_reset;   /* a system reset found D+ still pulled up */
    uint64_t held;            /* instructions since the host saw D+ drop */
    uint64_t hold_needed;     /* the configured hold at the line's max clock */
    uint32_t hold_ms;
    uint32_t sticky_reg, sticky_left;   /* reset-surviving enables still set */
    unsigned touched;         /* USB accesses after the request (no-DFU lines) */
    uint32_t touched_addr, touched_pc;
} usb_view;

void usb_model_view(usb_view *v);

#endif

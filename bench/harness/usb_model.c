/* The USB device blocks (see usb_model.h). */
#include "usb_model.h"

#include "../common/bench_ctl.h"
#include "machine.h"
#include "soc.h"
#include "sysboot.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

enum { USB_KIND_OTG = 1, USB_KIND_FS = 2 };

typedef struct {
    const char *profile;
    int kind;
    uint32_t base, clk_reg, clk_mask, pullup_reg, pullup_mask, phy_mask, sticky_reg, sticky_mask;
} usb_row;

static const usb_row usb_rows[] = {
#define SYSBOOT_USB(profile, kind, base, cr, cm, pr, pm, phy, sr, sm, src) \
    { #profile, USB_KIND_##kind, base, cr, cm, pr, pm, phy, sr, sm },
#include "../../data/stm32.def"
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Register offsets, the same on every line of a kind (the data's header). */
#define OTG_GRSTCTL 0x010u
#define OTG_GCCFG   0x038u
#define OTG_DCTL    0x804u
#define OTG_PCGCCTL 0xE00u
#define OTG_SPAN    0x1000u            /* control registers; the FIFOs follow */
#define OTG_CSRST   (1u << 0)
#define OTG_AHBIDL  (1u << 31)
#define OTG_SDIS    (1u << 1)
#define OTG_STPPCLK (1u << 0)
#define FS_CNTR     0x040u
#define FS_SPAN     0x400u
#define FS_CNTR_RESET 0x3u             /* FRES | PDWN */

static struct {
    const usb_row *row[BENCH_USB_BLOCKS_MAX];
    unsigned n;
    int dfu, connected_before, pulled_up_at_reset, was_pulled_up;
    uint64_t released_at;
    unsigned touched;
    uint32_t touched_addr, touched_pc;
} usb;

static int profile_rows(const bench_board *b, const usb_row **out, unsigned max)
{
    unsigned i, n = 0;
    for (i = 0; i < COUNT(usb_rows); i++)
        if (strcmp(usb_rows[i].profile, b->profile_key) == 0 && n < max)
            out[n++] = &usb_rows[i];
    return (int)n;
}

void usb_model_print_facts(const bench_board *b)
{
    const usb_row *rows[BENCH_USB_BLOCKS_MAX];
    int i, n = profile_rows(b, rows, BENCH_USB_BLOCKS_MAX), otg = 0, fs = 0, sticky = 0, internal = n > 0;
    for (i = 0; i < n; i++) {
        otg |= rows[i]->kind == USB_KIND_OTG;
        fs |= rows[i]->kind == USB_KIND_FS;
        sticky |= rows[i]->sticky_reg != 0;
        internal &= rows[i]->kind == USB_KIND_OTG || rows[i]->pullup_reg != 0;
    }
    if (n == 0)
        return;
    if (!(b->interfaces & SYSBOOT_IF_USB_DFU)) {
        printf(" nodfu");
        return;
    }
    if (internal && b->max_core_hz != 0)
        printf(" usb");
    if (otg) printf(" otg");
    if (fs) printf(" usbfs");
    if (sticky) printf(" usbsticky");
}

static uint32_t span(const usb_row *r)
{
    return r->kind == USB_KIND_OTG ? OTG_SPAN : FS_SPAN;
}

static int clocked(const usb_row *r)
{
    return (soc_peek(r->clk_reg) & r->clk_mask) != 0;
}

static int pulls_up(const usb_row *r)
{
    if (r->kind == USB_KIND_OTG)
        return !(soc_peek(r->base + OTG_DCTL) & OTG_SDIS) &&
               (r->phy_mask == 0 || (soc_peek(r->base + OTG_GCCFG) & r->phy_mask) != 0);
    return r->pullup_reg != 0 && (soc_peek(r->pullup_reg) & r->pullup_mask) != 0;
}

static unsigned blocks_pulling_up(void)
{
    unsigned i, n = 0;
    for (i = 0; i < usb.n; i++)
        n += (unsigned)pulls_up(usb.row[i]);
    return n;
}

/* After every change: the host sees D+ drop (or rise) now. */
static void follow_dplus(void)
{
    int up = blocks_pulling_up() != 0;
    if (up && !usb.was_pulled_up) {
        usb.connected_before = 1;
        bench_log("[uc] USB: D+ pulled up at instruction %llu\n", (unsigned long long)bench_m.insns);
    }
    if (!up && usb.was_pulled_up) {
        usb.released_at = bench_m.insns;
        bench_log("[uc] USB: D+ released at instruction %llu (pc %08X)\n", (unsigned long long)bench_m.insns,
                  (unsigned)bench_pc());
    }
    usb.was_pulled_up = up;
}

static void describe_in_ctl(void)
{
    bench_ctl ctl;
    unsigned i;
    memset(&ctl, 0, sizeof ctl);
    ctl.usb_hold_ms = bench_m.usb_hold_ms;
    ctl.usb_blocks = usb.n;
    for (i = 0; i < usb.n; i++) {
        const usb_row *r = usb.row[i];
        ctl.usb[i].otg = r->kind == USB_KIND_OTG;
        ctl.usb[i].base = r->base;
        ctl.usb[i].clk_reg = r->clk_reg;
        ctl.usb[i].clk_bits = r->clk_mask | (r->sticky_reg == r->clk_reg ? r->sticky_mask : 0);
        ctl.usb[i].pullup_reg = r->kind == USB_KIND_OTG ? 0 : r->pullup_reg;
        ctl.usb[i].on_mask = r->kind == USB_KIND_OTG ? r->phy_mask : r->pullup_mask;
    }
    uc_mem_write(bench_m.uc, BENCH_CTL_ADDR + offsetof(bench_ctl, requested), &ctl.requested,
                 offsetof(bench_ctl, iwdg_base) - offsetof(bench_ctl, requested));
}

static void reset_blocks(void)
{
    unsigned i;
    for (i = 0; i < usb.n; i++) {
        const usb_row *r = usb.row[i];
        uint32_t keep = r->sticky_reg == r->clk_reg ? r->sticky_mask : 0;
        soc_poke(r->clk_reg, soc_peek(r->clk_reg) & ~(r->clk_mask & ~keep));
        if (r->kind == USB_KIND_OTG) {
            soc_poke(r->base + OTG_DCTL, 0);
            soc_poke(r->base + OTG_GCCFG, 0);
            soc_poke(r->base + OTG_PCGCCTL, 0);
            soc_poke(r->base + OTG_GRSTCTL, 0);
        } else {
            soc_poke(r->base + FS_CNTR, FS_CNTR_RESET);
            if (r->pullup_reg)
                soc_poke(r->pullup_reg, soc_peek(r->pullup_reg) & ~r->pullup_mask);
        }
    }
}

void usb_model_power_on(void)
{
    const bench_board *b = bench_m.board;
    memset(&usb, 0, sizeof usb);
    usb.n = (unsigned)profile_rows(b, usb.row, BENCH_USB_BLOCKS_MAX);
    usb.dfu = (b->interfaces & SYSBOOT_IF_USB_DFU) != 0;
    reset_blocks();
    describe_in_ctl();
}

void usb_model_system_reset(void)
{
    if (blocks_pulling_up()) {
        usb.pulled_up_at_reset = 1;
        bench_log("[uc] USB: D+ still pulled up at the system reset\n");
    }
    reset_blocks();
    follow_dplus();
}

static uint32_t ctl_requested(void)
{
    uint32_t v = 0;
    uc_mem_read(bench_m.uc, BENCH_CTL_ADDR + offsetof(bench_ctl, requested), &v, 4);
    return v;
}

/* The block (or pull-up register) addr belongs to, or NULL. */
static const usb_row *owner(uint32_t addr)
{
    unsigned i;
    for (i = 0; i < usb.n; i++) {
        const usb_row *r = usb.row[i];
        if ((addr >= r->base && addr < r->base + span(r)) || (r->pullup_reg != 0 && addr == r->pullup_reg))
            return r;
    }
    return NULL;
}

/* Lines without USB DFU: the hand-over has no business with USB at all. */
static void note_access(uint32_t addr)
{
    if (usb.dfu || !ctl_requested())
        return;
    if (usb.touched++ == 0) {
        usb.touched_addr = addr;
        usb.touched_pc = bench_pc();
    }
}

static int in_block(const usb_row *r, uint32_t addr)
{
    return addr >= r->base && addr < r->base + span(r);
}

int usb_model_read(uint32_t addr, uint32_t *value)
{
    const usb_row *r = owner(addr);
    if (r == NULL)
        return 0;
    note_access(addr);
    if (in_block(r, addr) && !clocked(r))
        *value = 0;                                   /* a gated block reads 0 */
    else if (r->kind == USB_KIND_OTG && addr == r->base + OTG_GRSTCTL)
        *value = soc_peek(addr) | OTG_AHBIDL;
    else
        *value = soc_peek(addr);
    return 1;
}

int usb_model_write(uint32_t addr, uint32_t value)
{
    const usb_row *r = owner(addr);
    if (r == NULL)
        return 0;
    note_access(addr);
    if (in_block(r, addr) && !clocked(r)) {
        bench_log("[uc] USB: write %08X to gated block %08X lost\n", (unsigned)value, (unsigned)r->base);
        return 1;
    }
    if (r->kind == USB_KIND_OTG && addr == r->base + OTG_DCTL &&
        (soc_peek(r->base + OTG_PCGCCTL) & OTG_STPPCLK)) {
        bench_log("[uc] USB: DCTL write %08X ignored: PHY clock stopped (PCGCCTL)\n", (unsigned)value);
        return 1;
    }
    if (r->kind == USB_KIND_OTG && addr == r->base + OTG_GRSTCTL)
        value &= ~OTG_CSRST;                          /* the core reset completes at once */
    soc_poke(addr, value);
    follow_dplus();
    return 1;
}

void usb_model_view(usb_view *v)
{
    unsigned i;
    const bench_board *b = bench_m.board;
    memset(v, 0, sizeof *v);
    v->dfu = usb.dfu;
    v->connected_before = usb.connected_before;
    v->pulled_up = blocks_pulling_up();
    v->pulled_up_at_reset = usb.pulled_up_at_reset;
    v->held = usb.released_at <= bench_m.insns ? bench_m.insns - usb.released_at : 0;
    v->hold_ms = bench_m.usb_hold_ms ? bench_m.usb_hold_ms : BENCH_USB_DETACH_MS_DEFAULT;
    v->hold_needed = (uint64_t)v->hold_ms * b->max_core_hz / 1000u;
    for (i = 0; i < usb.n; i++) {
        const usb_row *r = usb.row[i];
        if (r->sticky_reg == 0)
            continue;
        v->sticky_reg = r->sticky_reg;
        v->sticky_left |= soc_peek(r->sticky_reg) & r->sticky_mask;
    }
    v->touched = usb.touched;
    v->touched_addr = usb.touched_addr;
    v->touched_pc = usb.touched_pc;
}

/*
 * Leave peripherals running as a real application would when it asks for
 * the ROM: its USB device connected (and, on OTG, suspended by the host),
 * a watchdog with a short timeout. The blocks are the ones the harness
 * describes in bench_ctl from the board's data rows.
 */
#include "sysboot.h"

#include "../common/bench_ctl.h"
#include "../common/scenario_ids.h"
#include "app.h"

#define OTG_GCCFG   0x038u
#define OTG_DCTL    0x804u
#define OTG_PCGCCTL 0xE00u
#define OTG_SDIS    (1u << 1)
#define OTG_STPPCLK (1u << 0)
#define FS_CNTR     0x040u

/* IWDG: prescaler /4, reload 4: 5 x 4 LSI cycles, about 0.6 ms, shorter
 * than any hold the bench configures (>= 1 ms). */
#define IWDG_RELOAD 4u
/* WWDG: window 0x50 below the 0x7F start, so a refresh is allowed only in
 * the last 17 of 64 steps before the reset. */
#define WWDG_WINDOW 0x50u

static void usb_connect(void)
{
    volatile bench_ctl *ctl = BENCH_CTL;
    sysboot_usb_config config = { 0u, 0u, 0u, 0u };
    uint32_t i;

    config.hold_ms = ctl->usb_hold_ms;
    sysboot_usb_configure(&config);
    for (i = 0; i < ctl->usb_blocks && i < BENCH_USB_BLOCKS_MAX; i++) {
        uint32_t base = ctl->usb[i].base;
        REG32(ctl->usb[i].clk_reg) |= ctl->usb[i].clk_bits;
        if (ctl->usb[i].otg) {
            REG32(base + OTG_GCCFG) |= ctl->usb[i].on_mask;    /* transceiver on */
            REG32(base + OTG_DCTL) &= ~OTG_SDIS;               /* D+ pull-up on */
            REG32(base + OTG_PCGCCTL) = OTG_STPPCLK;           /* bus suspended by the host */
        } else {
            REG32(base + FS_CNTR) = 0;                         /* out of reset and power-down */
            if (ctl->usb[i].pullup_reg != 0)
                REG32(ctl->usb[i].pullup_reg) |= ctl->usb[i].on_mask;
        }
    }
}

static void iwdg_start(void)
{
    uint32_t base = BENCH_CTL->iwdg_base;
    REG32(base + 0x0u) = 0x5555u;      /* KR: unlock PR, RLR */
    REG32(base + 0x4u) = 0;            /* PR: /4 */
    REG32(base + 0x8u) = IWDG_RELOAD;  /* RLR */
    REG32(base + 0x0u) = 0xCCCCu;      /* KR: start */
}

static void wwdg_start(void)
{
    uint32_t base = BENCH_CTL->wwdg_base;
    REG32(base + 0x4u) = WWDG_WINDOW;  /* CFR: W, shortest prescaler */
    REG32(base + 0x0u) = 0xFFu;        /* CR: WDGA, T = 0x7F */
}

/* What the library says about the watchdogs just started, for the harness
 * to compare with the documented flags (expect hazards=...). */
static void report_hazards(void)
{
    BENCH_CTL->hazards = sysboot_hazards(sysboot_identify());
}

void peripherals_for(uint32_t scenario)
{
    switch (scenario) {
    case BENCH_SCN_usb:
        usb_connect();
        break;
    case BENCH_SCN_iwdg:
        usb_connect();
        iwdg_start();
        report_hazards();
        break;
    case BENCH_SCN_wwdg:
        usb_connect();
        wwdg_start();
        report_hazards();
        break;
    case BENCH_SCN_hazards:
        report_hazards();
        break;
    default:
        break;
    }
}

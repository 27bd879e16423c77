/*
 * The bench control block: a few words at the very start of SRAM
 * (0x20000000 on every board) that the harness, the stand-in ROM and the
 * test application share. It is NOLOAD in the application, so neither a
 * reset nor the application's startup code touches it; the unicorn harness
 * (or QEMU's -device loader) fills it at power-on.
 */
#ifndef BENCH_CTL_H
#define BENCH_CTL_H

#include <stdint.h>

#define BENCH_CTL_ADDR 0x20000000u

/* Stand-in behaviour after its entry checks. */
#define BENCH_STANDIN_EXIT    0u  /* report and end the run */
#define BENCH_STANDIN_SERVE   1u  /* answer AN3155 on the bench USART */
#define BENCH_STANDIN_AUTO_GO 2u  /* GO 0x08000000 at once (app -> ROM -> app cycles) */

/* Which library entry the application uses. */
#define BENCH_PATH_DIRECT 0u      /* sysboot_jump_now() */
#define BENCH_PATH_RESET  1u      /* sysboot_enter() */
#define BENCH_PATH_EMPTY  2u      /* sysboot_enter_with(SYSBOOT_OPT_EMPTY_ROUTE) */

/* USB blocks a profile lists at most (F4, H7, U5: two). */
#define BENCH_USB_BLOCKS_MAX 2u

typedef struct {
    uint32_t scenario;      /* BENCH_SCN_* (written at power-on) */
    uint32_t path;          /* BENCH_PATH_* */
    uint32_t standin_mode;  /* BENCH_STANDIN_* */
    uint32_t cycles_target; /* app -> ROM -> app rounds wanted */
    uint32_t resets;        /* system resets so far (harness) */
    uint32_t boots;         /* Reset_Handler runs so far (application) */
    uint32_t rom_entries;   /* stand-in entries so far (stand-in) */
    uint32_t resets_at_go;  /* `resets` when the stand-in last did GO */
    uint32_t app_status;    /* last sysboot status the application got */
    uint32_t reset_cause;   /* QEMU only: the RAM word a test row names as reset-cause register */
    uint32_t standin_fail;  /* stand-in entry checks that failed, summed over entries */
    /* Live peripherals (the usb/iwdg/wwdg/hazards scenarios): the harness
     * describes the board's blocks from its data rows at power-on, so the
     * application needs no addresses of its own. */
    uint32_t requested;     /* application: 1 from the moment it asks for the ROM */
    uint32_t usb_hold_ms;   /* harness: the hold to configure (0: the library's default) */
    uint32_t usb_blocks;    /* harness: entries of usb[] */
    struct {
        uint32_t otg;       /* 1: OTG core, 0: FS device block */
        uint32_t base;
        uint32_t clk_reg;
        uint32_t clk_bits;  /* the clock enable and any enable that survives a reset */
        uint32_t pullup_reg;/* FS: the internal pull-up register; OTG: 0 */
        uint32_t on_mask;   /* FS: the pull-up bit; OTG: GCCFG transceiver-on bits */
    } usb[BENCH_USB_BLOCKS_MAX];
    uint32_t iwdg_base;     /* harness: 0 = none */
    uint32_t wwdg_base;
    uint32_t hazards;       /* application: what sysboot_hazards() returned */
    uint32_t read_protected;/* harness: 1 = the stand-in refuses READ_MEMORY, as a ROM at RDP level 1 */
    uint32_t spare[2];
} bench_ctl;

/* BENCH_CTL_SIZE bytes in apps/app.ld (.bench_ctl): a negative array size
 * stops the build when the block outgrows it. */
#define BENCH_CTL_SIZE 128u
typedef char bench_ctl_fits[sizeof(bench_ctl) <= BENCH_CTL_SIZE ? 1 : -1];

#define BENCH_CTL ((volatile bench_ctl *)BENCH_CTL_ADDR)

/* Where the stand-in keeps its stack: below this offset from the SRAM base,
 * above the application's 4 KiB (see apps/app.ld). */
#define BENCH_STANDIN_STACK_OFFSET 0x1800u
/* The application's RAM: bench_ctl, the record, .data/.bss and its stack. */
#define BENCH_APP_RAM_SIZE 0x1000u

#endif /* BENCH_CTL_H */

/* The check at the first instruction in system memory (see entry_check.h). */
#include "entry_check.h"

#include "dcache.h"
#include "machine.h"
#include "rcc.h"
#include "scs.h"
#include "soc.h"
#include "sysboot.h"
#include "usb_model.h"
#include "watchdog_model.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static uc_hook hook;
static unsigned failures;

static void expect(int ok, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void expect(int ok, const char *fmt, ...)
{
    char msg[160];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (!ok) {
        failures++;
        bench_fail("ROM entry: %s", msg);
    }
    if (!ok || bench_m.verbose)
        printf("[uc] %s %s\n", ok ? "ok  " : "FAIL", msg);
}

/* The host must have seen the application's device leave, for the whole
 * hold, before the ROM (whose DFU device pulls D+ up again) runs; the ROM
 * must not find USB clock enables that survived the reset. On a line whose
 * ROM has no USB DFU the hand-over must leave USB alone. */
static void check_usb(void)
{
    usb_view u;
    usb_model_view(&u);
    if (!u.dfu) {
        expect(u.touched == 0, "nothing USB-related touched on a line without USB DFU (%u accesses, first %08X "
               "at pc %08X)", u.touched, (unsigned)u.touched_addr, (unsigned)u.touched_pc);
        return;
    }
    if (u.sticky_reg)
        expect(u.sticky_left == 0, "USB clock enables that survive a reset are clear (RCC %08X: %08X set)",
               (unsigned)u.sticky_reg, (unsigned)u.sticky_left);
    if (!u.connected_before)
        return;
    expect(u.pulled_up == 0 && !u.pulled_up_at_reset, "USB D+ pull-up off before the %s (%u block(s) pulling up%s)",
           bench_m.resets ? "reset" : "branch", u.pulled_up, u.pulled_up_at_reset ? ", at the reset" : "");
    expect(u.held >= u.hold_needed, "USB disconnect held %llu instructions, at least %llu (%u ms at %u MHz)",
           (unsigned long long)u.held, (unsigned long long)u.hold_needed, (unsigned)u.hold_ms,
           (unsigned)(bench_m.board->max_core_hz / 1000000u));
}

static void check_watchdogs(void)
{
    const char *why;
    unsigned n = watchdog_model_resets(&why);
    expect(n == 0, "no watchdog reset (%u: %s)", n, n ? why : "-");
}

static void on_sysmem_code(uc_engine *uc, uint64_t addr, uint32_t size, void *ud)
{
    const bench_board *b = bench_m.board;
    uint32_t msp, control, primask, basepri, faultmask, xpsr, vec[2], en = 0, pend = 0, word0 = 0;
    unsigned i;
    int v6m = bench_m.core == SYSBOOT_CORE_M0 || bench_m.core == SYSBOOT_CORE_M0P;
    int remap = strcmp(b->profile->remap_kind, "VTOR") != 0;
    (void)size; (void)ud;
    if (bench_m.in_sysmem)
        return;
    bench_m.in_sysmem = 1;
    bench_m.rom_entries++;
    failures = 0;
    uc_reg_read(uc, UC_ARM_REG_MSP, &msp);
    uc_reg_read(uc, UC_ARM_REG_CONTROL, &control);
    uc_reg_read(uc, UC_ARM_REG_PRIMASK, &primask);
    uc_reg_read(uc, UC_ARM_REG_BASEPRI, &basepri);
    uc_reg_read(uc, UC_ARM_REG_FAULTMASK, &faultmask);
    uc_reg_read(uc, UC_ARM_REG_XPSR, &xpsr);
    uc_mem_read(uc, b->bootloader, vec, sizeof vec);
    uc_mem_read(uc, 0, &word0, 4);
    for (i = 0; i < SCS_NVIC_WORDS; i++) {
        en |= bench_scs.iser[i];
        pend |= bench_scs.ispr[i];
    }
    printf("[uc] entered system memory at %08X (entry %u, after %u reset(s))\n", (unsigned)addr,
           bench_m.rom_entries, bench_m.resets);
    expect(addr == (vec[1] & ~1u), "PC %08X is the bootloader's reset vector %08X", (unsigned)addr,
           (unsigned)vec[1]);
    expect(msp == vec[0], "MSP %08X is the bootloader's vector[0] %08X", (unsigned)msp, (unsigned)vec[0]);
    expect(control == 0, "CONTROL %X is 0 (privileged, MSP, no FP context)", (unsigned)control);
    expect((xpsr & 0x1FFu) == 0, "thread mode (IPSR %u)", (unsigned)(xpsr & 0x1FFu));
    expect(primask == 0, "PRIMASK %u is 0", (unsigned)primask);
    if (!v6m)
        expect(basepri == 0 && faultmask == 0, "BASEPRI %X and FAULTMASK %u are 0", (unsigned)basepri,
               (unsigned)faultmask);
    expect(en == 0, "no NVIC line enabled (ISER OR %08X)", (unsigned)en);
    expect(pend == 0, "no NVIC line pending (ISPR OR %08X)", (unsigned)pend);
    expect((bench_scs.syst_ctrl & 3u) == 0, "SysTick off (CTRL %X)", (unsigned)bench_scs.syst_ctrl);
    expect((bench_scs.icsr_pend & (1u << 26)) == 0, "SysTick not pending (ICSR.PENDSTSET)");
    expect((bench_scs.icsr_pend & (1u << 28)) == 0, "PendSV not pending (ICSR.PENDSVSET)");
    expect((bench_scs.mpu_ctrl & 1u) == 0, "MPU off (MPU_CTRL %X)", (unsigned)bench_scs.mpu_ctrl);
    expect(bench_scs.scr == 0, "SCB->SCR %X is 0 (no SLEEPONEXIT, SLEEPDEEP, SEVONPEND)", (unsigned)bench_scs.scr);
    expect((bench_scs.ccr & 0x18u) == (v6m ? 0x08u : 0u), "CCR %08X: UNALIGN_TRP, DIV_0_TRP at reset", (unsigned)bench_scs.ccr);
    if (bench_m.core == SYSBOOT_CORE_M7) {
        unsigned dirty = dcache_dirty_lines();
        expect((bench_scs.ccr & (3u << 16)) == 0, "caches off (CCR %08X)", (unsigned)bench_scs.ccr);
        expect(dirty == 0, "D-cache written back (%u dirty lines the ROM cannot see)", dirty);
        expect(!bench_scs.icache_was_on || bench_scs.icache_invalidated_after_off,
               "I-cache invalidated (ICIALLU) after it was turned off");
    }
    if (bench_m.core == SYSBOOT_CORE_M4 || bench_m.core == SYSBOOT_CORE_M7 || bench_m.core == SYSBOOT_CORE_M33) {
        expect((bench_scs.cpacr & (0xFu << 20)) == 0, "CPACR %08X: FPU back to reset state",
               (unsigned)bench_scs.cpacr);
        expect((bench_scs.fpccr & 1u) == 0, "FPCCR.LSPACT clear");
    }
    /* a boot into system memory: VTOR at the ROM's table where the boot
     * address selects it (H7), else the table aliased at 0 */
    int table_at_start = b->bootloader == b->sysmem_base;
    if (bench_m.core != SYSBOOT_CORE_M0 && (!soc_boots_sysmem() || !table_at_start))
        expect(bench_scs.vtor == b->bootloader, "VTOR %08X is the bootloader's table %08X",
               (unsigned)bench_scs.vtor, (unsigned)b->bootloader);
    if (remap || bench_m.core == SYSBOOT_CORE_M0 || (soc_boots_sysmem() && table_at_start)) {
        expect(soc_remap_ok(), "remap written with its SYSCFG clock enabled");
        expect(bench_m.alias0_is_sysmem && word0 == vec[0],
               "address 0 aliases system memory (word at 0: %08X)", (unsigned)word0);
    }
    if (rcc_modelled()) {
        char why[120];
        int ok = rcc_at_reset(why, sizeof why);
        expect(ok, "clock tree at reset (%s)", why);
    }
    check_usb();
    check_watchdogs();
    if (failures)
        bench_m.entry_failures++;
    printf("[uc] entry check %s\n", failures ? "FAIL" : "PASS");
    fflush(stdout);
}

void entry_check_install(void)
{
    uc_hook_add(bench_m.uc, &hook, UC_HOOK_CODE, BENCH_HOOK(on_sysmem_code), NULL, bench_m.sysmem_map_base,
                (uint64_t)bench_m.sysmem_map_base + bench_m.sysmem_map_size - 1);
}

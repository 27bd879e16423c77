/*
 * The test application: dirty the core as the scenario says, ask for the
 * ROM, and report what came back. The bench control block tells it the
 * scenario and keeps count across resets and ROM visits.
 */
#include "sysboot.h"

#include "../common/bench_ctl.h"
#include "../common/scenario_ids.h"
#include "../common/semihost.h"
#include "app.h"

static void say(const char *what, uint32_t v)
{
    sh_puts("APP: ");
    sh_puts(what);
    sh_puts(" ");
    sh_hex(v);
    sh_puts("\n");
}

uint32_t app_request_rom(void)
{
    switch (BENCH_CTL->path) {
    case BENCH_PATH_RESET:
        return (uint32_t)sysboot_enter();
    case BENCH_PATH_EMPTY:
        return (uint32_t)sysboot_enter_with(SYSBOOT_OPT_EMPTY_ROUTE);
    default:
        return (uint32_t)sysboot_jump_now();
    }
}

void app_finish(uint32_t status, int passed)
{
    BENCH_CTL->app_status = status;
    say("status", status);
    sh_puts("APP: ");
    sh_puts(status < SYSBOOT_STATUS_COUNT ? sysboot_status_str((sysboot_status)status) : "-");
    sh_puts(passed ? "\nAPP: PASS\n" : "\nAPP: FAIL\n");
    sh_exit(passed);
}

/* Back from the ROM (GO): sysboot_early() must have given us one clean
 * reset since, never a start with the ROM's leftovers. */
static int came_back_cleanly(void)
{
    volatile bench_ctl *ctl = BENCH_CTL;
    if (ctl->resets > ctl->resets_at_go)
        return 1;
    sh_puts("APP: FAIL running after GO without a clean reset\n");
    return 0;
}

void app_main(void)
{
    volatile bench_ctl *ctl = BENCH_CTL;
    uint32_t scenario = ctl->scenario, status;
    app_snapshot before, after;

    say("boot", ctl->boots);
    if (scenario == BENCH_SCN_boot_only)
        app_finish(ctl->app_status, 1);
    if (scenario == BENCH_SCN_raw_reset && ctl->boots == 1) {
        REG32(0xE000ED0Cu) = 0x05FA0004u;       /* a reset the library did not ask for */
        for (;;) {
        }
    }
    if (ctl->rom_entries > 0) {
        if (!came_back_cleanly())
            app_finish(ctl->app_status, 0);
        if (scenario != BENCH_SCN_cycles || ctl->rom_entries >= ctl->cycles_target)
            app_finish(ctl->app_status, 1);
        say("round", ctl->rom_entries + 1);
    } else if (ctl->boots > 1) {
        /* started again without visiting the ROM: the harness judges */
        app_finish(ctl->app_status, 1);
    }
    if (scenario == BENCH_SCN_isr) {
        __asm__ volatile("svc #0");
        app_finish(0xFFFFFFFFu, 0);             /* SVC_Handler never returns */
    }
    if (scenario == BENCH_SCN_isr_irq) {
        REG32(0xE000E100u) = 1u << APP_TEST_IRQ;   /* ISER: enable the line */
        REG32(0xE000E200u) = 1u << APP_TEST_IRQ;   /* ISPR: and pend it; it fires now */
        __asm__ volatile("dsb\n isb" ::: "memory");
        sh_puts("APP: FAIL the interrupt was never taken\n");
        app_finish(0xFFFFFFFFu, 0);
    }
    dirty_for(scenario);
    peripherals_for(scenario);
    snapshot_take(&before);
    ctl->requested = 1;
    status = app_request_rom();
    snapshot_take(&after);
    app_finish(status, snapshot_same(&before, &after));
}

/* The "called from an ISR" scenario: in handler mode the library must refuse. */
void SVC_Handler(void)
{
    app_finish(app_request_rom(), 1);
}

void Test_IRQHandler(void)
{
    app_finish(app_request_rom(), 1);
}

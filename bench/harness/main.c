/*
 * bench-uc: run a test application and the stand-in ROM on a board model
 * generated from data/stm32.def, under libunicorn.
 *
 *   bench-uc [options] BOARD app.elf standin.elf
 *   bench-uc --boards          one line of facts per board (for run.sh)
 *   bench-uc --make-boards     the per-board build rules (for the Makefile)
 *   bench-uc --batch JOBS      many runs, forked two at a time (batch.h)
 *   bench-uc --status-number ERR_CONTEXT   a sysboot_status by name
 *
 * Every run is bounded (instruction cap, wall-clock timeout, reset cap) and
 * ends with one line: "VERDICT PASS ..." or "VERDICT FAIL <reason>".
 */
#include "../common/bench_ctl.h"
#include "../common/scenario_ids.h"
#include "batch.h"
#include "board.h"
#include "dcache.h"
#include "ecc.h"
#include "elf_load.h"
#include "entry_check.h"
#include "exception.h"
#include "expect.h"
#include "flash_model.h"
#include "insn_count.h"
#include "clock_rules.h"
#include "machine.h"
#include "rcc.h"
#include "scs.h"
#include "semihost.h"
#include "soc.h"
#include "sysboot.h"
#include "usart.h"
#include "usb_model.h"
#include "watchdog_model.h"

#include <getopt.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

bench_machine bench_m;

static const char *const scenario_names[] = {
#define BENCH_SCENARIO(name, what) #name,
#include "../common/scenarios.def"
#undef BENCH_SCENARIO
};

static struct {
    uint32_t scenario, path, standin_mode, cycles;
    unsigned max_resets;
    unsigned timeout_s;
    const char *pty;
} run = { BENCH_SCN_plain, BENCH_PATH_DIRECT, BENCH_STANDIN_EXIT, 0, 64, 10, NULL };

static uc_context *power_on_context;

void bench_fail(const char *fmt, ...)
{
    va_list ap;
    if (bench_m.first_failure[0])
        return;
    va_start(ap, fmt);
    vsnprintf(bench_m.first_failure, sizeof bench_m.first_failure, fmt, ap);
    va_end(ap);
}

void bench_log(const char *fmt, ...)
{
    va_list ap;
    if (!bench_m.verbose)
        return;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
}

uint32_t bench_pc(void)
{
    uint32_t pc = 0;
    uc_reg_read(bench_m.uc, UC_ARM_REG_PC, &pc);
    return pc;
}

static void stop(int reason)
{
    if (bench_m.stop_reason == BENCH_STOP_NONE)
        bench_m.stop_reason = reason;
    uc_emu_stop(bench_m.uc);
}

static void on_alarm(int sig)
{
    (void)sig;
    bench_m.timed_out = 1;
    stop(BENCH_STOP_TIMEOUT);
}

static void on_insn(uc_engine *uc, uint64_t addr, uint32_t size, void *ud)
{
    (void)uc; (void)size; (void)ud;
    if (bench_m.power_cycle) {          /* asked from a hook that moved the PC: stop here */
        uc_emu_stop(bench_m.uc);
        return;
    }
    if (++bench_m.insns > bench_m.max_insns)
        stop(BENCH_STOP_INSNS);
    clock_rules_on_fetch((uint32_t)addr);
}

static void on_intr(uc_engine *uc, uint32_t intno, void *ud)
{
    uint32_t pc = bench_pc();
    uint16_t insn = 0;
    (void)ud;
    if (intno == 7 && semihost_serve(pc))   /* EXCP_BKPT */
        return;
    if (intno == 2) {                       /* EXCP_SWI: PC is past the SVC */
        exception_enter_svcall(pc);
        return;
    }
    uc_mem_read(uc, pc, &insn, 2);
    bench_fail("CPU exception %u at %08X (insn %04X): unicorn cannot take it", intno, (unsigned)pc, insn);
    stop(BENCH_STOP_FAULT);
}

static bool on_unmapped(uc_engine *uc, uc_mem_type type, uint64_t addr, int size, int64_t value, void *ud)
{
    (void)uc; (void)size; (void)value; (void)ud;
    bench_fail("%s of unmapped address %08X at pc %08X",
               type == UC_MEM_WRITE_UNMAPPED ? "write" : type == UC_MEM_FETCH_UNMAPPED ? "fetch" : "read",
               (unsigned)addr, (unsigned)bench_pc());
    bench_m.stop_reason = BENCH_STOP_FAULT;
    return false;
}

static bool on_protected(uc_engine *uc, uc_mem_type type, uint64_t addr, int size, int64_t value, void *ud)
{
    (void)uc; (void)type; (void)size; (void)value; (void)ud;
    bench_fail("write to read-only memory %08X at pc %08X", (unsigned)addr, (unsigned)bench_pc());
    bench_m.stop_reason = BENCH_STOP_FAULT;
    return false;
}

static uint32_t round_down(uint32_t v, uint32_t a) { return v & ~(a - 1); }
static uint32_t round_up(uint32_t v, uint32_t a) { return (v + a - 1) & ~(a - 1); }

static void map_memory(void)
{
    const bench_board *b = bench_m.board;
    uc_engine *uc = bench_m.uc;
    uint32_t end = b->sysmem_base + b->sysmem_size;

    bench_m.flash_size = flash_model_map_size(b);
    bench_m.flash = malloc(bench_m.flash_size);
    memset(bench_m.flash, 0xFF, bench_m.flash_size);
    uc_mem_map_ptr(uc, FLASH_BASE, bench_m.flash_size, UC_PROT_READ | UC_PROT_EXEC, bench_m.flash);
    /* unicorn maps whole 4 KiB pages; F0's system memory starts mid-page */
    bench_m.sysmem_map_base = round_down(b->sysmem_base, 0x1000);
    bench_m.sysmem_map_size = round_up(end, 0x1000) - bench_m.sysmem_map_base;
    bench_m.sysmem = malloc(bench_m.sysmem_map_size + 0x1000);   /* + room for the alias */
    memset(bench_m.sysmem, 0xFF, bench_m.sysmem_map_size + 0x1000);
    uc_mem_map_ptr(uc, bench_m.sysmem_map_base, bench_m.sysmem_map_size, UC_PROT_READ | UC_PROT_EXEC,
                   bench_m.sysmem);
    bench_m.alias0_size = round_up(b->sysmem_size, 0x1000);
    bench_m.alias0_is_sysmem = 1;   /* forces the first soc_alias0(0) to map flash */
    uc_mem_map_ptr(uc, 0, bench_m.alias0_size, UC_PROT_READ | UC_PROT_EXEC, bench_m.sysmem);
    soc_alias0(0);
    bench_m.sram_map_size = b->sram_size < SRAM_MAP_CAP ? round_up(b->sram_size, 0x1000) : SRAM_MAP_CAP;
    /* the applications' request record lives in a page of its own, outside
     * every ROM's RAM (apps/app.ld): the map reaches it even where the
     * line's SRAM window ends below it (and the M7 D-cache model covers it) */
    if (b->sram_base <= BENCH_RECORD_ADDR && BENCH_RECORD_ADDR + 0x1000u - b->sram_base > bench_m.sram_map_size)
        bench_m.sram_map_size = BENCH_RECORD_ADDR + 0x1000u - b->sram_base;
    uc_mem_map(uc, b->sram_base, bench_m.sram_map_size, UC_PROT_ALL);
    scs_map();
    soc_map();
    if (bench_m.core == SYSBOOT_CORE_M7)
        dcache_init(b->sram_base, bench_m.sram_map_size);
}

/* Fault injection: a stand-in whose vector table the library must reject. */
static void corrupt_vectors(const char *how)
{
    const bench_board *b = bench_m.board;
    uint32_t vec[2];
    uc_mem_read(bench_m.uc, b->bootloader, vec, 8);
    if (strcmp(how, "msp") == 0)
        vec[0] = b->sram_base + b->sram_size + 0x1000u;          /* stack outside SRAM */
    else if (strcmp(how, "thumb") == 0)
        vec[1] &= ~1u;                                          /* ARM-state reset vector */
    else if (strcmp(how, "outside") == 0)
        vec[1] = FLASH_BASE + 0x101u;                           /* reset vector not in ROM */
    else
        vec[0] = vec[1] = 0xFFFFFFFFu;                          /* erased */
    uc_mem_write(bench_m.uc, b->bootloader, vec, 8);
}

static void write_ctl(size_t offset, uint32_t v)
{
    uc_mem_write(bench_m.uc, BENCH_CTL_ADDR + offset, &v, 4);
}

static void fill_garbage(void)
{
    uint32_t i, x = 0x2545F491u;
    uint32_t *buf = malloc(BENCH_APP_RAM_SIZE);
    for (i = 0; i < BENCH_APP_RAM_SIZE / 4; i++) {
        x ^= x << 13; x ^= x >> 17; x ^= x << 5;
        buf[i] = x;
    }
    uc_mem_write(bench_m.uc, bench_m.board->sram_base, buf, BENCH_APP_RAM_SIZE);
    uc_mem_write(bench_m.uc, BENCH_RECORD_ADDR, buf, 64);   /* the record's page too */
    free(buf);
}

/* Load the core's registers as a reset does: MSP and PC from the table at 0. */
static void start_from_vectors(void)
{
    const bench_board *b = bench_m.board;
    uint32_t vec[2] = { 0, 0 };
    uc_context_restore(bench_m.uc, power_on_context);
    /* A boot into system memory on a line whose ROM table is not at its
     * start (H7: the BOOT pin selects the boot address) enters the ROM's
     * table. */
    if (soc_boots_sysmem() && b->bootloader != 0u && b->bootloader != b->sysmem_base) {
        uc_mem_read(bench_m.uc, b->bootloader, vec, 8);
        bench_scs.vtor = b->bootloader;             /* the boot address is VTOR's reset value */
    } else
        uc_mem_read(bench_m.uc, 0, vec, 8);
    /* An erased vector table (an update cut short on a line without the
     * empty check): the core faults on its first fetch and locks up. */
    bench_m.locked_up = vec[1] == 0xFFFFFFFFu;
    if (bench_m.locked_up)
        printf("[uc] lockup: the reset vector at 0x00000004 reads 0xFFFFFFFF (erased flash): "
               "nothing runs until the next power-on\n");
    fflush(stdout);
    uc_reg_write(bench_m.uc, UC_ARM_REG_MSP, &vec[0]);
    uc_reg_write(bench_m.uc, UC_ARM_REG_SP, &vec[0]);
    uc_reg_write(bench_m.uc, UC_ARM_REG_PC, &vec[1]);
    bench_m.in_sysmem = 0;
}

static void power_on(void)
{
    if (bench_m.garbage_ram)
        fill_garbage();
    else
        write_ctl(0, 0);
    write_ctl(offsetof(bench_ctl, scenario), run.scenario);
    write_ctl(offsetof(bench_ctl, path), run.path);
    write_ctl(offsetof(bench_ctl, standin_mode), run.standin_mode);
    write_ctl(offsetof(bench_ctl, cycles_target), run.cycles);
    write_ctl(offsetof(bench_ctl, resets), 0);
    write_ctl(offsetof(bench_ctl, boots), 0);
    write_ctl(offsetof(bench_ctl, rom_entries), 0);
    write_ctl(offsetof(bench_ctl, resets_at_go), 0);
    write_ctl(offsetof(bench_ctl, app_status), 0xFFFFFFFFu);
    write_ctl(offsetof(bench_ctl, standin_fail), 0);
    scs_reset();
    ecc_power_on();
    soc_power_on();
    flash_model_power_on();
    soc_alias0(soc_boots_sysmem());
    start_from_vectors();
    if (rcc_start_stack() != 0u) {          /* the application keeps its stack elsewhere */
        uint32_t sp = rcc_start_stack();
        uc_reg_write(bench_m.uc, UC_ARM_REG_MSP, &sp);
        uc_reg_write(bench_m.uc, UC_ARM_REG_SP, &sp);
    }
}

/* SIGUSR1: a power cycle with BOOT0 low, SIGUSR2 with BOOT0 high (flash
 * kept, RAM cleared, the empty check run again). */
static void on_power_cycle(int sig)
{
    bench_m.power_cycle = sig == SIGUSR2 ? 2 : 1;
    uc_emu_stop(bench_m.uc);
}

static void power_cycle(void)
{
    bench_m.boot0 = bench_m.power_cycle == 2;
    bench_m.power_cycle = 0;
    bench_m.resets = 0;
    bench_m.reset_requested = 0;
    printf("[uc] power cycle (BOOT0 %s)\n", bench_m.boot0 ? "high" : "low");
    fflush(stdout);
    power_on();
}

static void system_reset(void)
{
    bench_m.resets++;
    bench_m.reset_requested = 0;
    bench_log("[uc] system reset #%u (RAM kept, core and SCS reset)\n", bench_m.resets);
    dcache_lose_dirty_lines();
    scs_reset();
    soc_system_reset();
    write_ctl(offsetof(bench_ctl, resets), bench_m.resets);
    soc_alias0(soc_boots_sysmem());
    start_from_vectors();
}

static void run_machine(void)
{
    for (;;) {
        uint32_t pc = bench_pc();
        uc_err e;
        if (bench_m.power_cycle) {
            power_cycle();
            continue;
        }
        if (bench_m.locked_up) {                    /* wait for a power cycle or the timeout */
            struct timespec tick = { 0, 10000000L };
            if (bench_m.stop_reason != BENCH_STOP_NONE)
                return;
            nanosleep(&tick, NULL);
            continue;
        }
        e = uc_emu_start(bench_m.uc, pc | 1u, 0xFFFFFFFEu, 0, 0);
        if (bench_m.power_cycle)
            continue;
        if (e != UC_ERR_OK && bench_m.stop_reason == BENCH_STOP_NONE) {
            bench_fail("emulation stopped at %08X: %s", (unsigned)bench_pc(), uc_strerror(e));
            bench_m.stop_reason = BENCH_STOP_FAULT;
        }
        if (bench_m.stop_reason != BENCH_STOP_NONE)
            return;
        if (!bench_m.reset_requested) {
            bench_fail("emulation ended at %08X (WFI or a return to nowhere)", (unsigned)bench_pc());
            bench_m.stop_reason = BENCH_STOP_FAULT;
            return;
        }
        if (bench_m.resets >= run.max_resets) {
            bench_m.stop_reason = BENCH_STOP_RESET_LOOP;
            return;
        }
        system_reset();
    }
}

static int rcc_modelled_for(const bench_board *b)
{
    return rcc_board_modelled(b);
}

static int has_fpu(uint32_t core)
{
    return core == SYSBOOT_CORE_M4 || core == SYSBOOT_CORE_M7 || core == SYSBOOT_CORE_M33;
}

/* The core a dual-core part's other CPU runs (not in the data: H7's second
 * core is an M4, WL's a Cortex-M0+). */
static uint32_t other_core_id(uint32_t core)
{
    return core == SYSBOOT_CORE_M4 ? SYSBOOT_CORE_M0P : SYSBOOT_CORE_M4;
}

static const char *other_core(uint32_t core)
{
    return other_core_id(core) == SYSBOOT_CORE_M0P ? "m0plus" : "m4";
}

/* One line per board: tag, gcc CPU, the other core (dual-core parts), and
 * the facts run.sh selects scenarios by. */
static void print_board_facts(void)
{
    unsigned i;
    for (i = 0; i < bench_board_count(); i++) {
        const bench_board *b = bench_board_at(i);
        const bench_profile *p = b->profile;
        int v6m = b->core == SYSBOOT_CORE_M0 || b->core == SYSBOOT_CORE_M0P;
        printf("%s %s %s", b->tag, bench_gcc_cpu(b->core),
               (b->flags & SYSBOOT_DEV_DUAL_CORE) ? other_core(b->core) : "-");
        printf(" %s", b->core == SYSBOOT_CORE_M0 ? "m0" : "vtor");
        printf(" %s", v6m ? "v6m" : "v7m");
        if (strcmp(p->remap_kind, "VTOR") != 0) printf(" remap");
        if (p->clk_reg) printf(" remapclk");
        if (b->core == SYSBOOT_CORE_M7) printf(" m7");
        if (has_fpu(b->core)) printf(" fpu");
        if (b->core != SYSBOOT_CORE_M0) printf(" mpu");
        if (p->rst_reg) printf(" rstreg");
        if (rcc_modelled_for(b)) printf(" rcc");
        if (p->rdp_reg) printf(" rdp");
        if (b->rdp_open_reg) printf(" rdpopen");
        if (p->tz_reg) printf(" tz");
        if (p->db_reg) printf(" dualboot");
        if (b->flags & SYSBOOT_DEV_DUAL_CORE) {
            printf(" dualcore");
            /* the other core identifies the chip (then WRONG_CORE) or not
             * (then UNKNOWN_DEVICE): both refuse, each for its reason */
            if (bench_core_reaches_idcode(bench_cpuid(b, other_core_id(b->core)), b->idcode_addr))
                printf(" core2id");
        }
        if (b->flags & SYSBOOT_DEV_BOUNCES) printf(" bounces");
        if (p->empty_reg) printf(" emptyreg");
        if (b->flags & SYSBOOT_DEV_NO_SW_ENTRY) printf(" noswentry");
        if (b->flags & SYSBOOT_DEV_ENTRY_UNCONFIRMED) printf(" unconfirmedentry");
        usb_model_print_facts(b);
        watchdog_model_print_facts(b);
        printf(" %s\n", (b->flags & (SYSBOOT_DEV_BOUNCES | SYSBOOT_DEV_NO_SW_ENTRY | SYSBOOT_DEV_ENTRY_UNCONFIRMED))
                            ? "refuses" : "enters");
    }
}

/* Per-board stand-in build rules, included by bench/Makefile. */
static void print_make_rules(void)
{
    unsigned i;
    printf("# generated by bench-uc --make-boards from data/stm32.def\nBOARDS :=");
    for (i = 0; i < bench_board_count(); i++)
        printf(" %s", bench_board_at(i)->tag);
    printf("\n");
    for (i = 0; i < bench_board_count(); i++) {
        const bench_board *b = bench_board_at(i);
        const bench_profile *p = b->profile;
        /* a no-software-entry row has no vector table (bootloader 0): its
         * stand-in sits at the start of system memory, where no path of the
         * library branches (the library refuses first) */
        uint32_t table = b->bootloader != 0u ? b->bootloader : b->sysmem_base;
        printf("$(B)/standin/%s.elf: $(STANDIN_SRC) $(B)/boards.mk\n"
               "\t$(call standin,%s,%s,0x%08X,0x%08X,"
               "-DSTANDIN_TABLE=0x%08Xu -DSTANDIN_MSP=0x%08Xu -DSTANDIN_DEV_ID=0x%03Xu "
               "-DSTANDIN_USART=0x%08Xu -DSTANDIN_USART_V1=%d -DSTANDIN_REMAP=%d -DSTANDIN_CORE=0x%03Xu",
               b->tag, b->tag, bench_gcc_cpu(b->core), (unsigned)table,
               (unsigned)(b->sysmem_base + b->sysmem_size - table), (unsigned)table,
               (unsigned)b->standin_msp, (unsigned)b->dev_id, (unsigned)b->usart_base, b->usart_v1,
               strcmp(p->remap_kind, "VTOR") != 0, (unsigned)b->core);
        flash_model_print_defines(stdout, b);
        printf(")\n");
    }
    /* a build that names its line, per board whose core unicorn runs */
    printf("LINES :=");
    for (i = 0; i < bench_board_count(); i++) {
        const bench_board *b = bench_board_at(i);
        if (strcmp(bench_gcc_cpu(b->core), "unknown") != 0)
            printf(" %s:0x%03X:%s", b->tag, (unsigned)b->dev_id, bench_gcc_cpu(b->core));
        if (b->flags & SYSBOOT_DEV_DUAL_CORE)   /* the same line's build for the other core */
            printf(" %s-other:0x%03X:%s", b->tag, (unsigned)b->dev_id, bench_gcc_cpu(other_core_id(b->core)));
    }
    printf("\n");
}

static uint32_t parse_scenario(const char *name)
{
    uint32_t i;
    for (i = 0; i < BENCH_SCN_COUNT; i++)
        if (strcmp(name, scenario_names[i]) == 0)
            return i;
    fprintf(stderr, "unknown scenario %s\n", name);
    exit(12);
}

static uint32_t parse_core(const char *name)
{
    static const struct { const char *name; uint32_t core; } cores[] = {
        { "m0", SYSBOOT_CORE_M0 }, { "m0plus", SYSBOOT_CORE_M0P }, { "m3", SYSBOOT_CORE_M3 },
        { "m4", SYSBOOT_CORE_M4 }, { "m7", SYSBOOT_CORE_M7 }, { "m33", SYSBOOT_CORE_M33 } };
    unsigned i;
    for (i = 0; i < sizeof cores / sizeof cores[0]; i++)
        if (strcmp(name, cores[i].name) == 0)
            return cores[i].core;
    fprintf(stderr, "unknown core %s\n", name);
    exit(12);
}

static void usage(const char *argv0)
{
    fprintf(stderr,
            "usage: %s [options] BOARD app.elf standin.elf | --boards | --make-boards\n"
            "  --scenario NAME --path direct|reset|empty --standin exit|serve|auto-go --cycles N\n"
            "  --expect rom|boot|served|status=ERR_...|cycles=N[/R]   --core m4 (run the other core)\n"
            "  chip state: --rdp2 --tz --dual-boot --garbage --sw-flag-at-power-on --stuck-oscillator\n"
            "              --clocks (SYSCLK on a PLL, every checked clock field away from reset)\n"
            "              --app-clocks (the layout's realistic application clock configuration)\n"
            "              --ecc (reading SRAM unwritten since power-on faults)\n"
            "              --hw-iwdg (option bytes)   --usb-hold-ms N (the hold the app configures)\n"
            "              flash: --rdp1 (read protection level 1) --write-protect (every page) --boot0 (pin high)\n"
            "  signals: SIGUSR1 power cycle, SIGUSR2 power cycle with BOOT0 high (flash kept)\n"
            "  faults: --power-cut-after BYTES (power lost once that much flash is programmed, then back)\n"
            "          --reset-is-power-on --reset-is-pin --drop-clock-enable --ignore-dccmvac --ignore-empty-flag\n"
            "          --corrupt-vectors msp|thumb|outside|erased\n"
            "  --pty LINK --line-rate BAUD (bytes at most at that rate, 10 bits each) --max-insns N --timeout S -v\n"
            "  --count-from ADDR   print a COUNT line: instructions and stack from ADDR to the ROM\n", argv0);
    exit(12);
}

/* One run, from a command line; prints its log and the VERDICT line. */
int bench_run(int argc, char **argv)
{
    static const struct option opts[] = {
        { "scenario", 1, 0, 's' }, { "path", 1, 0, 'p' }, { "standin", 1, 0, 'S' },
        { "cycles", 1, 0, 'c' }, { "expect", 1, 0, 'e' }, { "core", 1, 0, 'C' },
        { "rdp2", 0, 0, 'R' }, { "tz", 0, 0, 'T' }, { "dual-boot", 0, 0, 'D' },
        { "garbage", 0, 0, 'g' }, { "clocks", 0, 0, 'L' }, { "app-clocks", 0, 0, 'A' }, { "stuck-oscillator", 0, 0, 'O' }, { "sw-flag-at-power-on", 0, 0, 'w' },
        { "reset-is-power-on", 0, 0, 'P' }, { "reset-is-pin", 0, 0, 'N' }, { "drop-clock-enable", 0, 0, 'K' },
        { "ignore-dccmvac", 0, 0, 'I' }, { "ignore-empty-flag", 0, 0, 'E' }, { "corrupt-vectors", 1, 0, 'V' },
        { "hw-iwdg", 0, 0, 'H' }, { "usb-hold-ms", 1, 0, 'U' }, { "ecc", 0, 0, 'X' },
        { "rdp1", 0, 0, 'r' }, { "write-protect", 0, 0, 'W' }, { "boot0", 0, 0, 'b' },
        { "power-cut-after", 1, 0, 'Z' }, { "line-rate", 1, 0, 'l' },
        { "pty", 1, 0, 'y' }, { "max-insns", 1, 0, 'n' }, { "timeout", 1, 0, 't' },
        { "boards", 0, 0, 'B' }, { "make-boards", 0, 0, 'M' }, { "count-from", 1, 0, 'F' }, { 0, 0, 0, 0 } };
    const char *expectation = "rom", *core_override = NULL;
    uint32_t count_from = 0;
    char reason[256];
    int opt, rc;
    uc_hook h;

    bench_m.max_insns = 20000000;
    bench_m.app_exit_ok = -1;
    while ((opt = getopt_long(argc, argv, "v", opts, NULL)) != -1) {
        switch (opt) {
        case 'v': bench_m.verbose = 1; break;
        case 's': run.scenario = parse_scenario(optarg); break;
        case 'p': run.path = !strcmp(optarg, "reset") ? BENCH_PATH_RESET
                           : !strcmp(optarg, "empty") ? BENCH_PATH_EMPTY : BENCH_PATH_DIRECT; break;
        case 'S': run.standin_mode = !strcmp(optarg, "serve") ? BENCH_STANDIN_SERVE
                                   : !strcmp(optarg, "auto-go") ? BENCH_STANDIN_AUTO_GO : BENCH_STANDIN_EXIT; break;
        case 'c': run.cycles = (uint32_t)strtoul(optarg, NULL, 0); break;
        case 'e': expectation = optarg; break;
        case 'C': core_override = optarg; break;
        case 'R': bench_m.rdp2 = 1; break;
        case 'T': bench_m.tz_on = 1; break;
        case 'D': bench_m.dual_boot = 1; break;
        case 'g': bench_m.garbage_ram = 1; break;
        case 'L': bench_m.clocks_start = RCC_START_DIRTY; break;
        case 'A': bench_m.clocks_start = RCC_START_APP; break;
        case 'X': bench_m.ecc_sram = 1; break;
        case 'O': bench_m.stuck_oscillator = 1; break;
        case 'H': bench_m.hw_iwdg = 1; break;
        case 'U': bench_m.usb_hold_ms = (uint32_t)strtoul(optarg, NULL, 0); break;
        case 'w': bench_m.sw_flag_at_poweron = 1; break;
        case 'P': bench_m.reset_is_poweron = 1; break;
        case 'N': bench_m.reset_is_pin = 1; break;
        case 'K': bench_m.drop_clock_enable = 1; break;
        case 'I': bench_m.ignore_dccmvac = 1; break;
        case 'E': bench_m.ignore_empty_flag = 1; break;
        case 'V': bench_m.corrupt_vectors = optarg; break;
        case 'r': bench_m.rdp1 = 1; break;
        case 'W': bench_m.write_protect = 1; break;
        case 'b': bench_m.boot0 = 1; break;
        case 'Z': bench_m.power_cut_after = (uint32_t)strtoul(optarg, NULL, 0); break;
        case 'l': usart_set_line_rate((unsigned)strtoul(optarg, NULL, 0)); break;
        case 'y': run.pty = optarg; break;
        case 'n': bench_m.max_insns = strtoull(optarg, NULL, 0); break;
        case 't': run.timeout_s = (unsigned)strtoul(optarg, NULL, 0); break;
        case 'F': count_from = (uint32_t)strtoul(optarg, NULL, 0); break;
        case 'B': print_board_facts(); exit(0);
        case 'M': print_make_rules(); exit(0);
        default: usage(argv[0]);
        }
    }
    if (argc - optind != 3 || expect_parse(expectation) != 0)
        usage(argv[0]);
    bench_m.board = bench_board_find(argv[optind]);
    if (bench_m.board == NULL) {
        fprintf(stderr, "unknown board %s\n", argv[optind]);
        return 12;
    }
    bench_m.core = core_override ? parse_core(core_override) : bench_m.board->core;
    bench_m.cpuid = bench_cpuid(bench_m.board, bench_m.core);

    if (uc_open(UC_ARCH_ARM, UC_MODE_THUMB | UC_MODE_MCLASS, &bench_m.uc) != UC_ERR_OK)
        return 13;
    uc_ctl_set_cpu_model(bench_m.uc, bench_uc_cpu_model(bench_m.core));
    map_memory();
    if (elf_load(argv[optind + 1]) != 0 || elf_load(argv[optind + 2]) != 0) {
        printf("VERDICT FAIL cannot load %s or %s (not built?)\n", argv[optind + 1], argv[optind + 2]);
        return 14;
    }
    if (bench_m.corrupt_vectors)
        corrupt_vectors(bench_m.corrupt_vectors);
    flash_model_init();
    uc_hook_add(bench_m.uc, &h, UC_HOOK_INTR, BENCH_HOOK(on_intr), NULL, 1, 0);
    uc_hook_add(bench_m.uc, &h, UC_HOOK_MEM_READ_UNMAPPED | UC_HOOK_MEM_WRITE_UNMAPPED |
                UC_HOOK_MEM_FETCH_UNMAPPED, BENCH_HOOK(on_unmapped), NULL, 1, 0);
    uc_hook_add(bench_m.uc, &h, UC_HOOK_MEM_WRITE_PROT, BENCH_HOOK(on_protected), NULL, 1, 0);
    uc_hook_add(bench_m.uc, &h, UC_HOOK_CODE, BENCH_HOOK(on_insn), NULL, 1, 0);
    entry_check_install();
    ecc_install();
    if (count_from != 0)
        insn_count_install(count_from);
    uc_context_alloc(bench_m.uc, &power_on_context);
    uc_context_save(bench_m.uc, power_on_context);
    if (run.pty && usart_open_pty(run.pty) != 0) {
        perror("pty");
        return 15;
    }
    printf("[uc] %s (%s), core %s, CPUID %08X, IDCODE at %08X, scenario %s\n", bench_m.board->tag,
           bench_m.board->name, bench_gcc_cpu(bench_m.core), (unsigned)bench_m.cpuid,
           (unsigned)bench_m.board->idcode_addr, scenario_names[run.scenario]);
    signal(SIGALRM, on_alarm);
    signal(SIGUSR1, on_power_cycle);
    signal(SIGUSR2, on_power_cycle);
    alarm(run.timeout_s);
    power_on();
    run_machine();
    alarm(0);
    insn_count_report();
    usart_close();
    fflush(stdout);
    rc = expect_verdict(reason, sizeof reason);
    printf("VERDICT %s %s\n", rc ? "FAIL" : "PASS", reason);
    fflush(stdout);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "--batch") == 0)
        return batch_run(argv[2]);
    if (argc == 3 && strcmp(argv[1], "--status-number") == 0) {   /* for the QEMU layer */
        printf("%d\n", expect_status_number(argv[2]));
        return expect_status_number(argv[2]) < 0;
    }
    return bench_run(argc, argv);
}

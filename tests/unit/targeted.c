/*
 * The library as a build that names its line sees it (-DSYSBOOT_DEV_ID, as
 * the project's CMSIS device macro would): built once per line by the
 * Makefile, for an F405 (0x413), an H743 (0x450, whose DBGMCU may read 0
 * without a debugger; the dual-core H745/H747 share it), a G071 (0x460, a
 * Cortex-M0+ whose ROM has no USB DFU) and a WL55 (0x497, whose Cortex-M0+
 * may not reach the Cortex-M4's DBGMCU). The facts below are typed from the
 * reference manuals and CMSIS headers named, not taken from data/stm32.def.
 */
#include "check.h"
#include "fake.h"
#include "../../src/record.h"

#include <stdio.h>
#include <string.h>

int check_failures;

#define CPUID 0xE000ED00u
#define VTOR  0xE000ED08u

typedef struct {
    uint32_t cpuid;      /* SCB->CPUID of the line's core */
    uint32_t idcode;     /* where its CPU reads DBGMCU_IDCODE */
    uint32_t dev_id;
    uint32_t rst, sw;    /* reset-cause register, software-reset flag */
    uint32_t table;      /* the ROM's vector table (AN2606) */
    int may_read_0;      /* errata: IDCODE may read 0 from user code */
    uint32_t other_cpuid; /* SCB->CPUID of a second core sharing the DEV_ID; 0: none */
    uint32_t rom_ram;    /* the first address of the SRAM the ROM uses for itself */
    uint32_t user_ram;   /* the first address past it */
    const char *name;
} line;

#if SYSBOOT_DEV_ID == 0x413
/* stm32f405xx.h: DBGMCU_BASE 0xE0042000, RCC_CSR @0x40023874 SFTRSTF bit 28;
 * AN2606: system memory 0x1FFF0000; Cortex-M4 r0p1; the ROM's RAM from
 * 0x20000000 (stm32flash dev_table.c: user RAM from 0x20003000) */
static const line the = { 0x410FC241u, 0xE0042000u, 0x413, 0x40023874u, 1u << 28, 0x1FFF0000u, 0, 0u,
                          0x20000000u, 0x20003000u, "F405" };
static const uint32_t other_dev_id = 0x419;   /* F42x/43x: another line's DEV_ID */
#elif SYSBOOT_DEV_ID == 0x450
/* stm32h743xx.h: DBGMCU_BASE 0x5C001000, RCC_RSR @0x580244D0 SFTRSTF bit 24;
 * AN2606: bootloader table 0x1FF09800; Cortex-M7 r1p1; DEV_ID 0x450 is also
 * the dual-core H745/H747 (stm32h745xx.h __CM4_REV r0p1); the ROM uses the
 * first 20 KiB of AXI SRAM (D1_AXISRAM_BASE 0x24000000; AN2606 H74x/75x
 * bootloader RAM, ST community thread stm32h743bi-bootloader-saves-data-to-ram) */
static const line the = { 0x411FC271u, 0x5C001000u, 0x450, 0x580244D0u, 1u << 24, 0x1FF09800u, 1, 0x410FC241u,
                          0x24000000u, 0x24005000u, "H743" };
static const uint32_t other_dev_id = 0x483;   /* H72x/73x */
#elif SYSBOOT_DEV_ID == 0x460
/* stm32g071xx.h: DBG_BASE 0x40015800, RCC_CSR @0x40021060 SFTRSTF bit 28;
 * AN2606: system memory 0x1FFF0000; Cortex-M0+; the ROM's RAM from
 * 0x20000000 (stm32flash dev_table.c: user RAM from 0x20002700) */
static const line the = { 0x410CC601u, 0x40015800u, 0x460, 0x40021060u, 1u << 28, 0x1FFF0000u, 0, 0u,
                          0x20000000u, 0x20002700u, "G071" };
static const uint32_t other_dev_id = 0x466;   /* G03x/04x */
#elif SYSBOOT_DEV_ID == 0x497
/* cmsis_device_wl v1.2.0 stm32wl55xx.h: DBGMCU_BASE 0xE0042000 (the
 * Cortex-M4's), RCC_BASE 0x58000000 CSR @0x94 SFTRSTF bit 28, __CM4_REV and
 * __CM0PLUS_REV r0p1; AN2606: system memory 0x1FFF0000; the ROM's RAM from
 * 0x20000000 (stm32flash dev_table.c: user RAM from 0x20002000) */
static const line the = { 0x410FC241u, 0xE0042000u, 0x497, 0x58000094u, 1u << 28, 0x1FFF0000u, 0, 0x410CC601u,
                          0x20000000u, 0x20002000u, "WL55" };
static const uint32_t other_dev_id = 0x495;   /* WB55 */
#else
#error "built for 0x413, 0x450, 0x460 or 0x497"
#endif

/* A chip of the line, as it is after a power-on reset. */
static void chip(uint32_t dev_id)
{
    fake_clear();
    fake_poke(CPUID, the.cpuid);
    fake_poke(the.idcode, 0x10000000u | dev_id);
    fake_poke(the.table, 0x20002000u);
    fake_poke(the.table + 4u, (the.table + 0x200u) | 1u);
}

#if !defined(SYSBOOT_NO_EARLY_HOOK)
static void test_cycle(void)
{
    sysboot_status st;
    unsigned i;

    chip(the.dev_id);
    CHECK_EQ(fake_run_void(sysboot_early), FAKE_RETURNED);
    CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RESET);
    fake_poke(the.rst, the.sw);
    i = fake_read_count();
    CHECK_EQ(fake_run_void(sysboot_early), FAKE_BRANCHED);
    CHECK_EQ(fake_peek(VTOR), the.table);
    CHECK_EQ(fake_branch_msp, 0x20002000u);
    /* the request's boot read the reset cause and the record, never the DBGMCU */
    for (; i < fake_read_count(); i++)
        CHECK(fake_reads()[i] != the.idcode);
    CHECK_EQ(fake_run_void(sysboot_early), FAKE_RESET);       /* back from the ROM */
    i = fake_read_count();
    CHECK_EQ(fake_run_void(sysboot_early), FAKE_RETURNED);    /* a normal boot */
    /* no DBGMCU; CPUID only where a second core shares the line */
    for (; i < fake_read_count(); i++)
        CHECK(fake_reads()[i] != the.idcode && (fake_reads()[i] != CPUID || the.other_cpuid != 0u));
}

/* On the second core of a dual-core part, sysboot_early() leaves the record
 * alone, even one holding a request after a software reset, and both
 * paths refuse by the core alone: the main core's DBGMCU is never read
 * (on the WL5x's Cortex-M0+ it may not be mapped: here a bus error). */
static void test_second_core(void)
{
    sysboot_status st;
    unsigned writes, first, i;
    uint32_t request;

    if (the.other_cpuid == 0u)
        return;
    chip(the.dev_id);
    CHECK_EQ(fake_run_void(sysboot_early), FAKE_RETURNED);
    CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RESET);
    fake_poke(CPUID, the.other_cpuid);
    fake_poke(the.rst, the.sw);
    fake_bus_error_at(the.idcode);
    writes = fake_write_count();
    first = fake_read_count();
    CHECK_EQ(fake_run_void(sysboot_early), FAKE_RETURNED);
    CHECK(sysboot_record_get(&request) && sysboot_record_state(request) == SYSBOOT_STATE_REQUEST);
    for (i = first; i < fake_read_count(); i++)
        CHECK(fake_reads()[i] != the.rst);
    CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RETURNED);
    CHECK_EQ(st, SYSBOOT_ERR_WRONG_CORE);
    CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_RETURNED);
    CHECK_EQ(st, SYSBOOT_ERR_WRONG_CORE);
    CHECK_EQ(fake_write_count(), writes);
    for (i = first; i < fake_read_count(); i++)
        CHECK(fake_reads()[i] != the.idcode);
}

/* A record placed in the SRAM the line's ROM uses for itself (a linker
 * script putting .sysboot_noinit at the start of SRAM, or of the H7's AXI
 * SRAM) is refused before anything changes. */
static void test_record_placement(void)
{
    sysboot_status st;
    unsigned writes;

    chip(the.dev_id);
    CHECK_EQ(fake_run_void(sysboot_early), FAKE_RETURNED);
    fake_record_address = the.rom_ram;
    writes = fake_write_count();
    CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RETURNED);
    CHECK_EQ(st, SYSBOOT_ERR_RECORD_PLACEMENT);
    CHECK_EQ(fake_write_count(), writes);
    /* just past it, where another line's ROM may still work, it is the
     * line's own range that counts */
    fake_record_address = the.user_ram;
    CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RESET);
}

/* A build for this line on a chip of another line (a wrong device macro):
 * refused with its own status, nothing changed. */
static void test_wrong_device(void)
{
    sysboot_status st;
    unsigned writes;

    chip(other_dev_id);
    CHECK_EQ(fake_run_void(sysboot_early), FAKE_RETURNED);
    writes = fake_write_count();
    CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RETURNED);
    CHECK_EQ(st, SYSBOOT_ERR_WRONG_DEVICE);
    CHECK_EQ(fake_write_count(), writes);
    CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_RETURNED);
    CHECK_EQ(st, SYSBOOT_ERR_WRONG_DEVICE);
    CHECK(sysboot_identify() == NULL);
    CHECK_EQ(sysboot_check(sysboot_identify()), SYSBOOT_ERR_WRONG_DEVICE);
}

/* A DBGMCU that reads 0: trusted only on a line whose errata say it may. */
static void test_idcode_reads_zero(void)
{
    sysboot_status st;

    chip(0u);
    CHECK_EQ(fake_run_void(sysboot_early), FAKE_RETURNED);
    CHECK_EQ(fake_run_status(sysboot_enter, &st), the.may_read_0 ? FAKE_RESET : FAKE_RETURNED);
    if (!the.may_read_0)
        CHECK_EQ(st, SYSBOOT_ERR_WRONG_DEVICE);
}

#else
/* An image that never calls sysboot_early(), built -DSYSBOOT_NO_EARLY_HOOK:
 * neither path reads the record (on ECC SRAM a word never written since
 * power-on faults). Here it holds an idle record, as another image's
 * sysboot_early() would leave it, so a library that read it would act. */
static int record_is_idle(void)
{
    uint32_t request;
    return sysboot_record_get(&request) && sysboot_record_state(request) == SYSBOOT_STATE_IDLE;
}

static void idle_record_left(void)
{
    chip(the.dev_id);
    fake_poke(the.rst, the.sw);
    sysboot_record_set(SYSBOOT_STATE_IDLE, 0u);
}

/* sysboot_enter() refuses at once: no register read, nothing written. */
static void test_enter_refuses_at_once(void)
{
    sysboot_status st;
    idle_record_left();
    CHECK_EQ(fake_run_status(sysboot_enter, &st), FAKE_RETURNED);
    CHECK_EQ(st, SYSBOOT_ERR_NO_EARLY_HOOK);
    CHECK_EQ(fake_read_count(), 0);
    CHECK_EQ(fake_write_count(), 0);
    CHECK(record_is_idle());
}

static sysboot_status jump_keep_clocks(void)
{
    return sysboot_jump_now_with(SYSBOOT_OPT_KEEP_CLOCKS);
}

/* The direct path enters, leaving the record and the reset flags alone
 * (with sysboot_early() it would mark the record "in the ROM"). */
static void test_jump_leaves_the_record(void)
{
    sysboot_status st;
    idle_record_left();
    CHECK_EQ(fake_run_status(jump_keep_clocks, &st), FAKE_BRANCHED);
    CHECK_EQ(fake_peek(VTOR), the.table);
    CHECK(record_is_idle());
    CHECK(fake_find_write(the.rst, 0) < 0);
}
#endif

/* The public lookup knows this line and no other. */
static void test_lookup(void)
{
    const sysboot_device *d = sysboot_lookup(the.dev_id);
    CHECK(d != NULL);
    if (d != NULL) {
        CHECK_EQ(d->dev_id, the.dev_id);
        CHECK_EQ(d->bootloader, the.table);
    }
    CHECK(sysboot_lookup(other_dev_id) == NULL);
    chip(the.dev_id);
    CHECK(sysboot_identify() == d);
}

int main(void)
{
    static const struct { const char *name; void (*fn)(void); } tests[] = {
#if defined(SYSBOOT_NO_EARLY_HOOK)
        { "no_early_hook_enter_refuses_at_once", test_enter_refuses_at_once },
        { "no_early_hook_jump_leaves_the_record", test_jump_leaves_the_record },
#else
        { "cycle", test_cycle },
        { "wrong_device", test_wrong_device },
        { "idcode_reads_zero", test_idcode_reads_zero },
        { "second_core", test_second_core },
        { "record_placement", test_record_placement },
#endif
        { "lookup", test_lookup },
    };
    unsigned i, passed = 0, failed = 0;

    for (i = 0; i < sizeof tests / sizeof tests[0]; i++) {
        check_failures = 0;
        tests[i].fn();
        if (check_failures == 0) {
            passed++;
            printf("PASS targeted_%s_%s\n", the.name, tests[i].name);
        } else {
            failed++;
            printf("FAIL targeted_%s_%s (%d checks)\n", the.name, tests[i].name, check_failures);
        }
    }
    printf("targeted %s: %u passed, %u failed\n", the.name, passed, failed);
    return failed != 0;
}

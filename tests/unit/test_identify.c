/* Identification: CPUID picks where IDCODE lives, DEV_ID picks the row. */
#include "tests.h"
#include "fake.h"
#include "rows.h"
#include "../../src/core_regs.h"
#include "../../src/line.h"

TEST(identify_every_row)
{
    unsigned i;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = sysboot_lookup(all_dev_ids[i]);
        CHECK(d != NULL);
        if (d == NULL)
            continue;
        CHECK_EQ(d->dev_id, all_dev_ids[i]);
        fake_clear();
        if (!fake_board(d, 0))
            printf("    row 0x%03X: no CPUID/IDCODE site identifies it\n", (unsigned)d->dev_id);
        CHECK(sysboot_identify() == d);
        CHECK_EQ(fake_write_count(), 0); /* identification only reads */
    }
}

TEST(identify_ignores_revision_bits)
{
    const sysboot_device *d = sysboot_lookup(0x413);
    CHECK(d != NULL);
    fake_clear();
    CHECK(fake_board(d, 0));
    fake_poke(0xE0042000u, 0x20016413u); /* REV_ID 0x2001 */
    CHECK(sysboot_identify() == d);
}

TEST(identify_unknown_dev_id_is_null)
{
    const sysboot_device *d = sysboot_lookup(0x413);
    fake_clear();
    CHECK(fake_board(d, 0));
    fake_poke(0xE0042000u, 0x10006FFFu);
    CHECK(sysboot_identify() == NULL);
    fake_poke(0xE0042000u, 0);  /* early F1 revisions read 0 from user code */
    CHECK(sysboot_identify() == NULL);
}

TEST(identify_unknown_core_is_null)
{
    fake_clear();
    fake_poke(SYSBOOT_SCB_CPUID, 0x410FD200u); /* Cortex-M23: no STM32 row */
    fake_poke(0xE0042000u, 0x413);
    fake_poke(0x40015800u, 0x413);
    fake_poke(0xE0044000u, 0x413);
    CHECK(sysboot_identify() == NULL);
}

/* A DBGMCU that answers with an unknown DEV_ID ends the search: the next
 * site may not exist on this part and reading it could fault. */
TEST(identify_stops_at_first_answering_site)
{
    fake_clear();
    fake_poke(SYSBOOT_SCB_CPUID, 0x410FC241u);   /* Cortex-M4 */
    fake_poke(0xE0042000u, 0x10006FFFu);         /* an M4 part we do not know */
    fake_poke(0x5C001000u, 0x10006450u);         /* where the H7's CM4 would look */
    CHECK(sysboot_identify() == NULL);
    fake_poke(0xE0042000u, 0);                   /* nothing at the first site */
    CHECK(sysboot_identify() == sysboot_lookup(0x450));
}

/* A site a line does not map raises a bus error: the probe absorbs it
 * (FAULTMASK, CCR.BFHFNMIGN), moves on, and leaves CCR, FAULTMASK and the
 * fault status as it found them. On H5 the M33's first site (0xE0044000,
 * the debugger's view) is such a site; the CPU's is 0x44024000. */
TEST(identify_probes_sites_that_fault)
{
    fake_clear();
    fake_poke(SYSBOOT_SCB_CPUID, 0x410FD214u);   /* Cortex-M33 */
    fake_poke(SYSBOOT_SCB_CCR, 0x00000200u);     /* STKALIGN, as at reset */
    fake_bus_error_at(0xE0044000u);
    fake_poke(0x44024000u, 0x10016484u);         /* H562/563/573 */
    CHECK(sysboot_identify() == sysboot_lookup(0x484));
    CHECK_EQ(fake_peek(SYSBOOT_SCB_CCR), 0x00000200u);
    CHECK_EQ(fake_faultmask, 0);
    CHECK_EQ(fake_peek(SYSBOOT_SCB_CFSR) & (SYSBOOT_CFSR_PRECISERR | SYSBOOT_CFSR_BFARVALID), 0);
    CHECK(fake_probe_writes > 0);
    /* a FAULTMASK the caller had set stays set */
    fake_faultmask = 1;
    CHECK(sysboot_identify() == sysboot_lookup(0x484));
    CHECK_EQ(fake_faultmask, 1);
    fake_faultmask = 0;
    /* no site answers: unknown, and no bus error escapes as a fault */
    {
        sysboot_status st;
        fake_poke(0x44024000u, 0);
        fake_bus_error_at(0x44024000u);
        CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_RETURNED);
        CHECK_EQ(st, SYSBOOT_ERR_UNKNOWN_DEVICE);
    }
}

static const sysboot_device *identified;
static void identify_now(void)
{
    identified = sysboot_identify();
}

/* Non-secure code of an Armv8-M part may find CCR.BFHFNMIGN RAZ/WI: the
 * probe could not absorb a bus error there, so no site is read at all and
 * the chip is unknown (a targeted build is the way), with nothing left
 * changed and no fault. */
TEST(identify_reads_no_site_when_the_probe_cannot_be_armed)
{
    sysboot_status st;
    fake_clear();
    fake_poke(SYSBOOT_SCB_CPUID, 0x410FD214u);   /* Cortex-M33 */
    fake_poke(SYSBOOT_SCB_CCR, 0x00000200u);
    fake_ignore_writes_to(SYSBOOT_SCB_CCR);      /* the bit does not stick */
    fake_bus_error_at(0xE0044000u);
    fake_poke(0x44024000u, 0x10016484u);         /* H562/563/573 */
    identified = sysboot_lookup(0x484);
    CHECK_EQ(fake_run_void(identify_now), FAKE_RETURNED);
    CHECK(identified == NULL);
    CHECK_EQ(fake_run_status(sysboot_jump_now, &st), FAKE_RETURNED);
    CHECK_EQ(st, SYSBOOT_ERR_UNKNOWN_DEVICE);
    CHECK(!fake_was_read(0xE0044000u) && !fake_was_read(0x44024000u));
    CHECK_EQ(fake_peek(SYSBOOT_SCB_CCR), 0x00000200u);
    CHECK_EQ(fake_faultmask, 0);
    CHECK_EQ(fake_write_count(), 0);
}

/* A fault status left by an earlier bus error cannot pass for the probe's. */
TEST(identify_ignores_a_stale_fault_status)
{
    fake_clear();
    fake_poke(SYSBOOT_SCB_CPUID, 0x410FD214u);
    fake_poke(SYSBOOT_SCB_CFSR, SYSBOOT_CFSR_PRECISERR | SYSBOOT_CFSR_BFARVALID);
    fake_poke(0xE0044000u, 0x10006482u);         /* U575/585 */
    CHECK(sysboot_identify() == sysboot_lookup(0x482));
}

TEST(lookup_unknown_is_null)
{
    CHECK(sysboot_lookup(0) == NULL);
    CHECK(sysboot_lookup(0xFFF) == NULL);
    CHECK(sysboot_lookup(0x10413) == NULL);
}

const test_case identify_tests[] = {
    { "identify_every_row", identify_every_row },
    { "identify_ignores_revision_bits", identify_ignores_revision_bits },
    { "identify_unknown_dev_id_is_null", identify_unknown_dev_id_is_null },
    { "identify_unknown_core_is_null", identify_unknown_core_is_null },
    { "identify_stops_at_first_answering_site", identify_stops_at_first_answering_site },
    { "identify_probes_sites_that_fault", identify_probes_sites_that_fault },
    { "identify_reads_no_site_when_the_probe_cannot_be_armed", identify_reads_no_site_when_the_probe_cannot_be_armed },
    { "identify_ignores_a_stale_fault_status", identify_ignores_a_stale_fault_status },
    { "lookup_unknown_is_null", lookup_unknown_is_null },
    { NULL, NULL }
};

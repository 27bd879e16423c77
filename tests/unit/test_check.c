/* Verdicts: every refusal has a test that shows it catching its case. */
#include "tests.h"
#include "fake.h"
#include "rows.h"
#include "../../src/line.h"
#include "../../src/core_regs.h"

/* A row that may enter, with its board set up; NULL at the end. */
static const sysboot_device *eligible(unsigned *i)
{
    for (; *i < ALL_ROWS; (*i)++) {
        const sysboot_device *d = sysboot_lookup(all_dev_ids[*i]);
        if (d->flags & (SYSBOOT_DEV_NO_SW_ENTRY | SYSBOOT_DEV_BOUNCES))
            continue;
        fake_clear();
        fake_board(d, 1);
        if (sysboot_check(d) != SYSBOOT_OK) { /* e.g. a dual-boot default */
            continue;
        }
        (*i)++;
        return d;
    }
    return NULL;
}

TEST(check_ok_on_every_eligible_row)
{
    unsigned i, n = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = sysboot_lookup(all_dev_ids[i]);
        sysboot_status st;
        fake_clear();
        fake_board(d, 1);
        st = sysboot_check(d);
        if (d->flags & SYSBOOT_DEV_NO_SW_ENTRY)
            CHECK_EQ(st, SYSBOOT_ERR_NO_SOFTWARE_ENTRY);
        else if (d->flags & SYSBOOT_DEV_ENTRY_UNCONFIRMED)
            CHECK_EQ(st, SYSBOOT_ERR_ENTRY_UNCONFIRMED);
        else if (d->flags & SYSBOOT_DEV_BOUNCES)
            CHECK_EQ(st, SYSBOOT_ERR_EMPTY_CHECK);
        else {
            CHECK_EQ(st, SYSBOOT_OK);
            n++;
        }
        CHECK_EQ(fake_write_count(), 0);
    }
    CHECK(n > 0);
}

TEST(check_null_is_unknown)
{
    CHECK_EQ(sysboot_check(NULL), SYSBOOT_ERR_UNKNOWN_DEVICE);
}

/* Each profile field test, set on a board of that profile, gives its error. */
static void each_profile_field(size_t offset, sysboot_status expected)
{
    unsigned i, seen = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = sysboot_lookup(all_dev_ids[i]);
        const sysboot_profile *p = sysboot_facts(d);
        const sysboot_field *f = (const sysboot_field *)(const void *)((const char *)p + offset);
        if (f->reg == 0 || (d->flags & (SYSBOOT_DEV_NO_SW_ENTRY | SYSBOOT_DEV_BOUNCES | SYSBOOT_DEV_ENTRY_UNCONFIRMED)))
            continue;
        fake_clear();
        fake_board(d, 1);
        CHECK_EQ(sysboot_check(d), SYSBOOT_OK);
        fake_poke(f->reg, (fake_peek(f->reg) & ~f->mask) | f->value);
        CHECK_EQ(sysboot_check(d), expected);
        seen++;
    }
    CHECK(seen > 0);
}

TEST(check_rdp_level2_refused)
{
    each_profile_field(offsetof(sysboot_profile, rdp_level2), SYSBOOT_ERR_READ_PROTECTED);
}

TEST(check_trustzone_refused)
{
    each_profile_field(offsetof(sysboot_profile, trustzone), SYSBOOT_ERR_TRUSTZONE);
}

TEST(check_dual_boot_refused)
{
    each_profile_field(offsetof(sysboot_profile, dual_boot), SYSBOOT_ERR_EMPTY_CHECK);
}

TEST(check_rdp_level1_allowed)
{
    unsigned i = 0;
    const sysboot_device *d;
    while ((d = eligible(&i)) != NULL) {
        const sysboot_profile *p = sysboot_facts(d);
        if (p->rdp_level2.reg == 0)
            continue;
        /* level 1 (0xBB-like, anything but the level-2 pattern) */
        fake_poke(p->rdp_level2.reg, (fake_peek(p->rdp_level2.reg) & ~p->rdp_level2.mask) |
                  (p->rdp_level2.value ^ (p->rdp_level2.mask & (0u - p->rdp_level2.mask))));
        CHECK_EQ(sysboot_check(d), SYSBOOT_OK);
    }
}

TEST(check_empty_route_lifts_dual_boot)
{
    unsigned i, seen = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = sysboot_lookup(all_dev_ids[i]);
        const sysboot_profile *p = sysboot_facts(d);
        if (d->flags & SYSBOOT_DEV_NO_SW_ENTRY)
            continue;
        fake_clear();
        fake_board(d, 1);
        if (p->dual_boot.reg != 0)
            fake_poke(p->dual_boot.reg, (fake_peek(p->dual_boot.reg) & ~p->dual_boot.mask) | p->dual_boot.value);
        if (!(d->flags & SYSBOOT_DEV_BOUNCES) && p->dual_boot.reg == 0)
            continue;
        CHECK_EQ(sysboot_check(d), SYSBOOT_ERR_EMPTY_CHECK);
        CHECK_EQ(sysboot_check_with(d, SYSBOOT_OPT_EMPTY_ROUTE),
                 p->empty_reg != 0 ? SYSBOOT_OK : SYSBOOT_ERR_EMPTY_CHECK);
        seen++;
    }
    CHECK(seen > 0);
}

TEST(check_wrong_core)
{
    unsigned i, dual = 0, single = 0;
    for (i = 0; i < ALL_ROWS; i++) {
        const sysboot_device *d = sysboot_lookup(all_dev_ids[i]);
        const sysboot_profile *p = sysboot_facts(d);
        uint32_t other = p->core == SYSBOOT_CORE_M4 ? SYSBOOT_CORE_M0P : SYSBOOT_CORE_M4;
        if (d->flags & (SYSBOOT_DEV_NO_SW_ENTRY | SYSBOOT_DEV_ENTRY_UNCONFIRMED))
            continue;
        fake_clear();
        fake_board(d, 1);
        fake_poke(SYSBOOT_SCB_CPUID, 0x410F0001u | (other << 4));
        if (d->flags & SYSBOOT_DEV_DUAL_CORE) {
            CHECK_EQ(sysboot_check(d), SYSBOOT_ERR_WRONG_CORE);
            dual++;
        } else {
            CHECK_EQ(sysboot_check(d), SYSBOOT_ERR_UNKNOWN_DEVICE);
            single++;
        }
    }
    CHECK(dual > 0);
    CHECK(single > 0);
}

/* Vector tables that are not a bootloader's: each must be refused. */
TEST(check_bad_vector_tables)
{
    unsigned i = 0, n = 0;
    const sysboot_device *d;
    while ((d = eligible(&i)) != NULL) {
        uint32_t msp = fake_rom_msp(d), pc = fake_rom_reset(d);
        struct { uint32_t msp, pc; } bad[9];
        unsigned k;
        bad[0].msp = 0xFFFFFFFFu; bad[0].pc = 0xFFFFFFFFu;          /* erased */
        bad[1].msp = 0; bad[1].pc = 0;                               /* unmapped, zero */
        bad[2].msp = d->sram_base; bad[2].pc = pc;                   /* SP at base: no room */
        bad[3].msp = d->sram_base - 4u; bad[3].pc = pc;              /* below SRAM */
        bad[4].msp = d->sram_base + d->sram_size + 4u; bad[4].pc = pc; /* above SRAM */
        bad[5].msp = msp + 2u; bad[5].pc = pc;                       /* unaligned */
        bad[6].msp = msp; bad[6].pc = pc & ~1u;                      /* ARM state */
        bad[7].msp = msp; bad[7].pc = (d->sysmem_base - 0x100u) | 1u; /* before ROM */
        bad[8].msp = msp; bad[8].pc = (d->sysmem_base + d->sysmem_size) | 1u; /* after ROM */
        for (k = 0; k < sizeof bad / sizeof bad[0]; k++) {
            fake_poke(d->bootloader, bad[k].msp);
            fake_poke(d->bootloader + 4u, bad[k].pc);
            if (sysboot_check(d) != SYSBOOT_ERR_NO_BOOTLOADER)
                printf("    row 0x%03X: bad table %u accepted\n", (unsigned)d->dev_id, k);
            CHECK_EQ(sysboot_check(d), SYSBOOT_ERR_NO_BOOTLOADER);
        }
        /* the top of SRAM itself is a valid initial SP (full descending) */
        fake_poke(d->bootloader, d->sram_base + d->sram_size);
        fake_poke(d->bootloader + 4u, pc);
        CHECK_EQ(sysboot_check(d), SYSBOOT_OK);
        n++;
    }
    CHECK(n > 0);
}

/* A caller's own row with no bootloader address must not be read at 0,
 * where a flash vector table that looks valid may sit. */
TEST(check_zero_bootloader_address_refused)
{
    sysboot_device copy = *sysboot_lookup(0x413);
    fake_clear();
    fake_board(&copy, 1);
    copy.bootloader = 0;
    fake_poke(0, fake_rom_msp(&copy));
    fake_poke(4, fake_rom_reset(&copy));
    CHECK_EQ(sysboot_check(&copy), SYSBOOT_ERR_NO_BOOTLOADER);
}

/* Lines with no documented software entry are refused before anything is
 * read from where a ROM table would be. */
TEST(check_no_software_entry_refused)
{
    sysboot_device copy = *sysboot_lookup(0x413);
    fake_clear();
    fake_board(&copy, 1);
    CHECK_EQ(sysboot_check(&copy), SYSBOOT_OK);
    copy.flags |= SYSBOOT_DEV_NO_SW_ENTRY;
    CHECK_EQ(sysboot_check(&copy), SYSBOOT_ERR_NO_SOFTWARE_ENTRY);
}

const test_case check_tests[] = {
    { "check_no_software_entry_refused", check_no_software_entry_refused },
    { "check_zero_bootloader_address_refused", check_zero_bootloader_address_refused },
    { "check_ok_on_every_eligible_row", check_ok_on_every_eligible_row },
    { "check_null_is_unknown", check_null_is_unknown },
    { "check_rdp_level2_refused", check_rdp_level2_refused },
    { "check_rdp_level1_allowed", check_rdp_level1_allowed },
    { "check_trustzone_refused", check_trustzone_refused },
    { "check_dual_boot_refused", check_dual_boot_refused },
    { "check_empty_route_lifts_dual_boot", check_empty_route_lifts_dual_boot },
    { "check_wrong_core", check_wrong_core },
    { "check_bad_vector_tables", check_bad_vector_tables },
    { NULL, NULL }
};

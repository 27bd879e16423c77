#include "fake.h"
#include "clock_model.h"
#include "../../src/line.h"
#include "../../src/core_regs.h"
#include "../../src/record.h"

#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#define FAKE_SLOTS 65536u
#define FAKE_LOG 200000u

static struct {
    uint32_t addr;
    uint32_t value;
    uint8_t used;
    uint8_t ignore_writes;
    uint8_t bus_error;
    uint32_t clear_mask;     /* fake_clears_after */
    unsigned clear_after, clear_left;
} slots[FAKE_SLOTS];

static uint32_t reads_[FAKE_LOG];
static unsigned read_count;
uint32_t fake_faultmask;
uint32_t fake_fault_addr;

static fake_write log_[FAKE_LOG];
static unsigned log_count;
static jmp_buf exit_jmp;

/* Hardware that follows its enables: a write to `src` copies the field
 * src_mask into the field dst_mask of `dst` (RCC ready flags, SWS). */
#define FAKE_RULES 64u
static struct {
    uint32_t src, src_mask, dst, dst_mask;
} rules[FAKE_RULES];
static unsigned fake_rule_count;

uint32_t fake_ipsr;
uint32_t fake_control;
unsigned fake_irq_disabled;
uint32_t fake_primask;
uint32_t fake_branch_msp;
uint32_t fake_branch_pc;
unsigned fake_branch_write_index;
uint32_t fake_code_address;

static unsigned slot_of(uint32_t addr)
{
    unsigned i = (unsigned)((addr * 2654435761u) >> 16) % FAKE_SLOTS;
    while (slots[i].used && slots[i].addr != addr)
        i = (i + 1u) % FAKE_SLOTS;
    return i;
}

void fake_clear(void)
{
    memset(slots, 0, sizeof slots);
    log_count = 0;
    read_count = 0;
    fake_probe_writes = 0;
    fake_faultmask = 0;
    fake_fault_addr = 0;
    fake_ipsr = 0;
    fake_control = 0;
    fake_irq_disabled = 0;
    fake_primask = 0;
    fake_rule_count = 0;
    fake_branch_msp = 0;
    fake_branch_pc = 0;
    fake_branch_write_index = 0;
    fake_code_address = 0x08000400u; /* internal flash */
    fake_record_address = 0u;
    fake_dcache_off_calls = 0;
    fake_dcache_off_write_index = 0;
}

void fake_poke(uint32_t addr, uint32_t value)
{
    unsigned i = slot_of(addr);
    slots[i].used = 1;
    slots[i].addr = addr;
    slots[i].value = value;
}

uint32_t fake_peek(uint32_t addr)
{
    unsigned i = slot_of(addr);
    return slots[i].used ? slots[i].value : 0u;
}

void fake_ignore_writes_to(uint32_t addr)
{
    unsigned i = slot_of(addr);
    slots[i].used = 1;
    slots[i].addr = addr;
    slots[i].ignore_writes = 1;
}

void fake_clears_after(uint32_t addr, uint32_t mask, unsigned reads)
{
    unsigned i = slot_of(addr);
    slots[i].used = 1;
    slots[i].addr = addr;
    slots[i].clear_mask = mask;
    slots[i].clear_after = reads;
    slots[i].clear_left = 0;
}

void fake_bus_error_at(uint32_t addr)
{
    unsigned i = slot_of(addr);
    slots[i].used = 1;
    slots[i].addr = addr;
    slots[i].bus_error = 1;
}

unsigned fake_read_count(void) { return read_count; }
const uint32_t *fake_reads(void) { return reads_; }

int fake_was_read(uint32_t addr)
{
    unsigned i;
    for (i = 0; i < read_count; i++)
        if (reads_[i] == addr)
            return 1;
    return 0;
}

uint32_t fake_record_chip_address(void)
{
    return sysboot_hw_data_address(&sysboot_record);
}

unsigned fake_record_reads_since(unsigned from)
{
    uint32_t at = fake_record_chip_address();
    unsigned i, n = 0;
    for (i = from; i < read_count; i++)
        n += reads_[i] - at < (uint32_t)sizeof sysboot_record;
    return n;
}

unsigned fake_write_count(void) { return log_count; }
const fake_write *fake_writes(void) { return log_; }

int fake_find_write(uint32_t addr, unsigned from)
{
    unsigned i;
    for (i = from; i < log_count; i++)
        if (log_[i].addr == addr)
            return (int)i;
    return -1;
}

unsigned fake_count_writes_to(uint32_t addr)
{
    unsigned i, n = 0;
    for (i = 0; i < log_count; i++)
        n += log_[i].addr == addr;
    return n;
}

/* ---- rules ---------------------------------------------------------------- */

static unsigned lowest_bit(uint32_t mask)
{
    unsigned n = 0;
    while (mask != 0u && (mask & 1u) == 0u) {
        mask >>= 1;
        n++;
    }
    return n;
}

void fake_follow(uint32_t src, uint32_t src_mask, uint32_t dst, uint32_t dst_mask)
{
    if (fake_rule_count < FAKE_RULES) {
        rules[fake_rule_count].src = src;
        rules[fake_rule_count].src_mask = src_mask;
        rules[fake_rule_count].dst = dst;
        rules[fake_rule_count].dst_mask = dst_mask;
        fake_rule_count++;
    }
}

void fake_stuck(uint32_t dst, uint32_t dst_mask)
{
    unsigned i;
    for (i = 0; i < fake_rule_count; i++)
        if (rules[i].dst == dst && (rules[i].dst_mask & dst_mask) != 0u)
            rules[i].dst_mask = 0u; /* keeps its value whatever is written */
}

static void apply_rules(uint32_t addr)
{
    unsigned i;
    for (i = 0; i < fake_rule_count; i++) {
        uint32_t field, old;
        if (rules[i].src != addr || rules[i].dst_mask == 0u)
            continue;
        field = (fake_peek(addr) & rules[i].src_mask) >> lowest_bit(rules[i].src_mask);
        old = fake_peek(rules[i].dst);
        fake_poke(rules[i].dst, (old & ~rules[i].dst_mask) |
                                ((field << lowest_bit(rules[i].dst_mask)) & rules[i].dst_mask));
    }
}

/* ---- the library's register layer --------------------------------------- */

uint32_t sysboot_hw_code_address(void)
{
    return fake_code_address;
}

uint32_t fake_record_address;

uint32_t sysboot_hw_data_address(const volatile void *object)
{
    /* the record where a test put it on the chip's map, else the top 32
     * bytes of a 64 KiB SRAM, clear of every ROM's own RAM */
    (void)object;
    return fake_record_address != 0u ? fake_record_address : 0x2000FFE0u;
}

uint32_t sysboot_hw_read(uint32_t addr)
{
    unsigned i = slot_of(addr);

    if (read_count < FAKE_LOG)
        reads_[read_count++] = addr;
    if (slots[i].used && slots[i].clear_left != 0u && --slots[i].clear_left == 0u)
        slots[i].value &= ~slots[i].clear_mask;
    if (slots[i].used && slots[i].bus_error) {
        if (fake_faultmask != 0u && (fake_peek(SYSBOOT_SCB_CCR) & SYSBOOT_CCR_BFHFNMIGN) != 0u) {
            fake_poke(SYSBOOT_SCB_CFSR, fake_peek(SYSBOOT_SCB_CFSR) | SYSBOOT_CFSR_PRECISERR | SYSBOOT_CFSR_BFARVALID);
            return 0xFFFFFFFFu;   /* UNKNOWN: never to be taken for data */
        }
        fake_fault_addr = addr;
        longjmp(exit_jmp, FAKE_FAULT);
    }
    return fake_peek(addr);
}

/* The record's words, logged at their place on the chip's map. */
uint32_t sysboot_hw_ram_read(const volatile uint32_t *word)
{
    uint32_t offset = (uint32_t)((const volatile char *)word - (const volatile char *)&sysboot_record);
    if (read_count < FAKE_LOG)
        reads_[read_count++] = fake_record_chip_address() + offset;
    return *word;
}

unsigned fake_probe_writes;

void sysboot_hw_write(uint32_t addr, uint32_t value)
{
    unsigned i = slot_of(addr);

    /* The identification probe's own writes (CCR.BFHFNMIGN set and put
     * back, a fault status cleared) are counted apart, so that "a refusal
     * writes nothing" still means what it says; test_identify checks that
     * the probe leaves CCR and FAULTMASK as it found them. */
    if ((addr == SYSBOOT_SCB_CCR && ((fake_peek(addr) ^ value) & ~SYSBOOT_CCR_BFHFNMIGN) == 0u) ||
        addr == SYSBOOT_SCB_CFSR) {
        fake_probe_writes++;
        if (!slots[i].ignore_writes)   /* CCR.BFHFNMIGN RAZ/WI, as non-secure code may find it */
            fake_poke(addr, addr == SYSBOOT_SCB_CFSR ? fake_peek(addr) & ~value : value);
        return;
    }
    if (log_count < FAKE_LOG) {
        log_[log_count].addr = addr;
        log_[log_count].value = value;
        log_[log_count].before = fake_peek(addr);
        log_[log_count].reads = read_count;
        log_count++;
    }
    if (slots[i].used && slots[i].ignore_writes)
        return;
    if (slots[i].used && slots[i].clear_mask != 0u)
        slots[i].clear_left = (value & slots[i].clear_mask) != 0u ? slots[i].clear_after + 1u : 0u;
    if (addr >= SYSBOOT_NVIC_ICER && addr < SYSBOOT_NVIC_ICER + 64u) {
        uint32_t iser = SYSBOOT_NVIC_ISER + (addr - SYSBOOT_NVIC_ICER);
        fake_poke(iser, fake_peek(iser) & ~value);
        return;
    }
    if (addr >= SYSBOOT_NVIC_ICPR && addr < SYSBOOT_NVIC_ICPR + 64u) {
        uint32_t ispr = SYSBOOT_NVIC_ISPR + (addr - SYSBOOT_NVIC_ICPR);
        fake_poke(ispr, fake_peek(ispr) & ~value);
        return;
    }
    if (addr == SYSBOOT_SCB_ICSR) {
        uint32_t icsr = fake_peek(addr);
        if (value & SYSBOOT_ICSR_PENDSTCLR)
            icsr &= ~(1u << 26);
        if (value & SYSBOOT_ICSR_PENDSVCLR)
            icsr &= ~(1u << 28);
        fake_poke(addr, icsr);
        return;
    }
    if (addr == SYSBOOT_SCB_AIRCR) {
        if ((value & 0xFFFF0000u) == SYSBOOT_AIRCR_VECTKEY && (value & SYSBOOT_AIRCR_SYSRESETREQ))
            longjmp(exit_jmp, FAKE_RESET);
        fake_poke(addr, value & 0x0000FFFFu);
        return;
    }
    fake_poke(addr, value);
    apply_rules(addr);
}

/* ---- the library's core layer ------------------------------------------- */

uint32_t sysboot_core_faultmask(void) { return fake_faultmask; }
void sysboot_core_fault_mask(void) { fake_faultmask = 1u; }
void sysboot_core_fault_unmask(void) { fake_faultmask = 0u; }
uint32_t sysboot_core_ipsr(void) { return fake_ipsr; }
uint32_t sysboot_core_control(void) { return fake_control; }
void sysboot_core_disable_irq(void) { fake_irq_disabled++; fake_primask = 1u; }
uint32_t sysboot_core_primask(void) { return fake_primask; }
void sysboot_core_enable_irq(void) { fake_primask = 0u; }
void sysboot_core_dsb(void) {}
void sysboot_core_isb(void) {}

unsigned fake_dcache_off_calls;
unsigned fake_dcache_off_write_index;

/* The target routine is assembly (dcache.c); here it does what the core
 * would: the D-cache is off afterwards, and the call is remembered. */
void sysboot_core_dcache_off(void)
{
    fake_dcache_off_calls++;
    fake_dcache_off_write_index = log_count;
    fake_poke(SYSBOOT_SCB_CCR, fake_peek(SYSBOOT_SCB_CCR) & ~SYSBOOT_CCR_DC);
}

void sysboot_core_branch(uint32_t msp, uint32_t pc)
{
    fake_branch_msp = msp;
    fake_branch_pc = pc;
    fake_branch_write_index = log_count;
    longjmp(exit_jmp, FAKE_BRANCHED);
}

fake_outcome fake_run_status(sysboot_status (*fn)(void), sysboot_status *status)
{
    volatile sysboot_status st = SYSBOOT_STATUS_COUNT;
    int r = setjmp(exit_jmp);
    if (r == 0) {
        st = fn();
        *status = st;
        return FAKE_RETURNED;
    }
    *status = st;
    return (fake_outcome)r;
}

fake_outcome fake_run_void(void (*fn)(void))
{
    int r = setjmp(exit_jmp);
    if (r == 0) {
        fn();
        return FAKE_RETURNED;
    }
    return (fake_outcome)r;
}

/* ---- boards (from the universal build's tables) ------------------------- */
#if !SYSBOOT_TARGETED

uint32_t fake_rom_msp(const sysboot_device *d)
{
    uint32_t room = d->sram_size < 0x2000u ? d->sram_size : 0x2000u;
    return (d->sram_base + room) & ~7u;
}

uint32_t fake_rom_reset(const sysboot_device *d)
{
    return (d->sysmem_base + (d->sysmem_size / 2u)) | 1u;
}

/* Undo one try of fake_board(): no DEV_ID at addr, no bus errors. */
static void fake_clear_site(const sysboot_idcode_site *sites, unsigned count, uint32_t addr)
{
    unsigned k;
    fake_poke(addr, 0);
    for (k = 0; k < count; k++) {
        unsigned i = slot_of(sites[k].idcode_addr);
        if (slots[i].used)
            slots[i].bus_error = 0;
    }
}

int fake_board(const sysboot_device *d, int software_reset)
{
    const sysboot_profile *p = sysboot_facts(d);
    unsigned count, i;
    const sysboot_idcode_site *sites = sysboot_idcode_sites(&count);

    const sysboot_field *options[3];
    unsigned k;

    /* option bytes at factory defaults: no RDP 2, no TrustZone, no dual boot */
    options[0] = &p->rdp_level2;
    options[1] = &p->trustzone;
    options[2] = &p->dual_boot;
    for (k = 0; k < 3; k++) {
        if (options[k]->reg != 0u && (fake_peek(options[k]->reg) & options[k]->mask) == options[k]->value)
            fake_poke(options[k]->reg, fake_peek(options[k]->reg) ^ (options[k]->mask & (0u - options[k]->mask)));
    }
    fake_poke(d->bootloader, fake_rom_msp(d));
    fake_poke(d->bootloader + 4u, fake_rom_reset(d));
    fake_poke(SYSBOOT_SCnSCB_ICTR, 7u);   /* 256 lines */
    clock_model_install(d);             /* RCC ready flags follow their enables */
    if (software_reset)
        fake_poke(p->reset_reg, fake_peek(p->reset_reg) | p->reset_sw_mask);
    /* The chip answers at one site; every other site its core may try is
     * unmapped on it (a bus error), the worst case for identification. */
    for (i = 0; i < count; i++) {
        unsigned k;
        if (((sites[i].cpuid_value >> 4) & 0xFFFu) != p->core)
            continue;
        fake_poke(SYSBOOT_SCB_CPUID, 0x410F0001u | sites[i].cpuid_value);
        for (k = 0; k < count; k++)
            if ((fake_peek(SYSBOOT_SCB_CPUID) & sites[k].cpuid_mask) == sites[k].cpuid_value &&
                sites[k].idcode_addr != sites[i].idcode_addr)
                fake_bus_error_at(sites[k].idcode_addr);
        fake_poke(sites[i].idcode_addr, 0x10000000u | d->dev_id);
        if (sysboot_identify() == d)
            return 1;
        fake_clear_site(sites, count, sites[i].idcode_addr);
    }
    return 0;
}

#endif

/* ---- the busy-wait primitive: counted, not waited ----------------------- */

unsigned long fake_spin_calls;
unsigned long long fake_spin_iterations;
unsigned long long fake_spin_max_gap;
static unsigned long long spin_since_watch;
static unsigned spin_log_seen;
static uint32_t spin_watch_addr, spin_watch_value;

void fake_spin_clear(uint32_t watch_addr, uint32_t watch_value)
{
    fake_spin_calls = 0;
    fake_spin_iterations = 0;
    fake_spin_max_gap = 0;
    spin_since_watch = 0;
    spin_log_seen = log_count;
    spin_watch_addr = watch_addr;
    spin_watch_value = watch_value;
}

void sysboot_core_spin(uint32_t iterations)
{
    unsigned i;
    for (i = spin_log_seen; i < log_count; i++) {
        if (log_[i].addr == spin_watch_addr && log_[i].value == spin_watch_value)
            spin_since_watch = 0;
    }
    spin_log_seen = log_count;
    fake_spin_calls++;
    fake_spin_iterations += iterations;
    spin_since_watch += iterations;
    if (spin_since_watch > fake_spin_max_gap)
        fake_spin_max_gap = spin_since_watch;
}

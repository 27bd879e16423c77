/* The peripheral-space model (see soc.h). */
#include "soc.h"

#include "../common/bench_ctl.h"

#include "clock_rules.h"
#include "machine.h"
#include "board.h"
#include "flash_model.h"
#include "rcc.h"
#include "scs.h"
#include "usart.h"
#include "usb_model.h"
#include "watchdog_model.h"

#include <stddef.h>
#include <string.h>

#define STORE_SLOTS 4096u

static struct {
    uint32_t addr[STORE_SLOTS], val[STORE_SLOTS];
    uint8_t used[STORE_SLOTS];
} store;
static int remap_written_unclocked;

static uint32_t *slot(uint32_t addr)
{
    uint32_t h = (addr >> 2) * 2654435761u % STORE_SLOTS;
    while (store.used[h] && store.addr[h] != addr)
        h = (h + 1) % STORE_SLOTS;
    if (!store.used[h]) {
        store.used[h] = 1;
        store.addr[h] = addr;
        store.val[h] = 0;
    }
    return &store.val[h];
}

uint32_t soc_peek(uint32_t addr)
{
    return *slot(addr);
}

void soc_poke(uint32_t addr, uint32_t value)
{
    *slot(addr) = value;
}

static void set_field(uint32_t reg, uint32_t mask, uint32_t value)
{
    if (reg != 0)
        *slot(reg) = (*slot(reg) & ~mask) | (value & mask);
}

/* The first candidate bit not in `taken`, 0 if none. */
static uint32_t first_free_flag(const uint32_t *candidates, unsigned count, uint32_t taken)
{
    unsigned i;
    for (i = 0; i < count; i++)
        if ((candidates[i] & taken) == 0u)
            return candidates[i];
    return 0;
}

/* The power-on reset flags: the data's (SYSBOOT_POWER_ON), else one that is
 * neither the software flag nor RMVF. */
static uint32_t power_on_flag(const bench_profile *p)
{
    static const uint32_t candidates[] = { 1u << 27, 1u << 26, 1u << 23, 1u << 22 };
    if (bench_m.board->power_on_flags != 0u)
        return bench_m.board->power_on_flags;
    return first_free_flag(candidates, 4, p->rst_sw | p->rst_clear);
}

/* A pin (NRST) reset flag: neither the software flag, RMVF nor power-on's
 * (PINRSTF is bit 26 on most lines, 22 on H7). */
static uint32_t pin_flag(const bench_profile *p)
{
    static const uint32_t candidates[] = { 1u << 26, 1u << 22, 1u << 25 };
    return first_free_flag(candidates, 3, p->rst_sw | p->rst_clear | power_on_flag(p));
}

/* A watchdog reset flag: neither the software flag, RMVF nor power-on's. */
static uint32_t watchdog_flag(const bench_profile *p)
{
    static const uint32_t candidates[] = { 1u << 29, 1u << 30, 1u << 26, 1u << 25 };
    return first_free_flag(candidates, 4, p->rst_sw | p->rst_clear | power_on_flag(p));
}

void soc_alias0(int sysmem)
{
    uc_engine *uc = bench_m.uc;
    uint8_t *src = sysmem ? bench_m.sysmem + (bench_m.board->sysmem_base - bench_m.sysmem_map_base)
                          : bench_m.flash;
    if (sysmem == bench_m.alias0_is_sysmem)
        return;
    uc_mem_unmap(uc, 0, bench_m.alias0_size);
    uc_mem_map_ptr(uc, 0, bench_m.alias0_size, UC_PROT_READ | UC_PROT_EXEC, src);
    bench_m.alias0_is_sysmem = sysmem;
    bench_log("[uc] address 0 now aliases %s\n", sysmem ? "system memory" : "flash");
}

void soc_power_on(void)
{
    const bench_board *b = bench_m.board;
    const bench_profile *p = b->profile;
    memset(&store, 0, sizeof store);
    remap_written_unclocked = 0;
    /* option bytes: RDP level 0-like pattern unless level 2 is asked for */
    if (p->rdp_reg)
        set_field(p->rdp_reg, p->rdp_mask, bench_m.rdp2 ? p->rdp_level2 : (0xAAAAAAAAu & p->rdp_mask));
    /* the protection in force: level 0 (the factory state), or with --rdp1
     * another code of the field (its lowest bit flipped: not level 0, and
     * not the level-2 code the data names) */
    if (b->rdp_open_reg && !bench_m.rdp2)
        set_field(b->rdp_open_reg, b->rdp_open_mask,
                  b->rdp_open_value ^ (bench_m.rdp1 ? b->rdp_open_mask & -b->rdp_open_mask : 0u));
    if (p->tz_reg)
        set_field(p->tz_reg, p->tz_mask, bench_m.tz_on ? p->tz_on : (p->tz_on ? 0 : p->tz_mask));
    if (p->db_reg)
        set_field(p->db_reg, p->db_mask, bench_m.dual_boot ? p->db_on : (p->db_on ? 0 : p->db_mask));
    if (p->rst_reg)
        *slot(p->rst_reg) = power_on_flag(p) | (bench_m.sw_flag_at_poweron ? p->rst_sw : 0);
    rcc_power_on(bench_m.clocks_start);
    usb_model_power_on();
    watchdog_model_power_on();
}

void soc_system_reset(void)
{
    const bench_profile *p = bench_m.board->profile;
    if (p->rst_reg && watchdog_model_took_reset())
        *slot(p->rst_reg) |= watchdog_flag(p);        /* not a software reset */
    else if (p->rst_reg && !bench_m.reset_is_poweron && !bench_m.reset_is_pin)
        *slot(p->rst_reg) |= p->rst_sw;
    if (p->rst_reg && bench_m.reset_is_poweron)
        *slot(p->rst_reg) = power_on_flag(p);
    if (p->rst_reg && bench_m.reset_is_pin)
        *slot(p->rst_reg) |= pin_flag(p);
    if (p->remap_reg)
        *slot(p->remap_reg) &= ~p->remap_mask;
    if (p->clk_reg)
        *slot(p->clk_reg) &= ~p->clk_mask;
    remap_written_unclocked = 0;
    rcc_system_reset();               /* a reset puts the clock tree back */
    usb_model_system_reset();
    watchdog_model_system_reset();
}

int soc_remap_ok(void)
{
    return !remap_written_unclocked;
}

int soc_boots_sysmem(void)
{
    const bench_profile *p = bench_m.board->profile;
    return flash_model_boots_rom() ||
           (p->empty_reg && (*slot(p->empty_reg) & p->empty_mask) == p->empty_mask);
}

/* Has the application asked for the ROM yet (bench_ctl.requested)? */
static int soc_app_requested(void)
{
    uint32_t v = 0;
    uc_mem_read(bench_m.uc, BENCH_CTL_ADDR + offsetof(bench_ctl, requested), &v, 4);
    return v != 0;
}

static uint64_t io_read(uc_engine *uc, uint64_t off, unsigned size, void *ud)
{
    uint32_t a = (uint32_t)(uintptr_t)ud + (uint32_t)off, v;
    const bench_board *b = bench_m.board;
    (void)uc; (void)size;
    if (a >= b->usart_base && a < b->usart_base + 0x400)
        return usart_read(a - b->usart_base);
    if ((a == b->idcode_addr || bench_idcode_site_unmapped(b, a)) && !soc_app_requested())
        bench_m.boot_idcode_reads++;
    if (bench_idcode_site_unmapped(b, a)) {
        if (scs_bus_error(a)) {
            bench_log("  io  read  %08X: bus error, absorbed (FAULTMASK, BFHFNMIGN)\n", (unsigned)a);
            return 0xFFFFFFFFu;                        /* UNKNOWN */
        }
        bench_fail("HardFault: bus error reading %08X, where nothing is mapped on this line (pc %08X)",
                   (unsigned)a, bench_pc());
        return 0;
    }
    if (a == b->idcode_addr && b->idcode_addr)
        v = 0x10000000u | b->dev_id;      /* REV_ID in the top half, DEV_ID below */
    else if (!rcc_read(a, 0, &v) && !usb_model_read(a, &v) && !watchdog_model_read(a, &v))
        v = *slot(a);
    bench_log("  io  read  %08X -> %08X (pc %08X)\n", (unsigned)a, (unsigned)v, bench_pc());
    return v;
}

/* What a read of a would give, without logging. */
static uint32_t model_value(uint32_t a)
{
    uint32_t v;
    if (!rcc_read(a, 0, &v) && !usb_model_read(a, &v) && !watchdog_model_read(a, &v))
        v = *slot(a);
    return v;
}

static void write_register(uint32_t a, uint32_t v);

static void io_write(uc_engine *uc, uint64_t off, unsigned size, uint64_t val, void *ud)
{
    uint32_t a = (uint32_t)(uintptr_t)ud + (uint32_t)off, v = (uint32_t)val, old = 0;
    const bench_board *b = bench_m.board;
    int watched;
    (void)uc; (void)size;
    if (a >= b->usart_base && a < b->usart_base + 0x400) {
        usart_write(a - b->usart_base, v);
        return;
    }
    bench_log("  io  write %08X <- %08X (pc %08X)\n", (unsigned)a, (unsigned)v, bench_pc());
    watched = clock_rules_watches(a);
    if (watched)
        old = model_value(a);
    write_register(a, v);
    if (watched)
        clock_rules_written(a, old, model_value(a));
}

static void write_register(uint32_t a, uint32_t v)
{
    const bench_board *b = bench_m.board;
    const bench_profile *p = b->profile;
    if (a == b->idcode_addr)
        return;                                       /* read-only */
    if (p->clk_reg && a == p->clk_reg && bench_m.drop_clock_enable)
        v &= ~p->clk_mask;                            /* fault injection */
    if (p->empty_reg && a == p->empty_reg && bench_m.ignore_empty_flag)
        v = (v & ~p->empty_mask) | (*slot(a) & p->empty_mask);   /* fault injection */
    if (rcc_write(a, v, NULL) || usb_model_write(a, v) || watchdog_model_write(a, v))
        return;
    if (p->rst_reg && a == p->rst_reg) {
        if (v & p->rst_clear)
            *slot(a) = 0;                             /* RMVF clears every flag */
        return;                                       /* the flags are read-only */
    }
    if (p->remap_reg && a == p->remap_reg) {
        if (p->clk_reg && (*slot(p->clk_reg) & p->clk_mask) != p->clk_mask) {
            remap_written_unclocked = 1;              /* SYSCFG not clocked: write lost */
            bench_log("[uc] remap write %08X while the SYSCFG clock is off: lost\n", (unsigned)v);
            return;
        }
        *slot(a) = v;
        soc_alias0((v & p->remap_mask) == p->remap_value);
        return;
    }
    *slot(a) = v;
}

void soc_map(void)
{
    uc_engine *uc = bench_m.uc;
    uc_mmio_map(uc, 0x40000000u, 0x20000000u, io_read, (void *)0x40000000u, io_write, (void *)0x40000000u);
    uc_mmio_map(uc, 0xE0000000u, 0xE000u, io_read, (void *)0xE0000000u, io_write, (void *)0xE0000000u);
    uc_mmio_map(uc, 0xE000F000u, 0xF1000u, io_read, (void *)0xE000F000u, io_write, (void *)0xE000F000u);
    watchdog_model_install();
}

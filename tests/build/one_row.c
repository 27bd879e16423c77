/* Prints the row sysboot_lookup() finds for argv[1] and every fact of its
 * profile the library reads; tests/build/run.sh compares a build that
 * names its line (-DSYSBOOT_DEV_ID, every fact a compile-time pick) with
 * the universal build's tables, for every DEV_ID. */
#include "../../src/line.h"

#include <stdio.h>
#include <stdlib.h>

/* The register layer identify.c links against: never called here. */
uint32_t sysboot_hw_read(uint32_t addr)
{
    return addr & 0u;
}

int main(int argc, char **argv)
{
    const sysboot_device *d = sysboot_lookup(argc > 1 ? (uint32_t)strtoul(argv[1], NULL, 0) : 0u);
    const sysboot_profile *p;

    if (d == NULL) {
        puts("none");
        return 1;
    }
    p = sysboot_facts(d);
    printf("%03X %08lX %08lX %08lX %08lX %08lX %04X %u %02X %s\n",
           (unsigned)d->dev_id, (unsigned long)d->sysmem_base, (unsigned long)d->bootloader,
           (unsigned long)d->sram_base, (unsigned long)d->sram_size, (unsigned long)d->sysmem_size,
           (unsigned)d->flags, (unsigned)d->series, (unsigned)d->interfaces, d->name);
    printf("core=%03X remap=%08lX/%08lX/%08lX clk=%08lX/%08lX rst=%08lX/%08lX/%08lX por=%08lX\n",
           (unsigned)p->core, (unsigned long)p->remap.reg, (unsigned long)p->remap.mask,
           (unsigned long)p->remap.value, (unsigned long)p->remap_clock_reg,
           (unsigned long)p->remap_clock_mask, (unsigned long)p->reset_reg,
           (unsigned long)p->reset_sw_mask, (unsigned long)p->reset_clear_mask,
           (unsigned long)sysboot_power_on_mask(d));
    printf("rdp=%08lX/%08lX/%08lX tz=%08lX/%08lX/%08lX db=%08lX/%08lX/%08lX empty=%08lX/%08lX\n",
           (unsigned long)p->rdp_level2.reg, (unsigned long)p->rdp_level2.mask,
           (unsigned long)p->rdp_level2.value, (unsigned long)p->trustzone.reg,
           (unsigned long)p->trustzone.mask, (unsigned long)p->trustzone.value,
           (unsigned long)p->dual_boot.reg, (unsigned long)p->dual_boot.mask,
           (unsigned long)p->dual_boot.value, (unsigned long)p->empty_reg, (unsigned long)p->empty_mask);
    printf("rdp0=%08lX/%08lX/%08lX\n", (unsigned long)sysboot_rdp_open(d)->reg,
           (unsigned long)sysboot_rdp_open(d)->mask, (unsigned long)sysboot_rdp_open(d)->value);
    return 0;
}

/* Prints the row (and its profile's core and remap) sysboot_lookup() finds
 * for argv[1]; tests/build/run.sh compares a one-row build with the full
 * table for every DEV_ID. */
#include "../../src/internal.h"

#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    const sysboot_device *d = sysboot_lookup(argc > 1 ? (uint32_t)strtoul(argv[1], NULL, 0) : 0u);
    const sysboot_profile *p;

    if (d == NULL) {
        puts("none");
        return 1;
    }
    p = sysboot_profile_of(d);
    printf("%03X %08lX %08lX %08lX %08lX %08lX %04X %u %04X %02X %s core=%03X remap=%08lX\n",
           (unsigned)d->dev_id, (unsigned long)d->sysmem_base, (unsigned long)d->bootloader,
           (unsigned long)d->sram_base, (unsigned long)d->sram_size, (unsigned long)d->sysmem_size,
           (unsigned)d->flags, (unsigned)d->series, (unsigned)d->interfaces, (unsigned)d->profile,
           d->name, (unsigned)p->core, (unsigned long)p->remap.reg);
    return 0;
}

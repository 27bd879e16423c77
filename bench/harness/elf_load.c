/* ELF loading into the emulated memory (see elf_load.h). */
#include "elf_load.h"

#include "machine.h"

#include <elf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int elf_load(const char *path)
{
    FILE *f = fopen(path, "rb");
    Elf32_Ehdr eh;
    int i, rc = 0;
    if (f == NULL) {
        perror(path);
        return -1;
    }
    if (fread(&eh, sizeof eh, 1, f) != 1 || memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0) {
        fprintf(stderr, "%s: not an ELF file\n", path);
        fclose(f);
        return -1;
    }
    for (i = 0; i < eh.e_phnum && rc == 0; i++) {
        Elf32_Phdr ph;
        uint8_t *buf;
        if (fseek(f, (long)(eh.e_phoff + (uint32_t)i * eh.e_phentsize), SEEK_SET) != 0 ||
            fread(&ph, sizeof ph, 1, f) != 1) {
            rc = -1;
            break;
        }
        if (ph.p_type != PT_LOAD || ph.p_filesz == 0)
            continue;
        buf = malloc(ph.p_filesz);
        if (buf == NULL || fseek(f, (long)ph.p_offset, SEEK_SET) != 0 ||
            fread(buf, 1, ph.p_filesz, f) != ph.p_filesz ||
            uc_mem_write(bench_m.uc, ph.p_paddr, buf, ph.p_filesz) != UC_ERR_OK) {
            fprintf(stderr, "%s: cannot load %u bytes at %08X\n", path, (unsigned)ph.p_filesz,
                    (unsigned)ph.p_paddr);
            rc = -1;
        }
        free(buf);
    }
    fclose(f);
    return rc;
}

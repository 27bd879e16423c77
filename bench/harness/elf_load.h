/* Load an ELF's PT_LOAD segments at their physical addresses. */
#ifndef BENCH_ELF_LOAD_H
#define BENCH_ELF_LOAD_H

/* 0 on success; a message on stderr otherwise. */
int elf_load(const char *path);

#endif

/*
 * SRAM with ECC (H7, H5, U5 SRAM2/3) or parity (L4/G4 SRAM2): after
 * power-on its check bits are random, and reading a word no one has written
 * since faults (a double-bit error, or a parity NMI). The model watches the
 * request record's words, the only RAM sysboot reads before the startup
 * code has written it: reading one still unwritten since power-on is a
 * fault. System resets keep RAM and what was written.
 */
#ifndef BENCH_ECC_H
#define BENCH_ECC_H

/* Hooks on the record's words; call once, after the memory is mapped. */
void ecc_install(void);
/* Power-on: every watched word unwritten again (only with --ecc). */
void ecc_power_on(void);

#endif

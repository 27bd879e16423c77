/*
 * The rules the silicon enforces on a clock tree being changed, checked
 * after every write to the RCC, FLASH_ACR or PWR of a modelled layout
 * (clock_facts.h gives the frequencies, tables and lists):
 *  - an instruction fetched from flash with fewer wait states
 *    (FLASH_ACR.LATENCY) than the line's table asks at that clock and
 *    voltage range (or a clock above the range's maximum);
 *  - PLL configuration bits changed while that PLL runs;
 *  - SYSCLK switched to an oscillator that is not ready;
 *  - a clock enable that is 1 at reset and holds what the program uses
 *    (the flash interface, HSEM, the SRAM with the stack or the
 *    application's data) cleared;
 *  - a voltage range lowered while HCLK is above that range's maximum.
 * Each broken rule is reported at once ("[uc] CLOCK RULE ...", with the
 * instruction count), fails the run and fails the ROM entry check.
 */
#ifndef BENCH_CLOCK_RULES_H
#define BENCH_CLOCK_RULES_H

#include <stdint.h>

/* Power-on: nothing broken yet (called before the start state is set). */
void clock_rules_power_on(void);
/* The start state is in place: what the registers give now is the baseline. */
void clock_rules_started(void);
/* Is addr a register the rules watch? */
int clock_rules_watches(uint32_t addr);
/* A watched register went from `old` to `now`. */
void clock_rules_written(uint32_t addr, uint32_t old, uint32_t now);
/* An instruction is fetched at pc (every instruction: cheap when nothing is pending). */
void clock_rules_on_fetch(uint32_t pc);
/* At ROM entry: no rule broken, SYSCLK on the reset clock at its reset
 * frequency, every checked field at its reset value. */
int clock_rules_entry(char *why, unsigned size);

#endif

/*
 * The silicon's clock rules, per SYSBOOT_RCC layout, written from the
 * reference manuals, ST's SVD files and CMSIS headers, and the wait-state
 * tables STM32Cube's HAL/LL quote from them (each source beside its table
 * in clock_facts.c). Deliberately independent of src/clock.c and of
 * data/stm32.def: only the RCC base and the layout token come from the
 * board, so a wrong fact in the library's tables or rows shows here.
 *
 * What a layout answers: the frequencies its registers give now (SYSCLK,
 * the clock the flash wait states count, the voltage range), the wait
 * states that clock needs, which register bits are PLL configuration,
 * which clock enables hold memory, the reset values the ROM may rely on,
 * and an application's realistic clock configuration.
 */
#ifndef BENCH_CLOCK_FACTS_H
#define BENCH_CLOCK_FACTS_H

#include <stdint.h>

/* Register blocks of a fact. */
enum { CF_RCC = 0, CF_FLASH = 1, CF_PWR = 2 };

#define CF_TOO_FAST 99u      /* no wait-state count allows the clock in this range */
#define CF_UNKNOWN  98u      /* the line's table is not modelled (said in clock_facts.c) */

typedef struct {
    uint32_t sysclk, flash_hz;   /* Hz; flash_hz: the clock the wait states count */
    const char *source;          /* SYSCLK source */
    unsigned range;              /* voltage range as the RM numbers it (0 on VOS0/range 0), or 0: none */
    const char *range_name;      /* "range 2", "VOS3", "-" */
    unsigned latency;            /* FLASH_ACR.LATENCY */
    unsigned needed;             /* wait states the table asks, CF_TOO_FAST or CF_UNKNOWN */
} clock_now;

typedef struct {
    uint8_t block;
    uint16_t offset;
    uint32_t value;
} cf_reg;                        /* a register value (reset value, or an application's) */

typedef struct {
    uint8_t block;
    uint16_t offset;
    uint32_t mask;
    uint32_t dirty;              /* the value --clocks leaves in it */
    const char *name;
    uint8_t kind;                /* CF_EQUAL, CF_AT_LEAST, CF_SET_ONLY */
} cf_field;                      /* must be back at its reset value at ROM entry */

enum { CF_EQUAL = 0,             /* at ROM entry: equal to the reset value */
       CF_AT_LEAST = 1,          /* at ROM entry: at or above it (wait states) */
       CF_SET_ONLY = 2 };        /* only what --clocks leaves; not checked */

typedef struct {
    uint8_t block;
    uint16_t offset;
    uint8_t on, rdy;             /* bit numbers */
} cf_ready;                      /* a ready flag that follows its enable */

typedef struct {
    uint16_t offset;             /* in RCC */
    uint32_t mask;               /* configuration bits */
    uint16_t on_offset;          /* the register holding the enables (CR) */
    uint32_t on;                 /* the PLL enables that lock them */
    const char *name;
} cf_guard;                      /* may change only while every `on` bit is 0 */

typedef struct {
    uint16_t offset;             /* in RCC */
    uint32_t bit;
    uint32_t lo, hi;             /* the memory it clocks; hi 0: always in use */
    const char *name;
} cf_memory;                     /* 1 at reset, holds memory or a block the program uses */

typedef struct clock_facts clock_facts;

/* The facts of the board's layout; NULL where the layout is not modelled. */
const clock_facts *clock_facts_of_board(void);
/* What the registers give now (reads through clock_facts_read). */
void clock_facts_now(const clock_facts *f, clock_now *now);
/* The RCC register (offset) and bit SYSCLK switch value sw needs ready;
 * 0 when sw needs nothing (or is reserved: not modelled). */
int clock_facts_ready_for(const clock_facts *f, uint32_t sw, uint16_t *offset, uint32_t *bit);
/* Highest frequency of a voltage range (the last entry of its table). */
uint32_t clock_facts_range_max(const clock_facts *f, unsigned range);
/* Is `range` a lower-performance range than `was`? */
int clock_facts_range_lower(const clock_facts *f, unsigned range, unsigned was);

/* Lists, each ending with an entry whose name is NULL (resets: offset 0xFFFF). */
const cf_reg *clock_facts_resets(const clock_facts *f);
const cf_field *clock_facts_fields(const clock_facts *f);
const cf_guard *clock_facts_guards(const clock_facts *f);
const cf_memory *clock_facts_memories(const clock_facts *f);
const cf_ready *clock_facts_readies(const clock_facts *f);   /* ends with on == rdy */
/* The application's realistic configuration (writes in order); SP moved
 * to *stack when non-zero. */
const cf_reg *clock_facts_preset(const clock_facts *f, uint32_t *stack);
/* Where a block is (CF_RCC: the board's RCC base; 0: none). */
uint32_t clock_facts_block(const clock_facts *f, unsigned block);
/* The SW field of the board's CFGR: register offset, mask; and the SW
 * value of the reset clock. */
void clock_facts_switch(const clock_facts *f, uint16_t *cfgr, uint32_t *mask, uint32_t *reset_sw);
unsigned clock_facts_sws_shift(const clock_facts *f);   /* SWS = SW << shift */
/* The PWR clock enable (RCC offset, bit); 0 bit: PWR always clocked. */
void clock_facts_pwr_clock(const clock_facts *f, uint16_t *offset, uint32_t *bit);
/* Highest LATENCY value the line defines (what --clocks leaves). */
unsigned clock_facts_latency_max(const clock_facts *f);
uint32_t clock_facts_latency_mask(const clock_facts *f);
/* The reset clock: source name and frequency. */
void clock_facts_reset_clock(const clock_facts *f, const char **source, uint32_t *hz);

/* Provided by rcc.c: the modelled value of a register. */
uint32_t clock_facts_read(uint32_t addr);

#endif

/*
 * The chip around the core, from the board's profile row: DBGMCU_IDCODE,
 * the SYSCFG remap (and its clock enable), the reset-cause register, the
 * option bytes the library reads (RDP, TZEN, dual boot, empty flag), the
 * bench USART, the USB blocks (usb_model.h) and watchdogs
 * (watchdog_model.h); everything else in the peripheral space and the PPB is a
 * plain register store.
 */
#ifndef BENCH_SOC_H
#define BENCH_SOC_H

#include <stdint.h>

/* Power-on: option bytes per scenario, reset cause = power-on. */
void soc_power_on(void);
/* A SYSRESETREQ: the software-reset flag joins the others, remap undone. */
void soc_system_reset(void);
void soc_map(void);
/* Was the remap clock enabled before the remap register was written? */
int soc_remap_ok(void);
/* Does the hardware boot system memory by itself now (empty flag set, BOOT0
 * high, the empty check at power-on)? */
int soc_boots_sysmem(void);
/* Point address 0 at system memory (1) or flash (0). */
void soc_alias0(int sysmem);
/* A peripheral register's stored value, without the access's side effects
 * (for the USB and watchdog models). */
uint32_t soc_peek(uint32_t addr);
void soc_poke(uint32_t addr, uint32_t value);

#endif

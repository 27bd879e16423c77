/*
 * The stand-in ROM bootloader, built per board by the Makefile from
 * data/stm32.def facts: STANDIN_TABLE (link and vector address), STANDIN_MSP,
 * STANDIN_DEV_ID, STANDIN_USART (+ STANDIN_USART_V1), STANDIN_REMAP,
 * STANDIN_CORE (SYSBOOT_CORE_*).
 */
#ifndef STANDIN_H
#define STANDIN_H

#include <stdint.h>

#define REG32(a) (*(volatile uint32_t *)(uintptr_t)(a))

#define CORE_M0  0xC20u
#define CORE_M0P 0xC60u
#define CORE_M4  0xC24u
#define CORE_M7  0xC27u
#define CORE_M33 0xD21u

#define STANDIN_V6M (STANDIN_CORE == CORE_M0 || STANDIN_CORE == CORE_M0P)
#define STANDIN_FPU (STANDIN_CORE == CORE_M4 || STANDIN_CORE == CORE_M7 || STANDIN_CORE == CORE_M33)

/* The state captured by the naked reset handler before any stack use. */
typedef struct {
    uint32_t sp, control, primask, ipsr, basepri, faultmask;
} standin_entry_state;

/* Check the state the ROM needs; returns the number of failed checks. */
unsigned standin_check(const standin_entry_state *s);
/* Serve AN3155 on the bench USART until GO. Returns the GO address. */
uint32_t standin_serve_an3155(void);
/* Flash (flash.c, boards whose line has a SYSBOOT_FLASH row): the erase
 * command after its command bytes; a write into flash (-1: not a flash
 * address, else 1 programmed or 0 refused); whether read protection refuses
 * a command; what the ROM does to the flash interface when it starts. */
void standin_flash_erase(void);
int standin_flash_write(uint32_t addr, const uint8_t *data, unsigned length);
int standin_flash_refuses(uint8_t cmd);
void standin_flash_entry(void);
/* GO: MSP and PC from the vector table at `addr`, as the ROM does. */
__attribute__((noreturn)) void standin_go(uint32_t addr);

#endif

/*
 * The bench's flash interface: how the stand-in ROM asks the emulated chip
 * to erase and program its flash. A real ROM drives the flash controller's
 * registers; on the bench that controller is the harness's flash model
 * (harness/flash_model.c), reached through three semihosting operations
 * outside the range ARM assigns (0x00-0xFF). The model applies the line's
 * layout and programming rules from data/stm32.def (SYSBOOT_FLASH).
 */
#ifndef BENCH_FLASH_PORT_H
#define BENCH_FLASH_PORT_H

#include <stdint.h>

#define BENCH_SH_FLASH_ERASE   0x100u  /* r1 -> uint32_t page, or BENCH_FLASH_ALL_PAGES */
#define BENCH_SH_FLASH_PROGRAM 0x101u  /* r1 -> bench_flash_program */
#define BENCH_SH_FLASH_STATE   0x102u  /* r0 <- BENCH_FLASH_STATE_* bits */

#define BENCH_FLASH_ALL_PAGES 0xFFFFFFFFu

typedef struct {
    uint32_t address;   /* in flash */
    uint32_t source;    /* guest address of the bytes */
    uint32_t length;
} bench_flash_program;

/* What the operations return in r0: the flash controller's error flags,
 * reduced to what the ROM tells apart. */
#define BENCH_FLASH_OK         0u
#define BENCH_FLASH_ERR_WRP    1u   /* a page is write-protected (WRPERR) */
#define BENCH_FLASH_ERR_ERASED 3u   /* a unit already programmed since its erase (PROGERR) */
#define BENCH_FLASH_ERR_RANGE  4u   /* outside the main flash, or no such page */
#define BENCH_FLASH_ERR_RDP    5u   /* read protection active: no access to the flash */

/* BENCH_SH_FLASH_STATE: the option bytes as the ROM reads them at entry. */
#define BENCH_FLASH_STATE_RDP1 0x1u  /* read protection level 1 */

#endif

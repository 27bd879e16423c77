/* Human-readable statuses, one line each, saying what to do about them. */
#include "sysboot.h"

const char *sysboot_status_str(sysboot_status s)
{
    switch (s) {
    case SYSBOOT_OK:
        return "ok";
    case SYSBOOT_ERR_UNKNOWN_DEVICE:
        return "unknown device: DEV_ID not in this build's table (build with the chip's CMSIS device macro, or widen SYSBOOT_ONLY_SERIES)";
    case SYSBOOT_ERR_NO_BOOTLOADER:
        return "no bootloader: the vector table at the bootloader address is not a ROM bootloader's";
    case SYSBOOT_ERR_EMPTY_CHECK:
        return "empty check: this ROM would return to flash (use SYSBOOT_OPT_EMPTY_ROUTE where offered, or BOOT0)";
    case SYSBOOT_ERR_TRUSTZONE:
        return "TrustZone enabled (TZEN=1): the ROM is reachable only through the secure boot path";
    case SYSBOOT_ERR_READ_PROTECTED:
        return "read protection level 2: system memory boot is disabled";
    case SYSBOOT_ERR_WRONG_CORE:
        return "wrong core: only the main core of this dual-core part can run the ROM";
    case SYSBOOT_ERR_CONTEXT:
        return "wrong context: call from privileged thread mode, not an ISR or unprivileged task";
    case SYSBOOT_ERR_NO_EARLY_HOOK:
        return "sysboot_early() did not run at start-up (or the build says SYSBOOT_NO_EARLY_HOOK): add it to Reset_Handler, or use sysboot_jump_now()";
    case SYSBOOT_ERR_NO_SOFTWARE_ENTRY:
        return "this line's ROM has no documented entry from software";
    case SYSBOOT_ERR_NO_RESET_CAUSE:
        return "no reset-cause register known for this line: the reset path cannot tell a request from leftover RAM (use sysboot_jump_now)";
    case SYSBOOT_ERR_CLOCK:
        return "clock reset timed out: an oscillator or PLL never became ready; the application runs on the clock reached (use SYSBOOT_OPT_KEEP_CLOCKS to skip it)";
    case SYSBOOT_ERR_WRONG_DEVICE:
        return "wrong device: the chip's DEV_ID is not the line this build was compiled for (check the CMSIS device macro or SYSBOOT_DEV_ID)";
    case SYSBOOT_ERR_ENTRY_UNCONFIRMED:
        return "the ROM's entry address for this line has no ST source yet: no jump on a guess (use BOOT0)";
    case SYSBOOT_ERR_RECORD_PLACEMENT:
        return "the request record lies in RAM the ROM bootloader uses: place .sysboot_noinit elsewhere (ld/sysboot.ld)";
    case SYSBOOT_STATUS_COUNT:
    default:
        return "unknown status";
    }
}

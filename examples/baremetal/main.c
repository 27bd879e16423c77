/*
 * Bare-metal example: a console on USART2 that enters the ROM bootloader
 * when it receives the line "sysboot:enter-bootloader" (what
 * `sysboot enter --magic` sends).
 *
 * The receive interrupt only feeds the matcher and raises a flag; the main
 * loop, in thread mode, calls sysboot_enter(). sysboot_enter() records the
 * request and resets; sysboot_early() in Reset_Handler (common/startup.c)
 * then branches to the ROM from reset state.
 */
#include "board.h"
#include "sysboot.h"

static sysboot_magic console_magic;

/* Handler mode: matching and a flag only, never a reset or a jump. */
void board_console_rx(uint8_t byte)
{
    if (sysboot_magic_feed(&console_magic, byte))
        sysboot_request_from_isr();
}

int main(void)
{
    int request_refused = 0;

    /* The matcher must be ready before the first receive interrupt. */
    sysboot_magic_init(&console_magic, SYSBOOT_MAGIC_LINE);
    board_init();
#if SYSBOOT_MAGIC_IS_SECRET
    board_console_write("sysboot bare-metal example: send the product's magic line\r\n");   /* a secret is never shown */
#else
    board_console_write("sysboot bare-metal example: send \"" SYSBOOT_MAGIC_LINE "\"\r\n");
#endif

    for (;;) {
        if (sysboot_request_pending() && !request_refused) {
            /* Returns only if the request was refused; nothing changed. */
            sysboot_status status = sysboot_enter();
            board_console_write("sysboot: not entering the bootloader: ");
            board_console_write(sysboot_status_str(status));
            board_console_write("\r\n");
            /* The flag stays raised; remember the answer instead of
             * refusing in a tight loop. */
            request_refused = 1;
        }
        board_idle();
    }
}

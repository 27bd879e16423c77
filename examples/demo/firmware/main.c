/*
 * The demo application: a console that says which chip it runs on and
 * enters the ROM bootloader when it receives the magic line that
 * `sysboot enter --magic` sends (or the build's own secret line,
 * -DSYSBOOT_MAGIC_LINE). Everything else it receives is ignored, so noise
 * or a stray byte can never trigger it.
 */
#include "console.h"
#include "sysboot.h"

#include <stddef.h>

/* The version the banner names: the demo builds a second one
 * (-DDEMO_VERSION='"2"') to show `sysboot flash` updating the board. */
#ifndef DEMO_VERSION
#define DEMO_VERSION "1"
#endif

static void say_chip(void)
{
    const sysboot_device *d = sysboot_identify();

    if (d == NULL) {
        console_puts("[app] this chip is not in the database\r\n");
        return;
    }
    console_puts("[app] running on DEV_ID 0x");
    console_hex(d->dev_id, 3);
    console_puts(" (");
    console_puts(d->name);
    console_puts("), ROM bootloader table at 0x");
    console_hex(d->bootloader, 8);
    console_puts("\r\n");
}

int main(void)
{
    sysboot_magic magic;

    console_puts("\r\n[app] sysboot demo firmware version " DEMO_VERSION " started\r\n");
    say_chip();
#if SYSBOOT_MAGIC_IS_SECRET
    console_puts("[app] waiting for the product's magic line\r\n");   /* never shown */
#else
    console_puts("[app] waiting for \"" SYSBOOT_MAGIC_LINE "\"\r\n");
#endif
    sysboot_magic_init(&magic, SYSBOOT_MAGIC_LINE);
    for (;;) {
        int c = console_getc();
        sysboot_status st;

        if (c < 0 || !sysboot_magic_feed(&magic, (uint8_t)c))
            continue;
        console_puts("[app] magic line received: sysboot_enter() records the request and resets\r\n");
        console_flush();
        st = sysboot_enter();
        /* Only a refusal comes back, with nothing changed. */
        console_puts("[app] not entering the bootloader: ");
        console_puts(sysboot_status_str(st));
        console_puts("\r\n");
    }
}

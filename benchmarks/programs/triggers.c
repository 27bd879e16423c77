/* The trigger helpers of src/trigger.c, every one called once. */
#include "program.h"

#include "sysboot.h"

static sysboot_magic magic;
static sysboot_touch touch;

void program_early(void)
{
}

void program_main(void)
{
    sysboot_magic_init(&magic, SYSBOOT_MAGIC_DEFAULT);
    if (sysboot_magic_feed(&magic, (uint8_t)'\n'))
        sysboot_request_from_isr();
    sysboot_touch_init(&touch);
    sysboot_touch_line_coding(&touch, 1200u);
    if (sysboot_touch_control_line(&touch, 0))
        sysboot_request_from_isr();
    if (sysboot_request_pending())
        sysboot_request_clear();
}

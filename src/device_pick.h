/*
 * One field of the single device row a -DSYSBOOT_DEV_ID build keeps,
 * picked at compile time: expands to
 *   ((dev_id_1 == SYSBOOT_DEV_ID) ? field_1 : (dev_id_2 == ...) ? ... : none)
 * over every row of data/stm32.def. The includer defines SYSBOOT_PICK to
 * the field wanted (see devices.c). Included once per field, on purpose
 * without an include guard.
 */
(
#define SYSBOOT_DEVICE SYSBOOT_PICK_ROW
#include "data_rows.h"
SYSBOOT_PICK(0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, "")
)

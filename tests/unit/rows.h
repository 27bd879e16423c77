/* Every DEV_ID of data/stm32.def (and the test rows of extra.def), expanded
 * here independently of the library's table, so the exhaustive tests cover
 * every row there is. */
#ifndef SYSBOOT_TEST_ROWS_H
#define SYSBOOT_TEST_ROWS_H
#include "sysboot.h"
static const uint16_t all_dev_ids[] = {
#define SYSBOOT_DEVICE(dev_id, ...) dev_id,
#include "extra.def"
#include "../../data/stm32.def"
};
#define ALL_ROWS (sizeof all_dev_ids / sizeof all_dev_ids[0])
#endif

#ifndef SYSBOOT_TEST_TESTS_H
#define SYSBOOT_TEST_TESTS_H
#include "check.h"
#include <stddef.h>
extern const test_case identify_tests[];
extern const test_case check_tests[];
extern const test_case jump_tests[];
extern const test_case enter_tests[];
extern const test_case status_tests[];
extern const test_case usb_tests[];
extern const test_case watchdog_tests[];
extern const test_case clock_tests[];
extern const test_case rows_tests[];
extern const test_case facts_tests[];
extern const test_case facts_rows_tests[];
extern const test_case facts_sites_tests[];
#endif

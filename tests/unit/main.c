/* Runs every unit test; ends with "N passed, N failed". */
#include "check.h"
#include "tests.h"

#include <stdlib.h>
#include <string.h>

int check_failures;

int main(int argc, char **argv)
{
    const test_case *groups[] = { facts_tests, facts_rows_tests, facts_sites_tests,
                                  identify_tests, check_tests, jump_tests, enter_tests,
                                  status_tests, usb_tests, watchdog_tests,
                                  clock_tests, rows_tests };
    unsigned g, passed = 0, failed = 0;
    /* the mutation run only needs to know that something failed */
    const char *fail_fast = getenv("SYSBOOT_UNIT_FAIL_FAST");

    for (g = 0; g < sizeof groups / sizeof groups[0] && !(fail_fast && failed); g++) {
        const test_case *t;
        for (t = groups[g]; t->name != NULL; t++) {
            if (argc > 1 && strstr(t->name, argv[1]) == NULL)
                continue;
            check_failures = 0;
            t->fn();
            if (check_failures == 0) {
                passed++;
                printf("PASS %s\n", t->name);
            } else {
                failed++;
                printf("FAIL %s (%d checks)\n", t->name, check_failures);
                if (fail_fast)
                    break;
            }
        }
    }
    printf("unit: %u passed, %u failed\n", passed, failed);
    return failed != 0;
}

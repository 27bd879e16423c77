/* Every status has its own message. */
#include "tests.h"
#include "sysboot.h"
#include <string.h>

TEST(status_strings_distinct)
{
    unsigned a, b;
    for (a = 0; a < SYSBOOT_STATUS_COUNT; a++) {
        const char *s = sysboot_status_str((sysboot_status)a);
        CHECK(s != NULL && strlen(s) > 1);
        CHECK(strcmp(s, "unknown status") != 0);
        for (b = 0; b < a; b++)
            CHECK(strcmp(s, sysboot_status_str((sysboot_status)b)) != 0);
    }
    CHECK(strcmp(sysboot_status_str(SYSBOOT_STATUS_COUNT), "unknown status") == 0);
}

const test_case status_tests[] = {
    { "status_strings_distinct", status_strings_distinct },
    { NULL, NULL }
};

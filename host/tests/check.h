/* The tiny assertion counter the host unit tests share. Each test program
 * ends by printing "N passed, N failed". */
#ifndef SYSBOOT_HOST_TEST_CHECK_H
#define SYSBOOT_HOST_TEST_CHECK_H

#include <stdio.h>

static int checks_passed;
static int checks_failed;

#define CHECK(condition, what) \
    do { \
        if (condition) { \
            checks_passed++; \
        } else { \
            checks_failed++; \
            printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, what); \
        } \
    } while (0)

static int check_summary(void)
{
    printf("%d passed, %d failed\n", checks_passed, checks_failed);
    return checks_failed == 0 ? 0 : 1;
}

#endif

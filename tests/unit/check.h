/* A minimal test runner: each test is a function; CHECK records failures. */
#ifndef SYSBOOT_TEST_CHECK_H
#define SYSBOOT_TEST_CHECK_H

#include <stdio.h>

extern int check_failures;   /* failures in the running test */

#define CHECK(cond)                                                            \
    do {                                                                       \
        if (!(cond)) {                                                         \
            check_failures++;                                                  \
            if (check_failures <= 5)                                           \
                printf("    %s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); \
        }                                                                      \
    } while (0)

#define CHECK_EQ(a, b)                                                         \
    do {                                                                       \
        unsigned long check_a_ = (unsigned long)(a), check_b_ = (unsigned long)(b); \
        if (check_a_ != check_b_) {                                            \
            check_failures++;                                                  \
            if (check_failures <= 5)                                           \
                printf("    %s:%d: %s == %s failed: 0x%lx != 0x%lx\n", __FILE__, __LINE__, \
                       #a, #b, check_a_, check_b_);                            \
        }                                                                      \
    } while (0)

typedef struct {
    const char *name;
    void (*fn)(void);
} test_case;

#define TEST(name) static void name(void)

#endif

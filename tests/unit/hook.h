#ifndef SYSBOOT_TEST_HOOK_H
#define SYSBOOT_TEST_HOOK_H
#include "sysboot.h"
extern unsigned hook_calls;
extern unsigned hook_write_index;   /* writes logged when the hook ran */
extern void (*hook_action)(void);
void hook_reset(void);
#endif

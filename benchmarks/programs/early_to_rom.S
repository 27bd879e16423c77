/*
 * A normal boot, counted: program_early() calls sysboot_early() with its
 * return address set to the reset vector of the ROM's table at ROM_TABLE
 * (-DROM_TABLE=0x1FFF0000), so that bench-uc --count-from sysboot_early
 * stops at the hook's own return: every instruction of the hook, and none
 * of the caller's. Assembled per bench board; nothing runs after it.
 */
#ifndef ROM_TABLE
#define ROM_TABLE 0x1FFF0000
#endif

    .syntax unified
    .thumb
    .section .text.program_early, "ax", %progbits
    .global program_early
    .type program_early, %function
    .thumb_func
program_early:
    ldr   r0, =ROM_TABLE
    ldr   r0, [r0, #4]          /* the ROM's reset vector */
    mov   lr, r0
    ldr   r1, =sysboot_early
    bx    r1
    .ltorg
    .size program_early, . - program_early

    .section .text.program_main, "ax", %progbits
    .global program_main
    .type program_main, %function
    .thumb_func
program_main:
    bx    lr
    .size program_main, . - program_main

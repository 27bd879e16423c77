/*
 * The physical floor: the smallest instruction sequence that hands over to
 * a ROM vector table at FLOOR_TABLE (-DFLOOR_TABLE=0x1FFF0000): point VTOR
 * at the table, load MSP and PC from its first two words, branch. No
 * checks, no quiescing, no remap: a lower bound to compare against, not a
 * way in to use.
 */
#ifndef FLOOR_TABLE
#define FLOOR_TABLE 0x1FFF0000
#endif

    .syntax unified
    .thumb
    .section .text.floor_enter, "ax", %progbits
    .global floor_enter
    .type floor_enter, %function
    .thumb_func
floor_enter:
    ldr   r0, =FLOOR_TABLE
    ldr   r1, =0xE000ED08       /* SCB->VTOR */
    str   r0, [r1]
    ldmia r0!, {r1, r2}         /* r1 = initial MSP, r2 = reset vector */
    msr   msp, r1
    bx    r2
    .ltorg
    .size floor_enter, . - floor_enter

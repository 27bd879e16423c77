/*
 * STAND-IN for the startup file STM32CubeMX/STM32CubeIDE generates
 * (Core/Startup/startup_stm32f405rgtx.s), written for sysboot's example:
 * same file name, same symbols (_estack, _sidata, _sdata, _edata, _sbss,
 * _ebss, SystemInit, main, g_pfnVectors), same order of steps, so the
 * patch in ../../sysboot.patch shows the change you make to the real one.
 */
    .syntax unified
    .cpu cortex-m4
    .thumb

    .section .text.Reset_Handler, "ax", %progbits
    .global Reset_Handler
    .type Reset_Handler, %function
Reset_Handler:
    ldr   r0, =_estack
    mov   sp, r0                /* the stack pointer, as the reset did */

    bl    sysboot_early         /* first: branches to the ROM if asked */

    bl    SystemInit            /* FPU access, VTOR; clocks come later */

    ldr   r0, =_sdata           /* copy .data from flash */
    ldr   r1, =_edata
    ldr   r2, =_sidata
copy_data:
    cmp   r0, r1
    bhs   zero_bss
    ldr   r3, [r2], #4
    str   r3, [r0], #4
    b     copy_data

zero_bss:
    ldr   r0, =_sbss            /* zero .bss */
    ldr   r1, =_ebss
    movs  r3, #0
zero_loop:
    cmp   r0, r1
    bhs   run_main
    str   r3, [r0], #4
    b     zero_loop

run_main:
    bl    main
hang:
    b     hang
    .size Reset_Handler, .-Reset_Handler

    .section .text.Default_Handler, "ax", %progbits
    .global Default_Handler
    .type Default_Handler, %function
Default_Handler:
    b     Default_Handler
    .size Default_Handler, .-Default_Handler

/* Vector table: the core's 16 entries, then the 82 STM32F405 lines
 * (cmsis_device_f4 stm32f405xx.h); only USART2 (line 38) is named here. */
    .section .isr_vector, "a", %progbits
    .global g_pfnVectors
    .type g_pfnVectors, %object
g_pfnVectors:
    .word _estack
    .word Reset_Handler
    .rept 14
    .word Default_Handler
    .endr
    .rept 38
    .word Default_Handler
    .endr
    .word USART2_IRQHandler
    .rept 82 - 39
    .word Default_Handler
    .endr
    .size g_pfnVectors, .-g_pfnVectors

    .weak USART2_IRQHandler
    .thumb_set USART2_IRQHandler, Default_Handler

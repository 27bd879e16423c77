/*
 * Generated from data/stm32.def by tools/gen_lines.c (make docs): do not edit.
 *
 * The line a build is for. The project's CMSIS device macro (STM32F405xx,
 * STM32G071xx, ... as CubeMX, the CMSIS templates, PlatformIO and Zephyr pass
 * it) names its DEV_ID, unless the build says SYSBOOT_UNIVERSAL or names a
 * DEV_ID itself; a DEV_ID names its series, so only that series' rows are
 * expanded. A macro whose parts span two DEV_IDs only narrows the series.
 */
#ifndef SYSBOOT_LINES_H
#define SYSBOOT_LINES_H

#if !defined(SYSBOOT_UNIVERSAL) && !defined(SYSBOOT_DEV_ID)
#endif

/* The series of a named DEV_ID (test rows of SYSBOOT_EXTRA_DEF have none). */
#if defined(SYSBOOT_DEV_ID)
#if (SYSBOOT_DEV_ID) == 0x443 || \
    (SYSBOOT_DEV_ID) == 0x453 || \
    (SYSBOOT_DEV_ID) == 0x44C || \
    (SYSBOOT_DEV_ID) == 0x493 || \
    (SYSBOOT_DEV_ID) == 0x44D
#define SYSBOOT_LINE_SERIES SYSBOOT_SERIES_C0
#elif (SYSBOOT_DEV_ID) == 0x44F || \
    (SYSBOOT_DEV_ID) == 0x44E || \
    (SYSBOOT_DEV_ID) == 0x45A
#define SYSBOOT_LINE_SERIES SYSBOOT_SERIES_C5
#elif (SYSBOOT_DEV_ID) == 0x440 || \
    (SYSBOOT_DEV_ID) == 0x444 || \
    (SYSBOOT_DEV_ID) == 0x442 || \
    (SYSBOOT_DEV_ID) == 0x445 || \
    (SYSBOOT_DEV_ID) == 0x448
#define SYSBOOT_LINE_SERIES SYSBOOT_SERIES_F0
#elif (SYSBOOT_DEV_ID) == 0x412 || \
    (SYSBOOT_DEV_ID) == 0x410 || \
    (SYSBOOT_DEV_ID) == 0x414 || \
    (SYSBOOT_DEV_ID) == 0x420 || \
    (SYSBOOT_DEV_ID) == 0x428 || \
    (SYSBOOT_DEV_ID) == 0x418 || \
    (SYSBOOT_DEV_ID) == 0x430
#define SYSBOOT_LINE_SERIES SYSBOOT_SERIES_F1
#elif (SYSBOOT_DEV_ID) == 0x411
#define SYSBOOT_LINE_SERIES SYSBOOT_SERIES_F2
#elif (SYSBOOT_DEV_ID) == 0x432 || \
    (SYSBOOT_DEV_ID) == 0x422 || \
    (SYSBOOT_DEV_ID) == 0x439 || \
    (SYSBOOT_DEV_ID) == 0x438 || \
    (SYSBOOT_DEV_ID) == 0x446
#define SYSBOOT_LINE_SERIES SYSBOOT_SERIES_F3
#elif (SYSBOOT_DEV_ID) == 0x413 || \
    (SYSBOOT_DEV_ID) == 0x419 || \
    (SYSBOOT_DEV_ID) == 0x423 || \
    (SYSBOOT_DEV_ID) == 0x433 || \
    (SYSBOOT_DEV_ID) == 0x458 || \
    (SYSBOOT_DEV_ID) == 0x431 || \
    (SYSBOOT_DEV_ID) == 0x441 || \
    (SYSBOOT_DEV_ID) == 0x463 || \
    (SYSBOOT_DEV_ID) == 0x421 || \
    (SYSBOOT_DEV_ID) == 0x434
#define SYSBOOT_LINE_SERIES SYSBOOT_SERIES_F4
#elif (SYSBOOT_DEV_ID) == 0x452 || \
    (SYSBOOT_DEV_ID) == 0x449 || \
    (SYSBOOT_DEV_ID) == 0x451
#define SYSBOOT_LINE_SERIES SYSBOOT_SERIES_F7
#elif (SYSBOOT_DEV_ID) == 0x466 || \
    (SYSBOOT_DEV_ID) == 0x456 || \
    (SYSBOOT_DEV_ID) == 0x460 || \
    (SYSBOOT_DEV_ID) == 0x467
#define SYSBOOT_LINE_SERIES SYSBOOT_SERIES_G0
#elif (SYSBOOT_DEV_ID) == 0x468 || \
    (SYSBOOT_DEV_ID) == 0x469 || \
    (SYSBOOT_DEV_ID) == 0x479
#define SYSBOOT_LINE_SERIES SYSBOOT_SERIES_G4
#elif (SYSBOOT_DEV_ID) == 0x474 || \
    (SYSBOOT_DEV_ID) == 0x478 || \
    (SYSBOOT_DEV_ID) == 0x484 || \
    (SYSBOOT_DEV_ID) == 0x47A
#define SYSBOOT_LINE_SERIES SYSBOOT_SERIES_H5
#elif (SYSBOOT_DEV_ID) == 0x450 || \
    (SYSBOOT_DEV_ID) == 0x483 || \
    (SYSBOOT_DEV_ID) == 0x480
#define SYSBOOT_LINE_SERIES SYSBOOT_SERIES_H7
#elif (SYSBOOT_DEV_ID) == 0x485
#define SYSBOOT_LINE_SERIES SYSBOOT_SERIES_H7RS
#elif (SYSBOOT_DEV_ID) == 0x457 || \
    (SYSBOOT_DEV_ID) == 0x425 || \
    (SYSBOOT_DEV_ID) == 0x417 || \
    (SYSBOOT_DEV_ID) == 0x447
#define SYSBOOT_LINE_SERIES SYSBOOT_SERIES_L0
#elif (SYSBOOT_DEV_ID) == 0x416 || \
    (SYSBOOT_DEV_ID) == 0x429 || \
    (SYSBOOT_DEV_ID) == 0x427 || \
    (SYSBOOT_DEV_ID) == 0x436 || \
    (SYSBOOT_DEV_ID) == 0x437
#define SYSBOOT_LINE_SERIES SYSBOOT_SERIES_L1
#elif (SYSBOOT_DEV_ID) == 0x464 || \
    (SYSBOOT_DEV_ID) == 0x435 || \
    (SYSBOOT_DEV_ID) == 0x462 || \
    (SYSBOOT_DEV_ID) == 0x415 || \
    (SYSBOOT_DEV_ID) == 0x461
#define SYSBOOT_LINE_SERIES SYSBOOT_SERIES_L4
#elif (SYSBOOT_DEV_ID) == 0x470 || \
    (SYSBOOT_DEV_ID) == 0x471
#define SYSBOOT_LINE_SERIES SYSBOOT_SERIES_L4P
#elif (SYSBOOT_DEV_ID) == 0x472
#define SYSBOOT_LINE_SERIES SYSBOOT_SERIES_L5
#elif (SYSBOOT_DEV_ID) == 0x459 || \
    (SYSBOOT_DEV_ID) == 0x489
#define SYSBOOT_LINE_SERIES SYSBOOT_SERIES_U0
#elif (SYSBOOT_DEV_ID) == 0x454 || \
    (SYSBOOT_DEV_ID) == 0x42A
#define SYSBOOT_LINE_SERIES SYSBOOT_SERIES_U3
#elif (SYSBOOT_DEV_ID) == 0x455 || \
    (SYSBOOT_DEV_ID) == 0x482 || \
    (SYSBOOT_DEV_ID) == 0x481 || \
    (SYSBOOT_DEV_ID) == 0x476
#define SYSBOOT_LINE_SERIES SYSBOOT_SERIES_U5
#elif (SYSBOOT_DEV_ID) == 0x494 || \
    (SYSBOOT_DEV_ID) == 0x495 || \
    (SYSBOOT_DEV_ID) == 0x496
#define SYSBOOT_LINE_SERIES SYSBOOT_SERIES_WB
#elif (SYSBOOT_DEV_ID) == 0x4B2 || \
    (SYSBOOT_DEV_ID) == 0x492 || \
    (SYSBOOT_DEV_ID) == 0x4B0
#define SYSBOOT_LINE_SERIES SYSBOOT_SERIES_WBA
#elif (SYSBOOT_DEV_ID) == 0x497
#define SYSBOOT_LINE_SERIES SYSBOOT_SERIES_WL
#elif (SYSBOOT_DEV_ID) == 0x028 || \
    (SYSBOOT_DEV_ID) == 0x01E || \
    (SYSBOOT_DEV_ID) == 0x032
#define SYSBOOT_LINE_SERIES SYSBOOT_SERIES_WB0
#elif (SYSBOOT_DEV_ID) == 0x027
#define SYSBOOT_LINE_SERIES SYSBOOT_SERIES_WL3
#elif (SYSBOOT_DEV_ID) == 0x486
#define SYSBOOT_LINE_SERIES SYSBOOT_SERIES_N6
#endif
#elif defined(SYSBOOT_CMSIS_SERIES)
#define SYSBOOT_LINE_SERIES SYSBOOT_CMSIS_SERIES
#endif

#if defined(SYSBOOT_LINE_SERIES)
#if !defined(SYSBOOT_ONLY_SERIES)
#define SYSBOOT_ONLY_SERIES SYSBOOT_LINE_SERIES
#elif (SYSBOOT_ONLY_SERIES) != (SYSBOOT_LINE_SERIES)
#error "SYSBOOT_ONLY_SERIES names another series than the build's line (device macro or SYSBOOT_DEV_ID)"
#endif
#endif

#endif /* SYSBOOT_LINES_H */

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

/* The SYSBOOT_SERIES_* codes: the check at the end compares them, and in
 * #if a name that is no macro is 0, which would make every series equal. */
#include "sysboot.h"

#if !defined(SYSBOOT_UNIVERSAL) && !defined(SYSBOOT_DEV_ID)
#if defined(STM32C011xx)
#define SYSBOOT_DEV_ID 0x443
#elif defined(STM32C031xx)
#define SYSBOOT_DEV_ID 0x453
#elif defined(STM32C051xx)
#define SYSBOOT_DEV_ID 0x44C
#elif defined(STM32C071xx)
#define SYSBOOT_DEV_ID 0x493
#elif defined(STM32C091xx) || \
    defined(STM32C092xx)
#define SYSBOOT_DEV_ID 0x44D
#elif defined(STM32C531xx) || \
    defined(STM32C532xx) || \
    defined(STM32C542xx)
#define SYSBOOT_DEV_ID 0x44F
#elif defined(STM32C551xx) || \
    defined(STM32C552xx) || \
    defined(STM32C562xx)
#define SYSBOOT_DEV_ID 0x44E
#elif defined(STM32C591xx) || \
    defined(STM32C593xx) || \
    defined(STM32C5A3xx)
#define SYSBOOT_DEV_ID 0x45A
#elif defined(STM32F030x8) || \
    defined(STM32F051x8) || \
    defined(STM32F058xx)
#define SYSBOOT_DEV_ID 0x440
#elif defined(STM32F030x6) || \
    defined(STM32F031x6) || \
    defined(STM32F038xx)
#define SYSBOOT_DEV_ID 0x444
#elif defined(STM32F030xC) || \
    defined(STM32F091xC) || \
    defined(STM32F098xx)
#define SYSBOOT_DEV_ID 0x442
#elif defined(STM32F042x6) || \
    defined(STM32F048xx) || \
    defined(STM32F048x6) || \
    defined(STM32F070x6)
#define SYSBOOT_DEV_ID 0x445
#elif defined(STM32F070xB) || \
    defined(STM32F071xB) || \
    defined(STM32F072xB) || \
    defined(STM32F078xx)
#define SYSBOOT_DEV_ID 0x448
#elif defined(STM32F101x6) || \
    defined(STM32F102x6) || \
    defined(STM32F103x6)
#define SYSBOOT_DEV_ID 0x412
#elif defined(STM32F101xB) || \
    defined(STM32F102xB) || \
    defined(STM32F103xB)
#define SYSBOOT_DEV_ID 0x410
#elif defined(STM32F101xE) || \
    defined(STM32F103xE)
#define SYSBOOT_DEV_ID 0x414
#elif defined(STM32F100xB)
#define SYSBOOT_DEV_ID 0x420
#elif defined(STM32F100xE)
#define SYSBOOT_DEV_ID 0x428
#elif defined(STM32F105xC) || \
    defined(STM32F107xC)
#define SYSBOOT_DEV_ID 0x418
#elif defined(STM32F101xG) || \
    defined(STM32F103xG)
#define SYSBOOT_DEV_ID 0x430
#elif defined(STM32F205xx) || \
    defined(STM32F207xx) || \
    defined(STM32F215xx) || \
    defined(STM32F217xx)
#define SYSBOOT_DEV_ID 0x411
#elif defined(STM32F373xC) || \
    defined(STM32F378xx)
#define SYSBOOT_DEV_ID 0x432
#elif defined(STM32F302xC) || \
    defined(STM32F303xC) || \
    defined(STM32F358xx)
#define SYSBOOT_DEV_ID 0x422
#elif defined(STM32F301x8) || \
    defined(STM32F302x8) || \
    defined(STM32F318xx)
#define SYSBOOT_DEV_ID 0x439
#elif defined(STM32F303x8) || \
    defined(STM32F328xx) || \
    defined(STM32F334x8)
#define SYSBOOT_DEV_ID 0x438
#elif defined(STM32F302xE) || \
    defined(STM32F303xE) || \
    defined(STM32F398xx)
#define SYSBOOT_DEV_ID 0x446
#elif defined(STM32F405xx) || \
    defined(STM32F407xx) || \
    defined(STM32F415xx) || \
    defined(STM32F417xx)
#define SYSBOOT_DEV_ID 0x413
#elif defined(STM32F427xx) || \
    defined(STM32F429xx) || \
    defined(STM32F437xx) || \
    defined(STM32F439xx)
#define SYSBOOT_DEV_ID 0x419
#elif defined(STM32F401xC)
#define SYSBOOT_DEV_ID 0x423
#elif defined(STM32F401xE)
#define SYSBOOT_DEV_ID 0x433
#elif defined(STM32F410Cx) || \
    defined(STM32F410Rx) || \
    defined(STM32F410Tx)
#define SYSBOOT_DEV_ID 0x458
#elif defined(STM32F411xE)
#define SYSBOOT_DEV_ID 0x431
#elif defined(STM32F412Cx) || \
    defined(STM32F412Rx) || \
    defined(STM32F412Vx) || \
    defined(STM32F412Zx)
#define SYSBOOT_DEV_ID 0x441
#elif defined(STM32F413xx) || \
    defined(STM32F423xx)
#define SYSBOOT_DEV_ID 0x463
#elif defined(STM32F446xx)
#define SYSBOOT_DEV_ID 0x421
#elif defined(STM32F469xx) || \
    defined(STM32F479xx)
#define SYSBOOT_DEV_ID 0x434
#elif defined(STM32F722xx) || \
    defined(STM32F723xx) || \
    defined(STM32F730xx) || \
    defined(STM32F732xx) || \
    defined(STM32F733xx)
#define SYSBOOT_DEV_ID 0x452
#elif defined(STM32F745xx) || \
    defined(STM32F746xx) || \
    defined(STM32F750xx) || \
    defined(STM32F756xx)
#define SYSBOOT_DEV_ID 0x449
#elif defined(STM32F765xx) || \
    defined(STM32F767xx) || \
    defined(STM32F769xx) || \
    defined(STM32F777xx) || \
    defined(STM32F779xx)
#define SYSBOOT_DEV_ID 0x451
#elif defined(STM32G030xx) || \
    defined(STM32G031xx) || \
    defined(STM32G041xx)
#define SYSBOOT_DEV_ID 0x466
#elif defined(STM32G050xx) || \
    defined(STM32G051xx) || \
    defined(STM32G061xx)
#define SYSBOOT_DEV_ID 0x456
#elif defined(STM32G070xx) || \
    defined(STM32G071xx) || \
    defined(STM32G081xx)
#define SYSBOOT_DEV_ID 0x460
#elif defined(STM32G0B0xx) || \
    defined(STM32G0B1xx) || \
    defined(STM32G0C1xx)
#define SYSBOOT_DEV_ID 0x467
#elif defined(STM32G431xx) || \
    defined(STM32G441xx)
#define SYSBOOT_DEV_ID 0x468
#elif defined(STM32G471xx) || \
    defined(STM32G473xx) || \
    defined(STM32G474xx) || \
    defined(STM32G483xx) || \
    defined(STM32G484xx)
#define SYSBOOT_DEV_ID 0x469
#elif defined(STM32G491xx) || \
    defined(STM32G4A1xx)
#define SYSBOOT_DEV_ID 0x479
#elif defined(STM32H503xx)
#define SYSBOOT_DEV_ID 0x474
#elif defined(STM32H523xx) || \
    defined(STM32H533xx)
#define SYSBOOT_DEV_ID 0x478
#elif defined(STM32H562xx) || \
    defined(STM32H563xx) || \
    defined(STM32H573xx)
#define SYSBOOT_DEV_ID 0x484
#elif defined(STM32H5E4xx) || \
    defined(STM32H5E5xx) || \
    defined(STM32H5F4xx) || \
    defined(STM32H5F5xx)
#define SYSBOOT_DEV_ID 0x47A
#elif defined(STM32H742xx) || \
    defined(STM32H743xx) || \
    defined(STM32H745xG) || \
    defined(STM32H745xx) || \
    defined(STM32H747xG) || \
    defined(STM32H747xx) || \
    defined(STM32H750xx) || \
    defined(STM32H753xx) || \
    defined(STM32H755xx) || \
    defined(STM32H757xx)
#define SYSBOOT_DEV_ID 0x450
#elif defined(STM32H723xx) || \
    defined(STM32H725xx) || \
    defined(STM32H730xx) || \
    defined(STM32H730xxQ) || \
    defined(STM32H733xx) || \
    defined(STM32H735xx)
#define SYSBOOT_DEV_ID 0x483
#elif defined(STM32H7A3xx) || \
    defined(STM32H7A3xxQ) || \
    defined(STM32H7B0xx) || \
    defined(STM32H7B0xxQ) || \
    defined(STM32H7B3xx) || \
    defined(STM32H7B3xxQ)
#define SYSBOOT_DEV_ID 0x480
#elif defined(STM32H7R3xx) || \
    defined(STM32H7R7xx) || \
    defined(STM32H7S3xx) || \
    defined(STM32H7S7xx)
#define SYSBOOT_DEV_ID 0x485
#elif defined(STM32L011xx) || \
    defined(STM32L021xx)
#define SYSBOOT_DEV_ID 0x457
#elif defined(STM32L031xx) || \
    defined(STM32L041xx)
#define SYSBOOT_DEV_ID 0x425
#elif defined(STM32L051xx) || \
    defined(STM32L052xx) || \
    defined(STM32L053xx) || \
    defined(STM32L062xx) || \
    defined(STM32L063xx)
#define SYSBOOT_DEV_ID 0x417
#elif defined(STM32L071xx) || \
    defined(STM32L072xx) || \
    defined(STM32L073xx) || \
    defined(STM32L081xx) || \
    defined(STM32L082xx) || \
    defined(STM32L083xx)
#define SYSBOOT_DEV_ID 0x447
#elif defined(STM32L100xB) || \
    defined(STM32L151xB) || \
    defined(STM32L152xB)
#define SYSBOOT_DEV_ID 0x416
#elif defined(STM32L100xBA) || \
    defined(STM32L151xBA) || \
    defined(STM32L152xBA)
#define SYSBOOT_DEV_ID 0x429
#elif defined(STM32L100xC) || \
    defined(STM32L162xC)
#define SYSBOOT_DEV_ID 0x427
#elif defined(STM32L151xCA) || \
    defined(STM32L152xCA) || \
    defined(STM32L162xCA) || \
    defined(STM32L151xD) || \
    defined(STM32L152xD) || \
    defined(STM32L162xD)
#define SYSBOOT_DEV_ID 0x436
#elif defined(STM32L151xDX) || \
    defined(STM32L152xDX) || \
    defined(STM32L162xDX) || \
    defined(STM32L151xE) || \
    defined(STM32L152xE) || \
    defined(STM32L162xE)
#define SYSBOOT_DEV_ID 0x437
#elif defined(STM32L412xx) || \
    defined(STM32L422xx)
#define SYSBOOT_DEV_ID 0x464
#elif defined(STM32L431xx) || \
    defined(STM32L432xx) || \
    defined(STM32L433xx) || \
    defined(STM32L442xx) || \
    defined(STM32L443xx)
#define SYSBOOT_DEV_ID 0x435
#elif defined(STM32L451xx) || \
    defined(STM32L452xx) || \
    defined(STM32L462xx)
#define SYSBOOT_DEV_ID 0x462
#elif defined(STM32L471xx) || \
    defined(STM32L475xx) || \
    defined(STM32L476xx) || \
    defined(STM32L485xx) || \
    defined(STM32L486xx)
#define SYSBOOT_DEV_ID 0x415
#elif defined(STM32L496xx) || \
    defined(STM32L4A6xx)
#define SYSBOOT_DEV_ID 0x461
#elif defined(STM32L4R5xx) || \
    defined(STM32L4R7xx) || \
    defined(STM32L4R9xx) || \
    defined(STM32L4S5xx) || \
    defined(STM32L4S7xx) || \
    defined(STM32L4S9xx)
#define SYSBOOT_DEV_ID 0x470
#elif defined(STM32L4P5xx) || \
    defined(STM32L4Q5xx)
#define SYSBOOT_DEV_ID 0x471
#elif defined(STM32L552xx) || \
    defined(STM32L562xx)
#define SYSBOOT_DEV_ID 0x472
#elif defined(STM32U031xx)
#define SYSBOOT_DEV_ID 0x459
#elif defined(STM32U073xx) || \
    defined(STM32U083xx)
#define SYSBOOT_DEV_ID 0x489
#elif defined(STM32U375xx) || \
    defined(STM32U385xx)
#define SYSBOOT_DEV_ID 0x454
#elif defined(STM32U3B5xx) || \
    defined(STM32U3C5xx)
#define SYSBOOT_DEV_ID 0x42A
#elif defined(STM32U535xx) || \
    defined(STM32U545xx)
#define SYSBOOT_DEV_ID 0x455
#elif defined(STM32U575xx) || \
    defined(STM32U585xx)
#define SYSBOOT_DEV_ID 0x482
#elif defined(STM32U595xx) || \
    defined(STM32U599xx) || \
    defined(STM32U5A5xx) || \
    defined(STM32U5A9xx)
#define SYSBOOT_DEV_ID 0x481
#elif defined(STM32U5F7xx) || \
    defined(STM32U5F9xx) || \
    defined(STM32U5G7xx) || \
    defined(STM32U5G9xx)
#define SYSBOOT_DEV_ID 0x476
#elif defined(STM32WB10xx) || \
    defined(STM32WB15xx) || \
    defined(STM32WB1Mxx)
#define SYSBOOT_DEV_ID 0x494
#elif defined(STM32WB50xx) || \
    defined(STM32WB55xx) || \
    defined(STM32WB5Mxx)
#define SYSBOOT_DEV_ID 0x495
#elif defined(STM32WBA20xx) || \
    defined(STM32WBA23xx) || \
    defined(STM32WBA25xx)
#define SYSBOOT_DEV_ID 0x4B2
#elif defined(STM32WBA50xx) || \
    defined(STM32WBA52xx) || \
    defined(STM32WBA54xx) || \
    defined(STM32WBA55xx) || \
    defined(STM32WBA5Mxx)
#define SYSBOOT_DEV_ID 0x492
#elif defined(STM32WBA62xx) || \
    defined(STM32WBA63xx) || \
    defined(STM32WBA64xx) || \
    defined(STM32WBA65xx) || \
    defined(STM32WBA6Mxx)
#define SYSBOOT_DEV_ID 0x4B0
#elif defined(STM32WL54xx) || \
    defined(STM32WL55xx) || \
    defined(STM32WL5Mxx) || \
    defined(STM32WLE4xx) || \
    defined(STM32WLE5xx)
#define SYSBOOT_DEV_ID 0x497
#elif defined(STM32WB05) || \
    defined(STM32WB05x)
#define SYSBOOT_DEV_ID 0x028
#elif defined(STM32WB06) || \
    defined(STM32WB06x) || \
    defined(STM32WB07) || \
    defined(STM32WB07x)
#define SYSBOOT_DEV_ID 0x01E
#elif defined(STM32WB09) || \
    defined(STM32WB09x)
#define SYSBOOT_DEV_ID 0x032
#elif defined(STM32WL3XX) || \
    defined(STM32WL33) || \
    defined(STM32WL3RX) || \
    defined(STM32WL3R)
#define SYSBOOT_DEV_ID 0x027
#elif defined(STM32N645xx) || \
    defined(STM32N647xx) || \
    defined(STM32N655xx) || \
    defined(STM32N657xx)
#define SYSBOOT_DEV_ID 0x486
#elif defined(STM32L151xC) || \
    defined(STM32L152xC)
#define SYSBOOT_CMSIS_SERIES SYSBOOT_SERIES_L1
#elif defined(STM32WB30xx) || \
    defined(STM32WB35xx)
#define SYSBOOT_CMSIS_SERIES SYSBOOT_SERIES_WB
#endif
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

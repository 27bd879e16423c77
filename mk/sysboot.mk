# mk/sysboot.mk: sysboot for plain Makefiles.
#
#   include path/to/sysboot/mk/sysboot.mk
#   CFLAGS  += $(SYSBOOT_INC) $(SYSBOOT_DEFS)
#   SOURCES += $(SYSBOOT_SRC)
#   LDFLAGS += $(SYSBOOT_LDFLAGS)      # INCLUDE sysboot.ld works, and is required
#
# SYSBOOT_SRC compiles with your CFLAGS: when they hold the CMSIS device
# macro (-DSTM32F405xx, as the Makefile STM32CubeMX generates has it in
# C_DEFS), the build keeps only that line's facts (a targeted build).
#
# Options (set before the include, all optional):
#   SYSBOOT_UNIVERSAL     = 1      identify the chip at run time, every row
#   SYSBOOT_ONLY_SERIES   = F4     keep one series' rows (SYSBOOT_SERIES_F4)
#   SYSBOOT_DEV_ID        = 0x413  name the part's DEV_ID yourself
#   SYSBOOT_NO_USB_DETACH = 1      leave the USB detach and its hold out
#   SYSBOOT_WITH_NAMES    = 1      keep product names in the table
#
# Then call sysboot_early() first thing in Reset_Handler and place
# .sysboot_noinit with ld/sysboot.ld (docs/integration/cmake-make.md).

SYSBOOT_DIR := $(abspath $(dir $(lastword $(MAKEFILE_LIST)))..)

SYSBOOT_SRC := $(sort $(wildcard $(SYSBOOT_DIR)/src/*.c))
SYSBOOT_INC := -I$(SYSBOOT_DIR)/include
SYSBOOT_LD_DIR := $(SYSBOOT_DIR)/ld
# --require-defined: a link without ld/sysboot.ld (or its copy) fails instead
# of placing the record as loaded data at the start of RAM.
SYSBOOT_LDFLAGS := -L$(SYSBOOT_LD_DIR) -Wl,--require-defined=__sysboot_noinit_start

SYSBOOT_DEFS :=
ifneq ($(strip $(SYSBOOT_UNIVERSAL)),)
SYSBOOT_DEFS += -DSYSBOOT_UNIVERSAL
endif
ifneq ($(strip $(SYSBOOT_ONLY_SERIES)),)
SYSBOOT_DEFS += -DSYSBOOT_ONLY_SERIES=SYSBOOT_SERIES_$(strip $(SYSBOOT_ONLY_SERIES))
endif
ifneq ($(strip $(SYSBOOT_DEV_ID)),)
SYSBOOT_DEFS += -DSYSBOOT_DEV_ID=$(strip $(SYSBOOT_DEV_ID))
endif
ifneq ($(strip $(SYSBOOT_NO_USB_DETACH)),)
SYSBOOT_DEFS += -DSYSBOOT_NO_USB_DETACH
endif
ifneq ($(strip $(SYSBOOT_WITH_NAMES)),)
SYSBOOT_DEFS += -DSYSBOOT_WITH_NAMES=$(strip $(SYSBOOT_WITH_NAMES))
endif

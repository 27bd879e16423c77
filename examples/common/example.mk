# Build rules shared by the examples: one ELF per example and board.
# An example's Makefile sets EXAMPLE, EXAMPLE_SRC (and EXAMPLE_INC), then
# includes this file. `make BOARD=f405` or `make BOARD=g071`.

BOARD ?= f405
EXAMPLES_DIR := $(abspath $(dir $(lastword $(MAKEFILE_LIST)))..)
COMMON := $(EXAMPLES_DIR)/common
include $(EXAMPLES_DIR)/../mk/sysboot.mk

# BOARD_DEF: the example's board, and the CMSIS device macro as every STM32
# project passes it on the command line; sysboot sees it and keeps only that
# line's facts (a targeted build).
ifeq ($(BOARD),f405)
CPU := cortex-m4
BOARD_DEF := -DBOARD_STM32F405 -DSTM32F405xx
else ifeq ($(BOARD),g071)
CPU := cortex-m0plus
BOARD_DEF := -DBOARD_STM32G071 -DSTM32G071xx
else
$(error BOARD must be f405 or g071)
endif

CC := arm-none-eabi-gcc
SIZE := arm-none-eabi-size
# Outside the source tree: the repository ignores /build/.
OUT ?= $(abspath $(EXAMPLES_DIR)/../build/example-builds/$(EXAMPLE)-$(BOARD))
ARCH_FLAGS := -mthumb -mcpu=$(CPU) -mfloat-abi=soft
CFLAGS := -std=c99 -Wall -Wextra -Werror -pedantic -ffreestanding -Os -g \
          -ffunction-sections -fdata-sections $(ARCH_FLAGS) $(BOARD_DEF) \
          -I$(COMMON) $(EXAMPLE_INC) $(SYSBOOT_INC) $(SYSBOOT_DEFS)
LDFLAGS := $(ARCH_FLAGS) -nostdlib -Wl,--gc-sections -Wl,-Map=$(OUT)/$(EXAMPLE).map \
           $(SYSBOOT_LDFLAGS) -T$(COMMON)/stm32$(BOARD).ld
LDLIBS := -lgcc

SOURCES := $(EXAMPLE_SRC) $(COMMON)/startup.c $(COMMON)/board_$(BOARD).c $(SYSBOOT_SRC)
OBJECTS := $(addprefix $(OUT)/,$(notdir $(SOURCES:.c=.o)))
vpath %.c $(sort $(dir $(SOURCES)))

$(OUT)/$(EXAMPLE).elf: $(OBJECTS) $(COMMON)/stm32$(BOARD).ld $(SYSBOOT_LD_DIR)/sysboot.ld
	$(CC) $(LDFLAGS) -o $@ $(OBJECTS) $(LDLIBS)
	$(SIZE) $@

$(OUT)/%.o: %.c | $(OUT)
	$(CC) $(CFLAGS) -c -o $@ $<

$(OUT):
	mkdir -p $@

clean:
	rm -rf $(OUT)

.PHONY: clean

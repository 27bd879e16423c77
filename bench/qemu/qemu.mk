# QEMU 7.2 layer: three real-exception boards. QEMU maps nothing at system
# memory and models no DBGMCU, so the stand-in lives in flash and the
# library is built with the test rows of qemu/extra.def and SYSBOOT_DEV_ID.
# board:machine:cpu:dev_id:standin_origin:usart:record (the request record,
# in the machine's SRAM and outside the SRAM the line's ROM uses)
QEMU_BOARDS := F405:netduinoplus2:cortex-m4:0x413:0x08080000:0x40011000:0x2000F000 \
               F205:netduino2:cortex-m3:0x411:0x08080000:0x40011000:0x2000F000 \
               F100:stm32vldiscovery:cortex-m3:0x420:0x08010000:0x40013800:0x20001000
QEMU_BROKEN := no_pendclr no_pendstclr no_nvic no_context enter_jumps
qf = $(word $2,$(subst :, ,$1))
qemu_defs = -DBENCH_QEMU -DSYSBOOT_DEV_ID=$(call qf,$1,4) -DSYSBOOT_EXTRA_DEF=\"$(CURDIR)/qemu/extra.def\"

define qemu_board_rules
$(B)/qemu/standin-$(call qf,$1,1).elf: $(STANDIN_SRC)
	$$(call standin,../qemu/standin-$(call qf,$1,1),$(call qf,$1,3),$(call qf,$1,5),0x8000,\
	    -DSTANDIN_TABLE=$(call qf,$1,5)u -DSTANDIN_MSP=0x20001800u -DSTANDIN_DEV_ID=$(call qf,$1,4)u \
	    -DSTANDIN_USART=$(call qf,$1,6)u -DSTANDIN_USART_V1=1 -DSTANDIN_REMAP=0 \
	    -DSTANDIN_CORE=0x$(if $(filter cortex-m4,$(call qf,$1,3)),C24,C23)u)
$(B)/qemu/app-$(call qf,$1,1).elf: $(APP_DEPS) $(LIB_DEPS) qemu/extra.def
	@mkdir -p $$(@D) && rm -f $$@
	$(CROSS)gcc -mcpu=$(call qf,$1,3) $(fpu_$(call qf,$1,3)) $(TARGET_CFLAGS) -Os $(call qemu_defs,$1) \
	    $(APP_SRC) $(LIB_SRC) -T apps/app.ld -Wl,--defsym=__bench_record_addr=$(call qf,$1,7) \
	    $(TARGET_LDFLAGS) -o $$@
endef
define qemu_broken_rule
$(B)/qemu/broken-$(call qf,$1,1)-$2.elf: $(B)/broken-src/$2/stamp $(APP_DEPS) qemu/extra.def
	@rm -f $$@
	$(CROSS)gcc -mcpu=$(call qf,$1,3) $(fpu_$(call qf,$1,3)) $(BROKEN_CFLAGS) -Os $(call qemu_defs,$1) \
	    $(APP_SRC) $(B)/broken-src/$2/src/*.c -T apps/app.ld -Wl,--defsym=__bench_record_addr=$(call qf,$1,7) \
	    $(TARGET_LDFLAGS) -o $$@
endef
$(foreach q,$(QEMU_BOARDS),$(eval $(call qemu_board_rules,$q)))
$(foreach q,$(QEMU_BOARDS),$(foreach v,$(QEMU_BROKEN),$(eval $(call qemu_broken_rule,$q,$v))))

qemu: $(foreach q,$(QEMU_BOARDS),$(B)/qemu/standin-$(call qf,$q,1).elf $(B)/qemu/app-$(call qf,$q,1).elf \
        $(foreach v,$(QEMU_BROKEN),$(B)/qemu/broken-$(call qf,$q,1)-$v.elf))

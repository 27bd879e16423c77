#!/usr/bin/env bash
# The sysboot demo: an application on an emulated STM32F405, then on an
# STM32H743 (DEMO_BOARDS picks others), receives the trigger from `sysboot enter`, takes the reset path
# into the ROM bootloader (our stand-in, at the chip's real bootloader
# address), is identified by `sysboot probe`, and comes back on GO; then
# `sysboot flash` updates it to a second version of the firmware, from the
# running application to the new one's banner.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/build/demo"
bench="$root/bench/build"
tool="$root/host/build/sysboot"
mkdir -p "$out"

say()  { printf '\n\033[1m== %s\033[0m\n' "$*"; }
step() { printf '\033[36m$ %s\033[0m\n' "$*"; }
indent() { sed 's/^/    /'; }

say "Building the host tool, the emulator harness and the demo firmware"
make -s -C "$root/host" >/dev/null
make -s -C "$root/bench" build/bench-uc >/dev/null
cflags="-std=c99 -Wall -Wextra -Werror -pedantic -mthumb -ffreestanding -Os -g
        -ffunction-sections -fdata-sections -DSYSBOOT_WITH_NAMES=1 -I$root/include"
build_firmware() { # name cpu extra-flags
    local name=$1 cpu=$2
    shift 2
    # shellcheck disable=SC2086
    # shellcheck disable=SC2086
    arm-none-eabi-gcc $cflags -mcpu="$cpu" "$@" -nostdlib -Wl,--gc-sections \
        -T "$root/examples/demo/firmware/demo.ld" -L "$root/ld" \
        "$root"/examples/demo/firmware/*.c "$root"/src/*.c -lgcc -o "$out/$name.elf"
    echo "    $out/$name.elf: $(arm-none-eabi-size "$out/$name.elf" | awk 'NR==2 {print $1 " bytes of code"}')"
}
# The boards: harness tag, chip, core, USART register layout (the F4 has
# the older SR/DR one). DEMO_BOARDS overrides the list (the tests run more).
boards=${DEMO_BOARDS:-"F4_413:STM32F405:cortex-m4:sr_dr H7_450:STM32H743:cortex-m7:isr"}
for entry in $boards; do
    IFS=: read -r tag _ cpu layout <<<"$entry"
    layout_flag=""
    [ "$layout" = sr_dr ] && layout_flag=-DCONSOLE_SR_DR=1
    build_firmware "demo-$tag" "$cpu" $layout_flag
    build_firmware "demo-$tag-v2" "$cpu" $layout_flag -DDEMO_VERSION='"2"'
done

harness_pid=""
cleanup() { [ -n "$harness_pid" ] && kill "$harness_pid" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT

read_console() { # pty seconds
    timeout "$2" cat "$1" 2>/dev/null | tr -d '\r' | indent || true
}

demo_board() { # board-tag chip firmware
    local board=$1 chip=$2 fw=$3 pty="$out/tty-$1" log="$out/harness-$1.log"
    say "$chip: power on"
    make -s -C "$root/bench" "build/standin/$board.elf" >/dev/null
    echo "    emulated $chip ($board), stand-in ROM at its bootloader address, USART1 on $pty"
    rm -f "$pty"
    "$bench/bench-uc" -v --scenario serve --path reset --standin serve --expect served \
        --pty "$pty" --timeout 60 --max-insns 40000000000 \
        "$board" "$out/$fw.elf" "$bench/standin/$board.elf" >"$log" 2>&1 &
    harness_pid=$!
    for _ in $(seq 100); do [ -e "$pty" ] && break; sleep 0.05; done
    stty -F "$pty" raw -echo 2>/dev/null || true
    read_console "$pty" 1

    say "$chip: ask the running application for its bootloader"
    step "sysboot enter --port $pty --magic --parity none"
    "$tool" enter --port "$pty" --magic --parity none | indent

    say "$chip: what the emulator saw at the first ROM instruction"
    grep -E '^\[uc\] (entered|ok|FAIL|entry check)' "$log" | head -30 | indent

    say "$chip: leave the ROM with GO, as stm32flash does after flashing"
    step "stm32flash -m 8n1 -g 0x08000000 $pty"
    stm32flash -m 8n1 -g 0x08000000 "$pty" 2>&1 | grep -E 'Device ID|Version|Starting' | indent
    read_console "$pty" 1
    echo "    resets seen by the emulator: $(grep -c 'system reset' "$log" || true)" \
         "(request -> ROM; GO -> one clean reset -> application)"

    say "$chip: update the running application to version 2 in one command"
    step "sysboot flash $fw-v2.elf --port $pty --parity none"
    "$tool" flash "$out/$fw-v2.elf" --port "$pty" --parity none 2>&1 | indent
    read_console "$pty" 1
    kill "$harness_pid" 2>/dev/null || true
    wait "$harness_pid" 2>/dev/null || true
    harness_pid=""
}

for entry in $boards; do
    IFS=: read -r tag chip _ _ <<<"$entry"
    demo_board "$tag" "$chip" "demo-$tag"
done

say "What a user does next on real hardware"
cat <<'TXT'
    1. Flash your application with src/*.c, sysboot_early() first in Reset_Handler and
       ld/sysboot.ld in its linker script (docs/integration/).
    2. Trigger it and check the ROM answers:
         sysboot enter --port /dev/ttyUSB0 --magic      (UART console; even parity by default)
         sysboot enter --port /dev/ttyACM0 --touch1200 --usb   (USB CDC application)
    3. Update in one command, from the running application to the new one's banner:
         sysboot flash firmware.elf --port /dev/ttyUSB0    (lines with a SYSBOOT_FLASH row)
       or flash over the ROM with the usual tools:
         stm32flash -b 115200 -w firmware.bin -v -g 0x08000000 /dev/ttyUSB0
         dfu-util -a 0 -s 0x08000000:leave -D firmware.bin        (USB DFU lines)
         STM32_Programmer_CLI -c port=USB1 -w firmware.bin 0x08000000 -v -g
    4. Look your part up first: sysboot info STM32F103C8T6 (its ROM has no USB DFU;
       the info says what an update cut short leaves on that line).
TXT

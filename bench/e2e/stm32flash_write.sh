#!/usr/bin/env bash
# End to end with the real stm32flash updating the flash: the demo's console
# firmware (version 1) runs, the magic line sends it into the stand-in ROM,
# then `stm32flash -w BOARD-v2.bin -v -g 0x08000000` erases the pages the
# image covers, writes and verifies version 2, and GO must bring up version
# 2's banner.
# Negative twins: --twin, every flash page write-protected; --twin-rdp, read
# protection level 1: the ROM must refuse, stm32flash fail, nothing change.
# Usage: e2e/stm32flash_write.sh [--twin|--twin-rdp] BOARD...
set -u
cd "$(dirname "$0")/.."
. e2e/serve.sh

one() {
    local board=$1 twin=$2 name=stm32flash-write catch=- fail="" image=$B/consoles/$board-v2.bin
    local -a chip=()
    case $twin in
    wrp) name='stm32flash-write!wrp'; catch="could not update"; chip=(--write-protect) ;;
    rdp) name='stm32flash-write!rdp'; catch="could not update"; chip=(--rdp1) ;;
    esac
    SERVE_APP=$B/consoles/$board.elf serve_start "$board" "${name%!*}$twin" --timeout 120 \
        --max-insns 100000000000 "${chip[@]}" || fail="no pty"
    if [ -z "$fail" ]; then
        wait_log '^\[usart\] .*version 1 started' 10 || fail="version 1 did not start"
    fi
    [ -n "$fail" ] || printf '\r\nsysboot:enter-bootloader\r\n' > "$SERVE_PTY"
    [ -n "$fail" ] || wait_log '^ROM: entry checks' 10 || fail="the magic line did not bring up the ROM"
    if [ -z "$fail" ] && ! timeout 60 stm32flash -b 115200 -m 8n1 -w "$image" -v -g 0x08000000 "$SERVE_PTY" \
            >> "$SERVE_LOG" 2>&1; then
        fail="stm32flash could not update the flash ($(grep -m1 -i 'fail\|error' "$SERVE_LOG"))"
    fi
    # the console's lines are in the harness log (a client's close may
    # flush what it did not read)
    [ -n "$fail" ] || wait_log '^\[usart\] .*version 2 started' 10 || fail="version 2 did not start after GO"
    [ -n "$fail" ] || grep -q '^\[uc\] flash: erased' "$SERVE_LOG" || fail="the flash model saw no erase"
    serve_abort
    result e2e "$board" "$name" "$catch" "$fail" \
        "version 1 -> magic -> ROM; stm32flash erase, write, verify $(stat -c %s "$image") bytes, GO -> version 2"
}

twin=0
case ${1:-} in --twin) twin=wrp; shift ;; --twin-rdp) twin=rdp; shift ;; esac
for board in "$@"; do one "$board" "$twin"; done

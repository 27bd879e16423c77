#!/usr/bin/env bash
# An update cut short, and what the chip does at the next power-on.
# The demo's console firmware (version 1) runs; `sysboot flash BOARD-v2.elf`
# starts, and the power fails once half of the image is programmed
# (bench-uc --power-cut-after): the vector table's block, written last, is
# still erased. What must follow depends on the line, typed here from the
# documents rather than read from data/stm32.def:
#   empty-check lines (G071: AN2606 pattern 11; L432: RM0394 flash empty
#   check): the chip boots its ROM by itself; `sysboot flash` completes the
#   update from there and version 2 comes up;
#   lines without it (F405: RM0090, H743: RM0433 boot by BOOT pin and boot
#   address): the core fetches the erased reset vector and locks up, no ROM
#   answers; a power-on with BOOT0 high brings the ROM, `sysboot flash`
#   completes, and a power-on with BOOT0 low runs version 2.
# Usage: e2e/interrupted_update.sh BOARD...
set -u
cd "$(dirname "$0")/.."
. e2e/serve.sh
TOOL=../host/build/sysboot
fast=(--parity none --timeout-ms 300 --wait-ms 3000 --expect-ms 5000)

declare -A empty_check=([G0_460]=1 [L4_435]=1 [F4_413]=0 [H7_450]=0)

tool() { timeout 60 "$TOOL" "$@" >> "$SERVE_LOG" 2>&1; }

one() {
    local board=$1 fail="" half rc story
    half=$(( $(stat -c %s "$B/consoles/$board-v2.bin") / 2 ))
    SERVE_APP=$B/consoles/$board.elf serve_start "$board" interrupted --timeout 240 \
        --max-insns 400000000000 --power-cut-after "$half" || fail="no pty"
    [ -n "$fail" ] || wait_log '^\[usart\] .*version 1 started' 10 || fail="version 1 did not start"
    if [ -z "$fail" ]; then
        tool flash "$B/consoles/$board-v2.elf" --port "$SERVE_PTY" "${fast[@]}"
        rc=$?
        [ "$rc" -ne 0 ] || fail="the update was not interrupted"
        grep -q '^\[uc\] power cut after' "$SERVE_LOG" || fail="no power cut"
    fi
    if [ -z "$fail" ] && [ "${empty_check[$board]}" = 1 ]; then
        story="power cut halfway -> the empty check boots the ROM -> sysboot flash completes -> version 2"
        wait_log '^\[uc\] power-on: the first flash word is erased' 5 || fail="no empty check at the power-on"
        [ -n "$fail" ] || wait_log '^ROM: entry checks PASS' 5 || fail="the ROM did not come back by itself"
        [ -n "$fail" ] || tool probe --port "$SERVE_PTY" --parity none --timeout-ms 300 ||
            fail="sysboot probe found no ROM after the power cut"
        [ -n "$fail" ] || tool flash "$B/consoles/$board-v2.elf" --port "$SERVE_PTY" "${fast[@]}" --expect "version 2" ||
            fail="sysboot flash could not complete the update from the ROM"
    elif [ -z "$fail" ]; then
        story="power cut halfway -> lockup, no ROM; BOOT0 high -> ROM -> sysboot flash completes; BOOT0 low -> version 2"
        wait_log '^\[uc\] lockup: the reset vector' 5 || fail="the core did not lock up on the erased vector table"
        [ -n "$fail" ] || ! tool probe --port "$SERVE_PTY" --parity none --timeout-ms 300 --retries 2 ||
            fail="a ROM answered without BOOT0"
        [ -n "$fail" ] || { kill -USR2 "$SERVE_PID"; wait_log '^ROM: entry checks PASS' 5 || fail="BOOT0 high did not bring the ROM"; }
        [ -n "$fail" ] || tool flash "$B/consoles/$board-v2.elf" --port "$SERVE_PTY" "${fast[@]}" --expect "version 2" ||
            fail="sysboot flash could not complete the update with BOOT0 high"
        if [ -z "$fail" ]; then
            kill -USR1 "$SERVE_PID"
            wait_log '^\[uc\] power cycle (BOOT0 low)' 5 || fail="no power cycle"
            for _ in $(seq 100); do
                [ "$(grep -c '^\[usart\] .*version 2 started' "$SERVE_LOG")" -ge 2 ] && break
                sleep 0.05
            done
            [ "$(grep -c '^\[usart\] .*version 2 started' "$SERVE_LOG")" -ge 2 ] ||
                fail="version 2 did not start from flash with BOOT0 low"
        fi
    fi
    serve_abort
    result e2e "$board" interrupted-update - "$fail" "${story:-}"
}

[ -x "$TOOL" ] || { echo "e2e: host tool $TOOL not built; skipped" >&2; exit 0; }
for board in "$@"; do one "$board"; done

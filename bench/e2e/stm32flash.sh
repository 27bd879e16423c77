#!/usr/bin/env bash
# End to end with the real stm32flash (AN3155 over a pty, -m 8n1): the app
# enters the stand-in through the reset path, then stm32flash reads the
# device ID, writes 2 KiB of SRAM, reads it back, and sends GO; the app must
# come back through one clean reset.
# Negative twin (--twin): the chip has RDP level 2, the library refuses, no
# ROM answers; the bench must report that stm32flash found nothing.
# Usage: e2e/stm32flash.sh [--twin] BOARD...
set -u
cd "$(dirname "$0")/.."
. e2e/serve.sh

one() {
    local board=$1 twin=$2 name=stm32flash catch=- fail="" id="" data back
    local -a chip=()
    if [ "$twin" = 1 ]; then name='stm32flash!'; catch="could not identify"; chip=(--rdp2 --timeout 3); fi
    data=$B/e2e/$board-ram.bin back=$B/e2e/$board-back.bin
    head -c 2048 /dev/urandom > "$data"
    rm -f "$back"
    serve_start "$board" "${name%!}$twin" "${chip[@]}" || fail="no pty"
    flash() { timeout 10 stm32flash -b 115200 -m 8n1 "$@" "$SERVE_PTY" >> "$SERVE_LOG" 2>&1; }
    if [ -z "$fail" ] && ! flash; then fail="stm32flash could not identify the device"; fi
    if [ -z "$fail" ]; then
        id=$(grep -m1 'Device ID' "$SERVE_LOG" | sed 's/.*: *//')
        [[ ${id,,} == "0x0${board#*_}"* || ${id^^} == "0X0${board#*_}"* ]] || fail="device ID '$id', expected 0x0${board#*_}"
    fi
    # 0x20004400: above the stand-in's stack and inside stm32flash's RAM range for all four
    [ -n "$fail" ] || flash -S 0x20004400:2048 -w "$data" || fail="write to SRAM failed"
    [ -n "$fail" ] || flash -S 0x20004400:2048 -r "$back" || fail="read back failed"
    [ -n "$fail" ] || cmp -s "$data" "$back" || fail="SRAM read back differs from what was written"
    [ -n "$fail" ] || flash -g 0x08000000 || fail="GO failed"
    if [ -z "$fail" ]; then
        serve_finish || fail="harness: $(grep -m1 '^VERDICT' "$SERVE_LOG")"
    else
        serve_abort
    fi
    result e2e "$board" "$name" "$catch" "$fail" \
        "ID $id, 2 KiB SRAM written and read back, GO, app back after one clean reset"
}

twin=0
[ "${1:-}" = --twin ] && { twin=1; shift; }
for board in "$@"; do one "$board" "$twin"; done

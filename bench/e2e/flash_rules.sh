#!/usr/bin/env bash
# The stand-in ROM's flash commands and the flash model's rules, byte by
# byte (e2e/flash_rules.py): erase, write only to erased units of the line's
# programming unit, whole words, the page layout, the last page, mass erase;
# and the refusals told apart: read protection (refused at once) and write
# protection (taken, then refused).  Usage: e2e/flash_rules.sh BOARD...
set -u
cd "$(dirname "$0")/.."
. e2e/serve.sh

one() {
    local board=$1 mode=$2 name=flash-rules fail="" out
    local -a chip=()
    case $mode in wrp) name=flash-rules-wrp; chip=(--write-protect) ;; rdp) name=flash-rules-rdp; chip=(--rdp1) ;; esac
    SERVE_APP=$B/consoles/$board.elf serve_start "$board" "$name" --timeout 60 \
        --max-insns 100000000000 "${chip[@]}" || fail="no pty"
    [ -n "$fail" ] || wait_log '^\[usart\] .*waiting for' 10 || fail="the console did not start"
    [ -n "$fail" ] || printf '\r\nsysboot:enter-bootloader\r\n' > "$SERVE_PTY"
    [ -n "$fail" ] || wait_log '^ROM: entry checks' 10 || fail="the magic line did not bring up the ROM"
    if [ -z "$fail" ]; then
        out=$(timeout 60 python3 e2e/flash_rules.py "$board" "$SERVE_PTY" "$mode" 2>&1)
        printf '%s\n' "$out" >> "$SERVE_LOG"
        grep -q '^0 failed$' <<< "$out" || fail=$(grep -m1 '^FAIL\|Error' <<< "$out" || echo "flash_rules.py: ${out:0:120}")
    fi
    serve_abort
    result e2e "$board" "$name" - "$fail" "$(grep -c '^ok' <<< "${out:-}") AN3155 flash checks ($mode)"
}

for board in "$@"; do
    for mode in plain wrp rdp; do one "$board" "$mode"; done
done

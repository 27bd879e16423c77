#!/usr/bin/env bash
# End to end with `sysboot flash`: the demo's console firmware (version 1)
# runs; `sysboot flash BOARD-v2.elf --port PTY` sends the magic line, finds
# the stand-in ROM, erases the pages the image covers, writes (the vector
# table's block last), reads back, sends GO and must see version 2's banner.
# --bad BOARD: the refusals on a live board, each exit code checked, nothing
# erased, and the old application running again afterwards (GO back to it;
# under read protection the ROM cannot read it and stays): an ELF built for another core
# (when the board's core cannot run the H743's Armv7E-M code), write
# protection, read protection, a port where no ROM answers.
# Usage: e2e/sysboot_flash.sh [--bad] BOARD...
set -u
cd "$(dirname "$0")/.."
. e2e/serve.sh
TOOL=../host/build/sysboot
fast=(--parity none --timeout-ms 300 --wait-ms 5000 --expect-ms 5000)

# run_tool WANT-RC ARGS...: sysboot's output into the log; fail on another exit
run_tool() {
    local want=$1 rc
    shift
    [ -z "$fail" ] || return 0
    timeout 120 "$TOOL" "$@" >> "$SERVE_LOG" 2>&1
    rc=$?
    [ "$rc" -eq "$want" ] || fail="sysboot $1 ... exit $rc, wanted $want"
}

start() { # start BOARD NAME [harness options]
    local board=$1 name=$2
    shift 2
    SERVE_APP=$B/consoles/$board.elf serve_start "$board" "$name" --timeout 240 \
        --max-insns 400000000000 "$@" || fail="no pty"
    [ -n "$fail" ] || wait_log '^\[usart\] .*version 1 started' 10 || fail="version 1 did not start"
}

one() {
    local board=$1 fail=""
    start "$board" sysboot-flash
    run_tool 0 flash "$B/consoles/$board-v2.elf" --port "$SERVE_PTY" "${fast[@]}" --expect "version 2"
    [ -n "$fail" ] || grep -q '^  application: .*version 2 started' "$SERVE_LOG" || fail="sysboot did not report version 2"
    [ -n "$fail" ] || wait_log '^\[usart\] .*version 2 started' 5 || fail="version 2 did not start"
    [ -n "$fail" ] || grep -q '^\[uc\] flash: erased page 0 ' "$SERVE_LOG" || fail="page 0 not erased"
    serve_abort
    result e2e "$board" sysboot-flash - "$fail" \
        "version 1 -> sysboot flash v2.elf (magic, ROM, erase, write, read back, GO) -> version 2's banner"
}

# bad BOARD NAME WANT-RC HARNESS-OPTION IMAGE [sysboot options]: a refusal, then
# the old application back (or, under read protection, the ROM still there)
bad() {
    local board=$1 name=$2 want=$3 option=$4 image=$5 fail=""
    shift 5
    start "$board" "$name" $option
    run_tool "$want" flash "$image" --port "$SERVE_PTY" "${fast[@]}" "$@"
    [ -n "$fail" ] || ! grep -q '^\[uc\] flash: erased' "$SERVE_LOG" || fail="the flash was erased"
    if [ -z "$fail" ] && [ "$want" = 5 ]; then
        ! grep -q '^\[uc\] entered system memory' "$SERVE_LOG" || fail="the wrong magic line reached the ROM"
    elif [ -z "$fail" ] && [ "$want" != 18 ]; then
        for _ in $(seq 60); do
            [ "$(grep -c '^\[usart\] .*version 1 started' "$SERVE_LOG")" -ge 2 ] && break
            sleep 0.05
        done
        [ "$(grep -c '^\[usart\] .*version 1 started' "$SERVE_LOG")" -ge 2 ] ||
            fail="version 1 did not start again after the refusal"
    fi
    serve_abort
    result e2e "$board" "$name" - "$fail" "sysboot flash refused with exit $want, nothing erased${option:+ ($option)}"
}

[ -x "$TOOL" ] || { echo "e2e: host tool $TOOL not built; skipped" >&2; exit 0; }
if [ "${1:-}" = --bad ]; then
    shift
    for board in "$@"; do
        cpu=$($B/bench-uc --boards | awk -v b="$board" '$1 == b { print $2 }')
        [ "$cpu" = cortex-m0plus ] && bad "$board" flash-wrong-core 15 "" "$B/consoles/H7_450-v2.elf"
        bad "$board" flash-wrp 17 --write-protect "$B/consoles/$board-v2.elf"
        bad "$board" flash-rdp 18 --rdp1 "$B/consoles/$board-v2.elf"
        bad "$board" flash-no-rom 5 "" "$B/consoles/$board-v2.elf" --magic=not-the-magic --wait-ms 1500
    done
    exit 0
fi
for board in "$@"; do one "$board"; done

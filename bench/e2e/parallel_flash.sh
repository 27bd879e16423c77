#!/usr/bin/env bash
# A production line: three boards of one line, each running version 1 of the
# demo's console firmware, the third write-protected; one `sysboot flash`
# with three --port updates them in parallel. The first two must come up in
# version 2, the third must be refused (write protection) and run version 1
# again, the summary must say so, and the exit code must be 21.
# Usage: e2e/parallel_flash.sh BOARD
set -u
cd "$(dirname "$0")/.."
. e2e/serve.sh
TOOL=../host/build/sysboot
[ -x "$TOOL" ] || { echo "e2e: host tool $TOOL not built; skipped" >&2; exit 0; }

board=$1 fail="" pids=() ptys=() logs=() out=$B/logs/e2e-$board-parallel.out
for n in 1 2 3; do
    option=""
    [ "$n" = 3 ] && option=--write-protect
    SERVE_APP=$B/consoles/$board.elf serve_start "$board" "parallel$n" --timeout 240 \
        --max-insns 400000000000 $option || fail="no pty"
    pids+=("$SERVE_PID") ptys+=("$SERVE_PTY") logs+=("$SERVE_LOG")
done
for log in "${logs[@]}"; do
    SERVE_LOG=$log
    [ -n "$fail" ] || wait_log '^\[usart\] .*version 1 started' 10 || fail="version 1 did not start"
done
if [ -z "$fail" ]; then
    timeout 120 "$TOOL" flash "$B/consoles/$board-v2.elf" --port "${ptys[0]}" --port "${ptys[1]}" --port "${ptys[2]}" \
        --parity none --timeout-ms 300 --wait-ms 5000 --expect "version 2" > "$out" 2>&1
    rc=$?
    [ "$rc" -eq 21 ] || fail="exit $rc, wanted 21 (one device failed)"
fi
for n in 0 1; do
    SERVE_LOG=${logs[$n]}
    [ -n "$fail" ] || wait_log '^\[usart\] .*version 2 started' 5 || fail="board $((n + 1)) did not come up in version 2"
    [ -n "$fail" ] || grep -q "^${ptys[$n]} .* ok " "$out" || fail="the summary does not list board $((n + 1)) as updated"
done
[ -n "$fail" ] || grep -q "^${ptys[2]} .* write_protected (17) " "$out" || fail="the summary does not list the write protection"
[ -n "$fail" ] || grep -q '^3 devices: 2 updated, 1 failed' "$out" || fail="no summary count"
SERVE_LOG=${logs[2]}
[ -n "$fail" ] || ! grep -q '^\[uc\] flash: erased' "$SERVE_LOG" || fail="the write-protected board was erased"
for pid in "${pids[@]}"; do SERVE_PID=$pid serve_abort; done
SERVE_LOG=$out
result e2e "$board" parallel-flash - "$fail" "3 boards in parallel: 2 updated to version 2, the write-protected one refused and left running, exit 21"

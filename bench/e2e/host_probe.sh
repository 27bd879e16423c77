#!/usr/bin/env bash
# End to end with the project's host tool: `sysboot probe --port PTY
# --parity none` must find the stand-in ROM and name the board's DEV_ID;
# then stm32flash sends GO and the app must come back cleanly.
# Negative twin (--twin): RDP level 2, the library refuses, the probe must
# find no ROM.  Usage: e2e/host_probe.sh [--twin] BOARD...
set -u
cd "$(dirname "$0")/.."
. e2e/serve.sh
TOOL=../host/build/sysboot

one() {
    local board=$1 twin=$2 name=host-probe catch=- fail="" out=""
    local -a chip=()
    if [ "$twin" = 1 ]; then name='host-probe!'; catch="found no ROM"; chip=(--rdp2 --timeout 3); fi
    serve_start "$board" "${name%!}$twin" "${chip[@]}" || fail="no pty"
    if [ -z "$fail" ]; then
        out=$(timeout 10 "$TOOL" probe --port "$SERVE_PTY" --parity none --format kv 2>&1)
        printf '%s\n' "$out" >> "$SERVE_LOG"
        case $out in
        *status=ok*) [[ $out == *"dev_id=0x${board#*_}"* || $out == *"dev_id=0x$(echo "${board#*_}" | tr 'A-F' 'a-f')"* ]] ||
                         fail="probe named another DEV_ID: $out" ;;
        *) fail="sysboot probe found no ROM: $(printf '%s' "$out" | head -c 120)" ;;
        esac
    fi
    [ -n "$fail" ] || timeout 10 stm32flash -m 8n1 -g 0x08000000 "$SERVE_PTY" >> "$SERVE_LOG" 2>&1 || fail="GO failed"
    if [ -z "$fail" ]; then
        serve_finish || fail="harness: $(grep -m1 '^VERDICT' "$SERVE_LOG")"
    else
        serve_abort
    fi
    result e2e "$board" "$name" "$catch" "$fail" "sysboot probe: $(printf '%s' "$out" | grep -o 'dev_id=[^ ]* name=[^ ]*')"
}

[ -x "$TOOL" ] || { echo "e2e: host tool $TOOL not built; skipped" >&2; exit 0; }
twin=0
[ "${1:-}" = --twin ] && { twin=1; shift; }
for board in "$@"; do one "$board" "$twin"; done

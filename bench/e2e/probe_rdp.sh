#!/usr/bin/env bash
# End to end with the project's host tool: does the ROM hand out flash?
# `sysboot probe` asks for 4 bytes of READ_MEMORY at the line's flash base.
# A board at RDP level 0 (the bench's default) must be reported "readable";
# the same board with --rdp1, whose stand-in refuses READ_MEMORY as a
# protected ROM does, "read-protected"; both in the kv and the json record.
# Then stm32flash sends GO and the app must come back cleanly: the probe
# changed nothing.
# Negative twin (--twin): the protected board, expected readable: the
# bench must report it read-protected.  Usage: e2e/probe_rdp.sh [--twin] BOARD...
set -u
cd "$(dirname "$0")/.."
. e2e/serve.sh
TOOL=../host/build/sysboot

# probe_says FORMAT WANT: one probe in FORMAT; sets fail unless its record
# names the DEV_ID and says WANT
probe_says() {
    local format=$1 want=$2 out pattern base
    [ -z "$fail" ] || return 0
    # where the tool must have asked: the line's flash base, as `info` says
    base=$("$TOOL" info "0x${SERVE_BOARD#*_}" | sed -n 's/^main flash: *\(0x[0-9A-F]*\) .*/\1/p')
    [ -n "$base" ] || { fail="sysboot info names no flash base for $SERVE_BOARD"; return 0; }
    out=$(timeout 10 "$TOOL" probe --port "$SERVE_PTY" --parity none --format "$format" 2>&1)
    printf '%s\n' "$out" >> "$SERVE_LOG"
    case $format in
    kv)   pattern="flash_read=$want flash_base=$base" ;;
    json) pattern="\"flash_read\":\"$want\",\"flash_base\":\"$base\"" ;;
    esac
    if [[ $out != *"$pattern"* ]]; then
        fail="probe ($format) did not say $want: $(printf '%s' "$out" | grep -o 'flash_read[^ ,]*' | head -1)"
        [[ $out == *flash_read* ]] || fail="$fail$(printf '%s' "$out" | head -c 120)"
    fi
}

one() {
    local board=$1 level=$2 twin=$3 name catch=- fail="" want
    local -a chip=()
    # the direct path: the probe is about the ROM, not about how the app got there
    chip=(--path direct)
    if [ "$level" = 1 ]; then chip+=(--rdp1); want=read-protected; else want=readable; fi
    name="probe-rdp$level"
    SERVE_BOARD=$board
    if [ "$twin" = 1 ]; then name="$name!"; catch="did not say readable"; want=readable; fi
    serve_start "$board" "${name%!}$twin" "${chip[@]}" || fail="no pty"
    probe_says kv "$want"
    probe_says json "$want"
    [ -n "$fail" ] || timeout 10 stm32flash -m 8n1 -g 0x08000000 "$SERVE_PTY" >> "$SERVE_LOG" 2>&1 || fail="GO failed"
    if [ -z "$fail" ]; then
        serve_finish || fail="harness: $(grep -m1 '^VERDICT' "$SERVE_LOG")"
    else
        serve_abort
    fi
    result e2e "$board" "$name" "$catch" "$fail" "sysboot probe at RDP level $level: $want (kv and json), the app back after GO"
}

[ -x "$TOOL" ] || { echo "e2e: host tool $TOOL not built; skipped" >&2; exit 0; }
twin=0
[ "${1:-}" = --twin ] && { twin=1; shift; }
for board in "$@"; do
    if [ "$twin" = 1 ]; then
        one "$board" 1 1
    else
        one "$board" 0 0
        one "$board" 1 0
    fi
done

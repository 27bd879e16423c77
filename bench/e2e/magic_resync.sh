#!/usr/bin/env bash
# End to end with the host tool and a console application (the demo's
# firmware, bench/build/consoles/): the order a new user tries things in.
#   1. `sysboot probe` against the running application (no ROM there yet:
#      its 0x7F sync bytes land in the application's line matcher),
#   2. `sysboot enter --magic`: the ROM must answer; GO back,
#   3. an `enter` with a line the application does not know, which fails and
#      leaves its own probe bytes in the matcher, then `enter --magic` again,
#      which must reach the ROM; GO back,
#   4. half a magic line typed into the port, then `enter --magic`.
# Every `enter` must work whatever came before: the host starts the magic
# on a line of its own. The application must come back after each GO.
# Negative twin (--twin): after the probe, the magic line written without a
# line break in front (as the host did before): the application must not
# take it, and no ROM answers.  Usage: e2e/magic_resync.sh [--twin] BOARD...
set -u
cd "$(dirname "$0")/.."
. e2e/serve.sh
TOOL=../host/build/sysboot
fast=(--parity none --timeout-ms 200)

# step WANT-RC DESCRIPTION ARGS...: runs the host tool, notes the first step
# that ends otherwise
step() {
    local want=$1 what=$2 rc
    shift 2
    [ -z "$fail" ] || return 0
    timeout 20 "$TOOL" "$@" >> "$SERVE_LOG" 2>&1
    rc=$?
    [ "$rc" -eq "$want" ] || fail="$what: exit $rc, wanted $want"
    serve_drain
}
go_back() { serve_go_back "$1" "$SERVE_LOG"; }

one() {
    local board=$1 twin=$2 name=magic-resync catch=- fail=""
    [ "$twin" = 1 ] && { name='magic-resync!'; catch="no ROM answered"; }
    SERVE_APP=$B/consoles/$board.elf serve_start "$board" "${name%!}$twin" --timeout 120 \
        --max-insns 100000000000 || fail="no pty"
    [ -n "$fail" ] || { sleep 0.5; serve_drain; }
    step 5 "probe against the running application" probe --port "$SERVE_PTY" "${fast[@]}" --retries 0
    if [ "$twin" = 1 ]; then
        [ -n "$fail" ] || printf 'sysboot:enter-bootloader\r\n' > "$SERVE_PTY"
        step 0 "no ROM answered the bare magic line after the probe" \
            probe --port "$SERVE_PTY" "${fast[@]}" --retries 8
    else
        step 0 "enter --magic after a probe" enter --port "$SERVE_PTY" --magic "${fast[@]}"
        go_back "the first enter"
        step 5 "enter with a line the application does not know" \
            enter --port "$SERVE_PTY" --magic not-the-magic "${fast[@]}" --wait-ms 600
        step 0 "enter --magic after a failed enter" enter --port "$SERVE_PTY" --magic "${fast[@]}"
        go_back "the second enter"
        [ -n "$fail" ] || printf 'sysboot:ent' > "$SERVE_PTY"
        step 0 "enter --magic after a half-typed line" enter --port "$SERVE_PTY" --magic "${fast[@]}"
        go_back "the third enter"
    fi
    serve_abort
    [ "$twin" = 1 ] || serve_entries 3 ""
    result e2e "$board" "$name" "$catch" "$fail" \
        "probe, enter, failed enter, enter, half a line, enter: 3 ROM entries, the app back after each GO"
}

[ -x "$TOOL" ] || { echo "e2e: host tool $TOOL not built; skipped" >&2; exit 0; }
twin=0
[ "${1:-}" = --twin ] && { twin=1; shift; }
for board in "$@"; do one "$board" "$twin"; done

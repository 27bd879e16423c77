#!/usr/bin/env bash
# End to end with a product's own magic line: the demo's console firmware
# built with -DSYSBOOT_MAGIC_LINE (bench/build/consoles/F4_413-secret.elf,
# the line is the Makefile's BENCH_SECRET). Wrong lines must be ignored:
# the default line, a wrong $SYSBOOT_SECRET, a secret file one byte off. The
# right one must reach the ROM, from a secret file and from $SYSBOOT_SECRET
# (GO back after each), and the tool must say where each line came from.
# Negative twin (--twin): the right secret sent to the console built with the
# default line: the application must not take it, and no ROM answers.
# Usage: e2e/magic_secret.sh [--twin] BOARD...
set -u
cd "$(dirname "$0")/.."
. e2e/serve.sh
TOOL=../host/build/sysboot
fast=(--parity none --timeout-ms 200)
unset SYSBOOT_SECRET
secret=$(sed -n 's/^BENCH_SECRET := //p' Makefile)
files=$B/e2e/secret-files
mkdir -p "$files"
chmod 700 "$files"
printf '%s\n' "$secret" > "$files/right"
printf '%s\n' "${secret%?}x" > "$files/one-byte-off"
chmod 600 "$files/right" "$files/one-byte-off"

# step WANT-RC DESCRIPTION [VAR=VALUE...] ARGS...: runs the host tool under
# env, notes the first step that ends otherwise. Its output goes to a log of
# its own: the harness writes SERVE_LOG from its own file offset.
step() {
    local want=$1 what=$2 rc
    shift 2
    [ -z "$fail" ] || return 0
    timeout 20 env "$@" >> "$HOST_LOG" 2>&1
    rc=$?
    [ "$rc" -eq "$want" ] || fail="$what: exit $rc, wanted $want"
    serve_drain
}
go_back() { serve_go_back "$1" "$HOST_LOG"; }
said() { # said TEXT: the tool's note on where the line came from is in the log
    [ -z "$fail" ] || return 0
    grep -qF -- "$1" "$HOST_LOG" || fail="the tool did not say: $1"
}

one() {
    local board=$1 twin=$2 name=magic-secret catch=- fail="" app=$B/consoles/$board-secret.elf
    if [ "$twin" = 1 ]; then name='magic-secret!'; catch="no ROM answered"; app=$B/consoles/$board.elf; fi
    [ -n "$secret" ] || fail="no BENCH_SECRET in bench/Makefile"
    [ -n "$fail" ] || SERVE_APP=$app serve_start "$board" "${name%!}$twin" --timeout 120 \
        --max-insns 100000000000 || fail="no pty"
    [ -n "$fail" ] || { sleep 0.5; serve_drain; }
    HOST_LOG=$SERVE_LOG.host
    : > "$HOST_LOG"
    if [ "$twin" = 1 ]; then
        step 0 "no ROM answered the secret sent to a console that listens for the default line" \
            "$TOOL" enter --port "$SERVE_PTY" --secret-file "$files/right" "${fast[@]}" --wait-ms 600
    else
        step 5 "the default line is ignored" \
            "$TOOL" enter --port "$SERVE_PTY" --magic "${fast[@]}" --wait-ms 600
        said 'magic line: the default'
        step 5 "a wrong \$SYSBOOT_SECRET is ignored" \
            SYSBOOT_SECRET=not-the-product-secret "$TOOL" enter --port "$SERVE_PTY" --magic "${fast[@]}" --wait-ms 600
        step 5 "a secret one byte off is ignored" \
            "$TOOL" enter --port "$SERVE_PTY" --secret-file "$files/one-byte-off" "${fast[@]}" --wait-ms 600
        step 0 "the secret from a file reaches the ROM" \
            "$TOOL" enter --port "$SERVE_PTY" --secret-file "$files/right" "${fast[@]}"
        said "magic line from the secret file $files/right"
        go_back "the secret file's line"
        step 0 "the secret from \$SYSBOOT_SECRET reaches the ROM" \
            SYSBOOT_SECRET="$secret" "$TOOL" enter --port "$SERVE_PTY" --magic "${fast[@]}"
        said 'magic line from the environment ($SYSBOOT_SECRET)'
        go_back "the environment's line"
    fi
    serve_abort
    [ "$twin" = 1 ] || serve_entries 2 " (the right secret twice, no wrong line)"
    if [ -z "$fail" ] && grep -qF -- "$secret" "$SERVE_LOG" "$HOST_LOG"; then
        fail="the secret appears in the run's logs"
    fi
    result e2e "$board" "$name" "$catch" "$fail" \
        "default line, wrong \$SYSBOOT_SECRET, secret one byte off: ignored; secret from a file and from \$SYSBOOT_SECRET: 2 ROM entries"
}

[ -x "$TOOL" ] || { echo "e2e: host tool $TOOL not built; skipped" >&2; exit 0; }
twin=0
[ "${1:-}" = --twin ] && { twin=1; shift; }
for board in "$@"; do one "$board" "$twin"; done

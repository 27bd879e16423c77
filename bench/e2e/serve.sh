# Sourced by the e2e scripts: start the unicorn harness with the bench USART
# on a pty, the app entering the stand-in through the reset path and the
# stand-in serving AN3155 until GO.
#   serve_start BOARD NAME [harness args...]   sets SERVE_PTY, SERVE_LOG, SERVE_PID
#   serve_finish                               waits; 0 when the app came back cleanly
# SERVE_APP, when set, is the application to run instead of the bench app.
B=build
mkdir -p $B/logs $B/e2e

serve_start() {
    local board=$1 name=$2 cpu
    shift 2
    cpu=$($B/bench-uc --boards | awk -v b="$board" '$1 == b { print $2 }')
    SERVE_PTY=$B/e2e/pty-$board-$name
    SERVE_LOG=$B/logs/e2e-$board-$name.log
    rm -f "$SERVE_PTY"
    $B/bench-uc --scenario serve --path reset --standin serve --expect served --pty "$SERVE_PTY" \
        --timeout 30 --max-insns 4000000000 "$@" "$board" "${SERVE_APP:-$B/apps/$cpu-Os.elf}" \
        "$B/standin/$board.elf" > "$SERVE_LOG" 2>&1 &
    SERVE_PID=$!
    for _ in $(seq 100); do [ -e "$SERVE_PTY" ] && return 0; sleep 0.05; done
    return 1
}

# wait_log PATTERN SECONDS: until a line of the harness log matches
wait_log() {
    local i
    for i in $(seq $(($2 * 20))); do
        grep -aq -- "$1" "$SERVE_LOG" && return 0
        sleep 0.05
    done
    return 1
}

serve_finish() {
    wait "$SERVE_PID"
}

serve_abort() {
    kill "$SERVE_PID" 2>/dev/null
    wait "$SERVE_PID" 2>/dev/null
}

# For the scripts that drive a console application through several ROM
# entries (they keep the first failure in $fail):
serve_drain() { timeout 0.5 cat "$SERVE_PTY" > /dev/null 2>&1; }
# serve_go_back WHAT LOG: stm32flash sends GO, the application comes back
serve_go_back() {
    [ -z "$fail" ] || return 0
    timeout 10 stm32flash -m 8n1 -g 0x08000000 "$SERVE_PTY" >> "$2" 2>&1 || fail="GO after $1 failed"
    sleep 0.3
    serve_drain
}
# serve_entries WANT WHY: after serve_abort, the run entered the ROM WANT
# times, each entry passing the harness's check
serve_entries() {
    local entries
    entries=$(grep -c '^\[uc\] entered system memory' "$SERVE_LOG")
    if [ -z "$fail" ] && [ "$entries" -ne "$1" ]; then
        fail="$entries ROM entries, expected $1$2"
    fi
    if [ -z "$fail" ] && grep -q '^\[uc\] entry check FAIL' "$SERVE_LOG"; then
        fail="harness: a ROM entry failed its check"
    fi
}

# result COLUMN BOARD NAME CATCH FAILURE-OR-EMPTY PASS-TEXT
# CATCH "-": positive. Otherwise the run is a negative twin and passes when it
# failed with CATCH in the reason.
result() {
    local column=$1 board=$2 name=$3 catch=$4 fail=$5 ok=$6
    if [ "$catch" = - ]; then
        if [ -z "$fail" ]; then printf '%s\t%s\t%s\tPASS\t%s\n' "$column" "$board" "$name" "$ok"
        else printf '%s\t%s\t%s\tFAIL\t%s (log %s)\n' "$column" "$board" "$name" "$fail" "$SERVE_LOG"; fi
    elif [ -z "$fail" ]; then
        printf '%s\t%s\t%s\tFAIL\tbroken setup NOT caught\n' "$column" "$board" "$name"
    elif [[ $fail == *"$catch"* ]]; then
        printf '%s\t%s\t%s\tPASS\tcaught: %s\n' "$column" "$board" "$name" "$fail"
    else
        printf '%s\t%s\t%s\tFAIL\tcaught for another reason than %s: %s\n' "$column" "$board" "$name" "$catch" "$fail"
    fi
}

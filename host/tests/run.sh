#!/bin/sh
# Host tests for the sysboot command: unit tests (AN3155 client, DfuSe
# decoder, database invariants), the CLI against scripted ROM peers on ptys,
# the generated docs, absurd options, and a short fuzz run when clang-14 is
# installed. Prints "N passed, N failed" last; exits non-zero on any failure.
set -u
here=$(cd "$(dirname "$0")" && pwd)
host=$(cd "$here/.." && pwd)
root=$(cd "$host/.." && pwd)
work=$(mktemp -d)
peer_pid=""
cleanup() {
    [ -n "$peer_pid" ] && kill "$peer_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $1"; }
check() { # check DESCRIPTION COMMAND...: passes when the command succeeds
    what=$1; shift
    if "$@"; then pass; else fail "$what"; fi
}

CC=${CC:-cc}
warnings="-std=c99 -Wall -Wextra -Werror -pedantic"
unset SYSBOOT_SECRET   # the secret tests set it themselves
includes="-I$root/include -I$root/data -I$host/src -I$here"
sysboot="$host/build/sysboot"

# ---- builds ---------------------------------------------------------------
check "make -C host" make -s -C "$host"
build() { # build NAME SOURCES... [-lLIB]
    name=$1; shift
    check "build $name" $CC $warnings $includes -o "$work/$name" "$@"
}
build test_an3155 "$here/test_an3155.c" "$here/script_port.c" "$host/src/an3155.c"
build test_dfuse "$here/test_dfuse.c" "$host/src/dfuse.c"
build test_database "$here/test_database.c" "$host/src/part_match.c"
build pty_peer "$here/pty_peer.c" -lutil

# ---- unit test programs ----------------------------------------------------
run_unit() { # adds the program's own "N passed, N failed" to the totals
    output=$("$work/$1")
    status=$?
    echo "$output" | grep -v '^[0-9]* passed, [0-9]* failed$'
    p=$(echo "$output" | sed -n 's/^\([0-9]*\) passed, [0-9]* failed$/\1/p')
    f=$(echo "$output" | sed -n 's/^[0-9]* passed, \([0-9]*\) failed$/\1/p')
    passed=$((passed + ${p:-0}))
    failed=$((failed + ${f:-0}))
    if [ -z "$p" ] || { [ "$status" -ne 0 ] && [ "${f:-0}" -eq 0 ]; }; then
        fail "$1 exited $status without a clean summary"
    fi
}
for unit in test_an3155 test_dfuse test_database; do
    [ -x "$work/$unit" ] && run_unit "$unit"
done

# ---- helpers for the CLI ---------------------------------------------------
expect_exit() { # expect_exit CODE DESCRIPTION ARGS...: runs sysboot ARGS
    want=$1; what=$2; shift 2
    "$sysboot" "$@" > "$work/out" 2> "$work/err"
    got=$?
    if [ "$got" -eq "$want" ]; then
        pass
    else
        fail "$what: exit $got, wanted $want"
        sed 's/^/    /' "$work/out" "$work/err"
    fi
}
output_has() { # output_has DESCRIPTION PATTERN: grep stdout+stderr of the last run
    if cat "$work/out" "$work/err" | grep -q -- "$2"; then pass; else fail "$1"; fi
}
start_peer() { # start_peer SCENARIO: a scripted ROM on a fresh pty
    stop_peer
    : > "$work/peer.path"
    "$work/pty_peer" "$1" "$work/peer.log" > "$work/peer.path" &
    peer_pid=$!
    tries=0
    while [ ! -s "$work/peer.path" ] && [ $tries -lt 100 ]; do
        sleep 0.05; tries=$((tries + 1))
    done
    pty=$(cat "$work/peer.path")
}
stop_peer() {
    if [ -n "$peer_pid" ]; then
        kill "$peer_pid" 2>/dev/null
        wait "$peer_pid" 2>/dev/null
        peer_pid=""
    fi
}

# ---- help and version ------------------------------------------------------
expect_exit 0 "--help" --help
output_has "--help documents exit code 10" "10 port vanished"
expect_exit 0 "--version" --version
output_has "--version prints the version" "sysboot 0\."

# ---- every subcommand answers --help with its own usage -----------------------
for command in list info probe enter; do
    for flag in --help -h; do
        expect_exit 0 "$command $flag" $command $flag
        check "$command $flag prints its own usage" \
            test "$(head -1 "$work/out" | cut -d' ' -f1-3)" = "usage: sysboot $command"
    done
done
expect_exit 0 "--help after other options" probe --port /dev/null --help
output_has "probe usage after other options" "^usage: sysboot probe"

# ---- --format json|kv: exactly one record on every outcome -----------------
one_record() { # one_record DESCRIPTION PATTERN: stdout is one line matching
    if [ "$(wc -l < "$work/out")" -eq 1 ] && grep -q -- "$2" "$work/out"; then pass; else
        fail "$1: stdout is not one record matching $2"; sed 's/^/    /' "$work/out"; fi
}
expect_exit 4 "enter on a missing port, json" enter --port /nonexistent/tty --magic --format json
one_record "enter, port cannot be opened, json" '^{"status":"port_open_failed","exit_code":4,'
expect_exit 4 "enter on a missing port, kv" enter --port /nonexistent/tty --touch1200 --format kv
one_record "enter --touch1200, port cannot be opened, kv" '^status=port_open_failed exit_code=4 '
expect_exit 3 "probe with an unknown option, json" probe --port /dev/null --turbo --format json
one_record "usage error, json" '^{"status":"usage","exit_code":3,'
expect_exit 3 "enter with a bad value, kv" enter --format=kv --port /dev/null --magic --wait-ms x
one_record "usage error, kv" '^status=usage exit_code=3 '

# ---- list and info ---------------------------------------------------------
expect_exit 0 "list --csv" list --csv
cp "$work/out" "$work/list.csv"
check "CSV header" grep -q '^dev_id,name,core,sysmem_base,bootloader,' "$work/list.csv"
rows_in_def=$(printf '#define SYSBOOT_DEVICE(...) sysboot_row_marker\n#include "stm32.def"\n' \
    | $CC -E -P -I"$root/include" -I"$root/data" - | grep -o sysboot_row_marker | wc -l)
rows_in_csv=$(($(wc -l < "$work/list.csv") - 1))
if [ "$rows_in_def" -gt 0 ] && [ "$rows_in_csv" -eq "$rows_in_def" ]; then pass; else
    fail "CSV has $rows_in_csv rows, stm32.def has $rows_in_def SYSBOOT_DEVICE rows"; fi
check "CSV hex is 0x-prefixed" grep -q '^0x413,' "$work/list.csv"
check "CSV quotes names with commas" grep -q '^0x[0-9A-F]\{3\},"[^"]*,[^"]*",' "$work/list.csv"
expect_exit 0 "plain list" list
output_has "plain list counts rows" "^$rows_in_def rows$"
expect_exit 0 "list --markdown" list --markdown
output_has "markdown says it is generated" "generated from .data/stm32.def. by .make docs"
output_has "markdown counts rows per series" "^| F4 | "

expect_exit 0 "info 0x413" info 0x413
output_has "info by dev_id shows the row" "STM32F405"
output_has "info shows the source" "^source: .*AN2606"
expect_exit 0 "info 413" info 413
output_has "info 413 shows dev_id" "dev_id: *0x413"
expect_exit 0 "info STM32F405" info STM32F405
output_has "info by part" "dev_id: *0x413"
expect_exit 0 "info f405 (lower case, no prefix)" info f405
output_has "info by short part" "dev_id: *0x413"
expect_exit 2 "info STM32 is ambiguous" info STM32
output_has "ambiguous matches are listed" "rows match"
expect_exit 2 "info f4 lists the F4 family" info f4
output_has "info f4 lists the F405 row" "^  0x413 "
check "info f4 does not list the H5 row whose name holds 5F4xx" \
    sh -c "! grep -q '0x47A' '$work/out'"
check "info f4 lists only F4 rows" \
    sh -c "grep '^  0x' '$work/out' | awk '{ print \$2 }' | sort -u | grep -qx F4"
# F1 and L1 density from the part number: the flash-size letter (ST
# datasheets' ordering information; RM0008 / RM0038 densities)
for case in STM32F103C8T6:0x410 STM32F103C6T6:0x412 STM32F103RET6:0x414 STM32F103ZGT6:0x430 \
            STM32F100RBT6:0x420 STM32F100ZET6:0x428 STM32F105RCT6:0x418 \
            STM32L151C8T6:0x416 STM32L151C8T6A:0x429 STM32L152RCT6:0x427 STM32L151VDT6:0x436 \
            STM32L162ZET6:0x437; do
    expect_exit 0 "info ${case%%:*}" info "${case%%:*}"
    output_has "${case%%:*} is DEV_ID ${case#*:}" "^dev_id: *${case#*:}\$"
done
expect_exit 2 "info STM32F103 without a flash size is ambiguous" info STM32F103
output_has "info STM32F103 lists the medium-density row" "^  0x410 "

# Sizes in KiB; a window across SRAM blocks says so
expect_exit 0 "info 0x413" info 0x413
output_has "F405 SRAM in KiB" "^SRAM: *0x20000000-0x2001FFFF, 128 KiB\$"
output_has "F405 system memory in KiB" "^system memory: *0x1FFF0000-0x1FFF77FF, 30 KiB\$"
output_has "F405 main flash" "^main flash: *0x08000000 "
output_has "F405: the SRAM its ROM uses" "^ROM's own SRAM: 0x20000000-0x20002FFF, 12 KiB"
expect_exit 0 "info 0x450" info 0x450
output_has "H743: the window is not read as 64 MiB of SRAM" "not of SRAM"
check "H743 prints no SRAM size line" sh -c "! grep -q '^SRAM: ' '$work/out'"
output_has "H743: the AXI SRAM its ROM uses" "^ *0x24000000-0x24004FFF, 20 KiB"
expect_exit 0 "info 0x486" info 0x486
output_has "N6: no software entry, no ROM SRAM row" "^ROM's own SRAM: - (no software entry)"
output_has "N6: no internal flash" "^main flash: *none (no internal flash)"
expect_exit 1 "info of an unknown part" info STM32Z999
expect_exit 3 "info without an argument" info

# ---- CMSIS macro rows sit in their DEV_ID's series block --------------------
# A build for one series keeps only that series' blocks: a macro row outside
# its device row's block would name a DEV_ID the build does not have.
rows_of_series() { # rows_of_series SERIES KIND: the DEV_IDs of KIND rows that series keeps
    printf '#include "sysboot.h"\n#define SYSBOOT_WANT(s) ((s) == SYSBOOT_SERIES_%s)\n#define SYSBOOT_DEVICE(id, ...) sysboot_device_row id\n#define SYSBOOT_CMSIS(m, id, src) sysboot_cmsis_row id\n#include "stm32.def"\n' "$1" \
        | $CC -E -P -I"$root/include" -I"$root/data" - | sed -n "s/.*sysboot_$2_row \(0x[0-9A-Fa-f]*\).*/\1/p" \
        | while read -r id; do printf '%d\n' "$id"; done | sort -u
}
series_all=$(sed -n 's/^#define SYSBOOT_SERIES_\([A-Z0-9]*\) .*/\1/p' "$root/include/sysboot.h")
series_bad=""
for s in $series_all; do
    rows_of_series "$s" device > "$work/series.devices"
    rows_of_series "$s" cmsis > "$work/series.cmsis"
    [ -s "$work/series.cmsis" ] || series_bad="$series_bad $s(no rows)"
    [ -z "$(comm -13 "$work/series.devices" "$work/series.cmsis")" ] || series_bad="$series_bad $s"
done
if [ -n "$series_all" ] && [ -z "$series_bad" ]; then pass; else
    fail "SYSBOOT_CMSIS rows outside their DEV_ID's series block:$series_bad"; fi
# ---- README names every series of the data ---------------------------------
missing_series=""
for series in $(cut -d, -f1-20 "$work/list.csv" | sed 1d | sed 's/"[^"]*"//g' | awk -F, '{ print $9 }' | sort -u); do
    case $series in H7RS) shown="H7R/S" ;; L4P) shown="L4+" ;; *) shown=$series ;; esac
    sed -n '/^## Device database/,/^## /p' "$root/README.md" | tr -s ' \n' ' ' |
        grep -q -- "[ (]$shown[,;.) ]" || missing_series="$missing_series $shown"
done
if [ -z "$missing_series" ]; then pass; else fail "README's series list lacks:$missing_series"; fi

# ---- docs/devices.md is current --------------------------------------------
"$sysboot" list --markdown > "$work/devices.md"
if [ -f "$root/docs/devices.md" ] && diff -u "$root/docs/devices.md" "$work/devices.md" > "$work/docs.diff"; then
    pass
else
    fail "docs/devices.md is stale: run make -C host docs"
    head -20 "$work/docs.diff" 2>/dev/null
fi

# ---- absurd options are refused up front ------------------------------------
expect_exit 3 "no command" 
expect_exit 3 "unknown command" frobnicate
expect_exit 3 "list --bogus" list --bogus
expect_exit 3 "probe without a port" probe
expect_exit 3 "baud 0" probe --port /dev/null --baud 0
expect_exit 3 "baud not a number" probe --port /dev/null --baud fast
expect_exit 3 "baud absurdly high" probe --port /dev/null --baud 99999999999
expect_exit 3 "negative timeout" probe --port /dev/null --timeout-ms -5
expect_exit 3 "zero timeout" probe --port /dev/null --timeout-ms 0
expect_exit 3 "unknown parity" probe --port /dev/null --parity odd
expect_exit 3 "absurd retries" probe --port /dev/null --retries 1000
expect_exit 3 "unknown format" probe --port /dev/null --format xml
expect_exit 3 "missing option value" probe --port
expect_exit 3 "unknown probe option" probe --port /dev/null --turbo
expect_exit 3 "probe with both --port and --usb" probe --port /dev/null --usb
expect_exit 3 "enter without a trigger" enter --port /dev/null
expect_exit 3 "enter with two triggers" enter --port /dev/null --magic --touch1200
expect_exit 3 "enter without a port" enter --magic
expect_exit 3 "negative wait" enter --port /dev/null --magic --wait-ms -1
expect_exit 3 "empty magic" enter --port /dev/null --magic ""
expect_exit 3 "magic with CR" enter --port /dev/null --magic "$(printf 'a\rb')"
expect_exit 3 "magic with LF" enter --port /dev/null --magic "$(printf 'a\nb')"
expect_exit 3 "magic with a control byte" enter --port /dev/null --magic "$(printf 'a\001b')"
expect_exit 3 "magic with a non-ASCII byte" enter --port /dev/null --magic "$(printf 'a\303\251')"
long65=$(printf '%065d' 0)
long64=$(printf '%064d' 0)
expect_exit 3 "magic of 65 bytes" enter --port /dev/null --magic "$long65"
expect_exit 4 "magic of 64 bytes passes validation (then the port fails)" \
    enter --port /nonexistent/tty --magic "$long64" --no-probe

# ---- port cannot be opened ---------------------------------------------------
expect_exit 4 "probe a missing port" probe --port /nonexistent/tty --parity none
output_has "missing port message" "cannot open /nonexistent/tty"
: > "$work/not-a-tty"
expect_exit 4 "probe a regular file" probe --port "$work/not-a-tty" --parity none
expect_exit 4 "probe a missing port, json" probe --port /nonexistent/tty --format json
output_has "json failure line" '^{"status":"port_open_failed","exit_code":4'

# ---- AN3155 against scripted ROM peers on ptys -------------------------------
fast="--parity none --timeout-ms 200 --retries 0"

start_peer ok
expect_exit 0 "probe a healthy ROM" probe --port "$pty" $fast
output_has "bootloader version" "v3.1"
output_has "commands listed" "0x44 EXTENDED_ERASE"
output_has "PID shown" "0x0413"
output_has "database row named" "STM32F405"
output_has "ROM interfaces named" "USART+USB_DFU"
# sync, GET, GET_VERSION, GET_ID, then READ_MEMORY of 4 bytes at the F405's
# flash base 0x08000000 (address XOR 0x08, N-1 = 3 and its complement)
probe_bytes=7f00ff01fe02fd11ee080000000803fc
check "the probe sent 7F 00FF 01FE 02FD 11EE 08000000 08 03FC" \
    test "$(od -An -tx1 "$work/peer.log" | tr -d ' \n')" = "$probe_bytes"
output_has "an answered READ_MEMORY is readable" "^flash read: *readable: the ROM answered READ_MEMORY at 0x08000000"
expect_exit 0 "probe --format json" probe --port "$pty" $fast --format json
check "json is one line" test "$(wc -l < "$work/out")" -eq 1
output_has "json fields" '^{"status":"ok","exit_code":0,.*"dev_id":"0x413".*"name":"STM32F405'
output_has "json: readable at the flash base" '"flash_read":"readable","flash_base":"0x08000000"'
expect_exit 0 "probe --format kv" probe --port "$pty" $fast --format kv
check "kv is one line" test "$(wc -l < "$work/out")" -eq 1
output_has "kv fields" '^status=ok exit_code=0 .*dev_id=0x413 name="\{0,1\}STM32F405'
output_has "kv: readable at the flash base" ' flash_read=readable flash_base=0x08000000'
expect_exit 4 "even parity on a pty is refused with a hint" probe --port "$pty" --timeout-ms 200
output_has "parity hint" "try --parity none"

start_peer protected
expect_exit 0 "probe a read-protected ROM" probe --port "$pty" $fast
output_has "a NACKed READ_MEMORY is read-protected" "^flash read: *read-protected: the ROM refused READ_MEMORY at 0x08000000"
check "the probe asked READ_MEMORY once and nothing after the NACK" \
    test "$(od -An -tx1 "$work/peer.log" | tr -d ' \n')" = "7f00ff01fe02fd11ee"
start_peer protected
expect_exit 0 "probe a read-protected ROM, json" probe --port "$pty" $fast --format json
one_record "read-protected, json" '"flash_read":"read-protected","flash_base":"0x08000000"'
start_peer protected
expect_exit 0 "probe a read-protected ROM, kv" probe --port "$pty" $fast --format kv
one_record "read-protected, kv" ' flash_read=read-protected flash_base=0x08000000'

start_peer nack_sync
expect_exit 0 "NACK to sync is an open session" probe --port "$pty" $fast
output_has "already-synced note" "already open"

start_peer no_answer
expect_exit 5 "no answer" probe --port "$pty" $fast
output_has "no answer message" "no answer"
before=$(date +%s)
expect_exit 5 "no answer with bounded retries" probe --port "$pty" --parity none --timeout-ms 100 --retries 3
check "retries are bounded in time" test $(( $(date +%s) - before )) -le 3
check "one sync byte per attempt" test "$(od -An -tx1 "$work/peer.log" | tr -d ' \n')" = "7f7f7f7f7f"

start_peer garbage
expect_exit 6 "garbage reply" probe --port "$pty" $fast
output_has "garbage message shows the byte" "0x42"

start_peer nack
expect_exit 7 "NACK to GET" probe --port "$pty" $fast
output_has "NACK message" "NACK"

start_peer cut_short
expect_exit 8 "reply cut short" probe --port "$pty" $fast
output_has "cut short message" "stopped after"
start_peer cut_short
expect_exit 8 "cut short stands over later silent retries" probe --port "$pty" --parity none --timeout-ms 200 --retries 2

start_peer unknown_id
expect_exit 9 "DEV_ID not in the database" probe --port "$pty" $fast --format kv
output_has "unknown id reported" "status=unknown_dev_id"
output_has "unknown PID shown" "product_id=0x0999"

start_peer vanish
expect_exit 10 "peer closes the pty mid-transaction" probe --port "$pty" $fast
output_has "vanished message" "vanished"

start_peer slow_sync
expect_exit 5 "a lost sync byte without retries" probe --port "$pty" $fast
start_peer slow_sync
expect_exit 0 "a lost sync byte with one retry" probe --port "$pty" --parity none --timeout-ms 200 --retries 1

# ---- enter --magic -------------------------------------------------------------
start_peer magic
expect_exit 0 "enter --magic --no-probe" enter --port "$pty" --magic --no-probe
sleep 0.2
printf '\r\nsysboot:enter-bootloader\r\n' > "$work/expected-magic"
check "a line break, then exactly the default magic line reached the pty" cmp -s "$work/expected-magic" "$work/peer.log"

start_peer magic
expect_exit 0 "enter --magic=custom --no-probe" enter --port "$pty" --magic=hello-rom --no-probe
sleep 0.2
printf '\r\nhello-rom\r\n' > "$work/expected-magic"
check "a line break, then exactly the custom magic line reached the pty" cmp -s "$work/expected-magic" "$work/peer.log"

start_peer magic
expect_exit 0 "enter --magic then probe the ROM" enter --port "$pty" --magic --parity none --wait-ms 3000
output_has "enter names the device" "STM32F405"
check "magic line on a line of its own, then the probe" \
    test "$(od -An -tx1 "$work/peer.log" | tr -d ' \n')" = "$(printf '\r\nsysboot:enter-bootloader\r\n' | od -An -tx1 | tr -d ' \n')$probe_bytes"

start_peer no_answer
expect_exit 5 "enter: the ROM never answers within --wait-ms" \
    enter --port "$pty" --magic --parity none --timeout-ms 100 --wait-ms 500

start_peer magic
expect_exit 0 "enter --no-probe --format json" enter --port "$pty" --magic --no-probe --format json
one_record "enter --no-probe, json" '^{"status":"ok","exit_code":0,"port":".*","trigger":"magic","magic_from":"default"}$'
start_peer magic
expect_exit 0 "enter --no-probe --format kv" enter --port "$pty" --magic --no-probe --format kv
one_record "enter --no-probe, kv" '^status=ok exit_code=0 port=.* trigger=magic magic_from=default$'
# ---- enter: the magic line from a secret file or the environment -----------------
secret='acme-7Qx2-vR9k-Lm4T:update'
no_secret_shown() { # the secret itself is never printed
    if cat "$work/out" "$work/err" | grep -q -- "$secret"; then fail "$1: the secret was printed"; else pass; fi
}
sent_line() { # sent_line DESCRIPTION LINE: the pty saw a line break, then LINE
    sleep 0.2
    printf '\r\n%s\r\n' "$2" > "$work/expected-magic"
    check "$1" cmp -s "$work/expected-magic" "$work/peer.log"
}
printf '%s\n' "$secret" > "$work/secret"
chmod 600 "$work/secret"
start_peer magic
expect_exit 0 "enter --secret-file --no-probe" enter --port "$pty" --secret-file "$work/secret" --no-probe
sent_line "the secret file's line went out as the magic line" "$secret"
output_has "enter says the line came from the secret file" "magic line from the secret file $work/secret"
no_secret_shown "enter --secret-file"
check "a file readable by its owner alone gets no note" sh -c "! grep -q 'readable by other users' '$work/err'"

printf '%s\r\n' "$secret" > "$work/secret-crlf"
chmod 600 "$work/secret-crlf"
start_peer magic
expect_exit 0 "a CRLF-ended secret file" enter --port "$pty" --secret-file="$work/secret-crlf" --no-probe
sent_line "the CRLF is not part of the secret" "$secret"

start_peer magic
expect_exit 0 "enter --secret-file --format json" enter --port "$pty" --secret-file "$work/secret" --no-probe --format json
one_record "enter --secret-file, json" '"trigger":"magic","magic_from":"file"}$'
no_secret_shown "enter --secret-file --format json"

export SYSBOOT_SECRET="$secret"
start_peer magic
expect_exit 0 "enter --magic with SYSBOOT_SECRET set" enter --port "$pty" --magic --no-probe
sent_line "the environment's secret went out as the magic line" "$secret"
output_has "enter says the line came from the environment" 'magic line from the environment ($SYSBOOT_SECRET)'
no_secret_shown "enter with SYSBOOT_SECRET"
start_peer magic
expect_exit 0 "SYSBOOT_SECRET, kv" enter --port "$pty" --magic --no-probe --format kv
one_record "SYSBOOT_SECRET, kv" ' trigger=magic magic_from=environment$'
start_peer magic
expect_exit 0 "--secret-file wins over SYSBOOT_SECRET" enter --port "$pty" --secret-file "$work/secret-crlf" --no-probe
output_has "the file is named, not the environment" "magic line from the secret file"
start_peer magic
expect_exit 0 "--magic STRING wins over SYSBOOT_SECRET" enter --port "$pty" --magic=hello-rom --no-probe
sent_line "the command line's string went out" "hello-rom"
output_has "a string from the command line is called out as visible" "magic line from the command line (other users see it"
export SYSBOOT_SECRET="$(printf 'bad\rline')"
expect_exit 3 "SYSBOOT_SECRET with a line end is refused" enter --port /dev/null --magic --no-probe
output_has "the refusal names the variable" 'in $SYSBOOT_SECRET'
unset SYSBOOT_SECRET
start_peer magic
expect_exit 0 "enter --magic without a secret anywhere" enter --port "$pty" --magic --no-probe
output_has "enter says it used the default line" 'magic line: the default "sysboot:enter-bootloader"'

expect_exit 3 "a missing secret file" enter --port /dev/null --secret-file "$work/no-such-secret" --no-probe
output_has "the missing file is named" "cannot read the secret file $work/no-such-secret"
printf 'line-one\nline-two\n' > "$work/secret-two"
expect_exit 3 "a secret file of two lines" enter --port /dev/null --secret-file "$work/secret-two" --no-probe
printf '%065d\n' 0 > "$work/secret-long"
expect_exit 3 "a secret of 65 bytes" enter --port /dev/null --secret-file "$work/secret-long" --no-probe
printf 'zq7part\tzq7rest\n' > "$work/secret-ctrl"
expect_exit 3 "a secret with a control byte" enter --port /dev/null --secret-file "$work/secret-ctrl" --no-probe
check "the refusal does not quote the secret" sh -c "! grep -q 'zq7' '$work/out' '$work/err'"
: > "$work/secret-empty"
expect_exit 3 "an empty secret file" enter --port /dev/null --secret-file "$work/secret-empty" --no-probe
expect_exit 3 "--secret-file with --touch1200" enter --port /dev/null --touch1200 --secret-file "$work/secret"
expect_exit 3 "--secret-file with --magic STRING" enter --port /dev/null --magic x --secret-file "$work/secret"
cp "$work/secret" "$work/secret-shared"
chmod 644 "$work/secret-shared"
start_peer magic
expect_exit 0 "a secret file others may read still works" enter --port "$pty" --secret-file "$work/secret-shared" --no-probe
output_has "with a note on its permissions" "readable by other users"

start_peer no_answer
expect_exit 5 "enter --format json, the ROM never answers" \
    enter --port "$pty" --magic --parity none --timeout-ms 100 --wait-ms 300 --format json
one_record "enter, no ROM, json" '^{"status":"no_answer","exit_code":5,'

start_peer ok
expect_exit 0 "enter --touch1200 on a pty (no DTR), then probe" \
    enter --port "$pty" --touch1200 --parity none --wait-ms 2000 --format json
output_has "touch then probe reports json" '"status":"ok"'
stop_peer

expect_exit 4 "enter on a missing port" enter --port /nonexistent/tty --magic

# ---- USB ------------------------------------------------------------------------
"$sysboot" probe --usb > "$work/out" 2> "$work/err"
usb_status=$?
if [ "$usb_status" -eq 0 ]; then
    pass; echo "note: a ROM DFU device is attached; decoded its layout"
elif [ "$usb_status" -eq 11 ] && grep -q "no ST ROM DFU device" "$work/err"; then
    pass
else
    fail "probe --usb without a device: exit $usb_status"
fi
"$sysboot" probe --usb --format json > "$work/out" 2> "$work/err"
if [ $? -eq 0 ] || grep -q '^{"status":"no_usb_device","exit_code":11' "$work/out"; then pass; else
    fail "probe --usb --format json without a device"; fi

# ---- fuzzing the reply parser ----------------------------------------------------
if command -v clang-14 >/dev/null 2>&1; then
    if clang-14 $warnings -g -fsanitize=fuzzer,address $includes -o "$work/fuzz_reply" \
            "$host/fuzz/fuzz_reply.c" "$host/src/an3155.c" "$here/script_port.c" 2> "$work/fuzz.log"; then
        if (cd "$work" && ./fuzz_reply -runs=200000 -seed=1 > fuzz.log 2>&1); then
            pass
        else
            fail "fuzz_reply found a crash"; tail -30 "$work/fuzz.log"
        fi
    else
        fail "build fuzz_reply"; cat "$work/fuzz.log"
    fi
else
    echo "note: clang-14 not found; fuzz run skipped"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

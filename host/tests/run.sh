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
build test_image "$here/test_image.c" "$host/src/image.c"
build test_dfuse_session "$here/test_dfuse_session.c" "$here/dfuse_model.c" "$host/src/dfuse_session.c" \
    "$host/src/flash_dfuse.c" "$host/src/flash_plan.c" "$host/src/image.c" "$host/src/dfuse.c" \
    "$host/src/device_table.c" "$host/src/part_match.c"
build test_flash_plan "$here/test_flash_plan.c" "$host/src/flash_plan.c" "$host/src/image.c" \
    "$host/src/dfuse.c" "$host/src/device_table.c" "$host/src/part_match.c"
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
for unit in test_an3155 test_dfuse test_database test_image test_flash_plan test_dfuse_session; do
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
for command in list info probe enter flash; do
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
expect_exit 0 "info F405" info F405
output_has "F405: the flash and its 12 sectors" "^flash: *0x08000000-0x080FFFFF, 1024 KiB, pages 04\*016Kg,01\*064Kg,07\*128Kg, erase 0x44"
output_has "F405: an update cut short needs BOOT0" "^update cut short: .*no empty check.*BOOT0 high"
expect_exit 0 "info L432" info L432
output_has "L432: the empty check, its flag kept until power-on" "^update cut short: .*empty check.*every reset returns there"
expect_exit 0 "info F429 (no flash row)" info 0x419
output_has "a line without a flash row says so" "^flash: *no SYSBOOT_FLASH row: sysboot flash refuses this line"
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
check "two sync bytes per attempt" test "$(od -An -tx1 "$work/peer.log" | tr -d ' \n')" = "7f7f7f7f7f7f7f7f7f7f"

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
expect_exit 0 "a lost sync byte is made up by the second 0x7F, without retries" probe --port "$pty" $fast

# ---- the serial link a factory relies on ------------------------------------------
# A reply 60 ms after the read timeout, from a ROM that takes a 0x7F after
# its sync as a command byte (as stm32flash assumes): the late ACK must not
# be taken for the next sync's answer, nor the ROM's NACK of the out-of-step
# frame for a refusal.
start_peer late
expect_exit 0 "a sync answered 60 ms after the timeout: resync, not a NACK" \
    probe --port "$pty" --parity none --timeout-ms 200 --retries 2
start_peer strict
expect_exit 0 "a ROM that takes a second 0x7F as a command byte" probe --port "$pty" $fast
expect_exit 0 "probing it again: the open session NACKs the pair, which means synced" probe --port "$pty" $fast
output_has "the open session is noted" "already open"

# Two runs on one port never interleave: the second is refused.
start_peer slow
"$sysboot" probe --port "$pty" --parity none --timeout-ms 1500 --retries 0 > "$work/first.out" 2>&1 &
first=$!
sleep 0.3
expect_exit 4 "a second run on a port in use is refused" probe --port "$pty" --parity none --timeout-ms 1500 --retries 0
output_has "the refusal says the port is in use" "in use"
wait "$first"
check "the first run was not disturbed" test $? -eq 0

# One POSIX policy for both backends: raw, CRTSCTS and HUPCL off while the
# run holds the port (HUPCL would pulse DTR/RTS, a reset on boards wired to
# NRST, at every reopen), the port's own settings back at exit, the backend
# named in the report.
start_peer ok
stty -F "$pty" crtscts hupcl icanon echo 2>/dev/null
expect_exit 0 "probe a port left with CRTSCTS, HUPCL and canonical mode" probe --port "$pty" $fast --format json
check "CRTSCTS and HUPCL off while sysboot holds the port" test "$(cat "$work/peer.log.termios")" = "crtscts=0 hupcl=0"
stty -F "$pty" -a > "$work/stty.after" 2>&1
check "the port's settings restored at exit (crtscts icanon echo), HUPCL left off" \
    sh -c "grep -q ' crtscts' '$work/stty.after' && grep -q ' -hupcl' '$work/stty.after' && grep -q ' icanon' '$work/stty.after' && grep -q ' echo ' '$work/stty.after'"
output_has "the backend named in the report" '"backend":"termios"'
ln -s "$pty" "$work/ttyALIAS"
start_peer ok
rm -f "$work/ttyALIAS"; ln -s "$pty" "$work/ttyALIAS"
expect_exit 0 "a udev-style alias (a symlink) is opened" probe --port "$work/ttyALIAS" $fast --format kv
output_has "an alias to a pty: termios, named" "backend=termios"

# --format json|kv: every byte of a field escaped where JSON or a key=value
# line needs it, nothing cut short, and a failed write to stdout reported.
start_peer many_commands
expect_exit 0 "a ROM listing 255 commands" probe --port "$pty" $fast --format json
check "json: all 255 commands listed" test "$(python3 -c '
import json, sys
print(len(json.loads(open(sys.argv[1], "rb").read())["commands"].split(",")))' "$work/out")" = 255
expect_exit 0 "the same in kv" probe --port "$pty" $fast --format kv
check "kv: all 255 commands listed" test "$(sed 's/.* commands=\([^ ]*\).*/\1/' "$work/out" | tr ',' '\n' | wc -l)" -eq 255
odd=$(printf '%s/tty\001\377x' "$work")
expect_exit 4 "a port path with a control byte and 0xFF, json" probe --port "$odd" --format json
check "json: the record is valid ASCII JSON" python3 -c '
import json, sys
data = open(sys.argv[1], "rb").read()
data.decode("ascii")
assert json.loads(data)["port"].endswith("tty\u0001\u00ffx")' "$work/out"
expect_exit 4 "the same path, kv" probe --port "$odd" --format kv
check "kv: control bytes and 0xFF escaped" sh -c "grep -q 'tty\\\\x01\\\\xffx' '$work/out' && ! grep -q \"\$(printf '\\001')\" '$work/out'"
"$sysboot" list --csv > /dev/full 2> "$work/err"
check "list --csv > /dev/full fails" test $? -ne 0
output_has "and says why" "writing the output failed"

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

# ---- flash: a whole update against a scripted ROM with a flash behind it ----------
# Test images (python3): an application for the F405 (SP at 0x20001000),
# its Intel HEX twin, one with a bad checksum, one whose stack lies outside
# any F4's SRAM, one larger than 1 MiB, ELF files with and without a load
# segment (the second built for Armv7E-M, which an F103's Cortex-M3 lacks).
python3 - "$work" <<'PY'
import struct, sys
w = sys.argv[1]
body = struct.pack("<II", 0x20001000, 0x08000101) + bytes((i * 7 + 1) & 255 for i in range(3000 - 8))
open(w + "/app.bin", "wb").write(body)
def rec(addr, typ, data):
    b = [len(data), addr >> 8, addr & 255, typ] + list(data)
    return ":" + "".join("%02X" % x for x in b) + "%02X" % ((-sum(b)) & 255) + "\n"
hexfile = rec(0, 4, [8, 0]) + "".join(rec(o, 0, body[o:o + 16]) for o in range(0, len(body), 16)) + rec(0, 1, [])
open(w + "/app.hex", "w").write(hexfile)
lines = hexfile.splitlines(True)
lines[5] = lines[5][:-3] + ("00" if lines[5][-3:-1] != "00" else "01") + "\n"
open(w + "/bad.hex", "w").write("".join(lines))
open(w + "/wrong.bin", "wb").write(struct.pack("<II", 0x20080000, 0x08000101) + body[8:])
open(w + "/big.bin", "wb").write(body + bytes(0x100000))
def elf(ptype, arch):
    data = struct.pack("<II", 0x20001000, 0x08000009) + bytes(24)
    attrs = b"A" + struct.pack("<I", 20) + b"aeabi\0" + b"\x01" + struct.pack("<I", 10) + b"\x05M\0\x06" + bytes([arch])
    attrs += bytes((-len(attrs)) % 4)
    phoff, dataoff = 52, 84
    attroff = dataoff + len(data)
    shoff = attroff + len(attrs)
    eh = b"\x7fELF\x01\x01\x01" + bytes(9) + struct.pack("<HHIIIIIHHHHHH", 2, 40, 1, 0x08000009, phoff, shoff, 0x05000000, 52, 32, 1, 40, 2, 0)
    ph = struct.pack("<IIIIIIII", ptype, dataoff, 0x08000000, 0x08000000, len(data), len(data), 5, 4)
    sh = bytes(40) + struct.pack("<IIIIIIIIII", 0, 0x70000003, 0, 0, attroff, len(attrs) - ((-len(attrs)) % 4 and 0), 0, 0, 1, 0)
    return eh + ph + data + attrs + sh
open(w + "/app.elf", "wb").write(elf(1, 13))
open(w + "/noload.elf", "wb").write(elf(4, 13))
PY
flash_fast="--parity none --timeout-ms 300 --wait-ms 3000 --expect-ms 2000"
ops() { cat "$work/peer.log.ops" 2>/dev/null; }

start_peer flash
expect_exit 0 "flash a raw binary onto a ROM that already answers" \
    flash "$work/app.bin" --address 0x08000000 --port "$pty" $flash_fast
output_has "the new application's line is shown" "application: \[app\] new firmware up"
output_has "no trigger when the ROM answers" "already answering"
check "only sector 0 erased, with Extended Erase" test "$(ops | grep '^ERASE')" = "ERASE page 0 0x44"
check "the vector table's block written last" test "$(ops | grep '^WRITE' | tail -1)" = "WRITE 0x08000000 256"
check "the first block written is 0x08000100" test "$(ops | grep -m1 '^WRITE')" = "WRITE 0x08000100 256"
check "3000 bytes in 12 writes, 2744 bytes padded to whole words" \
    test "$(ops | grep -c '^WRITE 0x080')" -eq 12
check "every block read back" test "$(ops | grep -c '^READ 0x080')" -eq 12
check "GO to the vector table after the read-back" test "$(ops | tail -1)" = "GO 0x08000000"

check "no progress bar off a terminal" sh -c "! grep -q 'ETA' '$work/err'"
if command -v script > /dev/null 2>&1; then
    start_peer flash
    script -qec "'$sysboot' flash '$work/app.bin' --address 0x08000000 --port '$pty' $flash_fast" /dev/null \
        > "$work/tty.out" 2>&1
    check "on a terminal: a progress bar with bytes/s and ETA for the write" \
        grep -aq 'write    \[#*\] 100% .*/s  ETA' "$work/tty.out"
    check "and for the read-back" grep -aq 'verify   \[#*\] 100% .*/s  ETA' "$work/tty.out"
else
    echo "note: script(1) not found; the progress bar on a terminal is not checked"
fi

start_peer flash
expect_exit 0 "flash an Intel HEX file, --format json" flash "$work/app.hex" --port "$pty" $flash_fast --format json
check "json: one event per step, in order" test "$(python3 -c '
import json, sys
print(" ".join(json.loads(l)["event"] for l in open(sys.argv[1])))' "$work/out")" = \
    "start trigger rom plan warning erase write verify go app result"
output_has "json: the last record is the outcome" '^{"event":"result","port":".*","status":"ok","exit_code":0,'
check "HEX and binary write the same" test "$(ops | grep -c '^WRITE 0x080')" -eq 12

start_peer flash_wrp
expect_exit 17 "--format kv: one record per step, the outcome last" \
    flash "$work/app.hex" --port "$pty" $flash_fast --format kv
check "kv: the last record is the failure with its exit code" \
    grep -q '^event=result port=[^ ]* status=write_protected exit_code=17 dev_id=0x413 elapsed_ms=[0-9]* message="' \
    "$work/out"
check "kv: every line is a record" sh -c "! grep -v '^event=' '$work/out'"

start_peer flash_magic
expect_exit 0 "flash triggers the application with the magic line first" \
    flash "$work/app.bin" --address 0x08000000 --port "$pty" $flash_fast --expect "new firmware"
output_has "the trigger is reported" "magic line sent"
check "the magic line reached the application" grep -q "sysboot:enter-bootloader" "$work/peer.log"

start_peer flash43
expect_exit 0 "an F103 ROM with Erase (0x43)" flash "$work/app.bin" --address 0x08000000 --port "$pty" $flash_fast
check "pages 0-2 erased with Erase (0x43)" test "$(ops | grep '^ERASE' | tr '\n' ' ')" = \
    "ERASE page 0 0x43 ERASE page 1 0x43 ERASE page 2 0x43 "

start_peer flash_wrp
expect_exit 17 "write protection: exit 17" flash "$work/app.bin" --address 0x08000000 --port "$pty" $flash_fast
output_has "write protection named" "write-protected"
check "nothing written under write protection" sh -c "! grep -q '^WRITE' '$work/peer.log.ops'"
check "the old application started again" test "$(ops | tail -1)" = "GO 0x08000000"

start_peer flash_rdp
expect_exit 18 "read protection: exit 18" flash "$work/app.bin" --address 0x08000000 --port "$pty" $flash_fast
output_has "read protection named" "read protection"
check "nothing erased under read protection" sh -c "! grep -q '^ERASE' '$work/peer.log.ops'"

start_peer flash_corrupt
expect_exit 19 "a block that reads back wrong: exit 19" \
    flash "$work/app.bin" --address 0x08000000 --port "$pty" $flash_fast
output_has "the address that differs" "0x08000104"
check "no GO after a failed read-back" sh -c "! grep -q '^GO' '$work/peer.log.ops'"

start_peer flash_silent
expect_exit 20 "no line after GO: exit 20" flash "$work/app.bin" --address 0x08000000 --port "$pty" $flash_fast
start_peer flash_silent
expect_exit 0 "--no-confirm does not wait" flash "$work/app.bin" --address 0x08000000 --port "$pty" $flash_fast --no-confirm
start_peer flash
expect_exit 20 "--expect a text the application does not print: exit 20" \
    flash "$work/app.bin" --address 0x08000000 --port "$pty" $flash_fast --expect "version 9"

start_peer flash
expect_exit 14 "a HEX file with a bad checksum: exit 14" flash "$work/bad.hex" --port "$pty" $flash_fast
output_has "the bad checksum named" "line 6: bad checksum"
check "nothing sent to the port for a bad image" test ! -s "$work/peer.log"
expect_exit 14 "an ELF without load segments: exit 14" flash "$work/noload.elf" --port "$pty" $flash_fast
output_has "no load segments named" "no load segments"
expect_exit 14 "a raw binary without --address: exit 14" flash "$work/app.bin" --port "$pty" $flash_fast
check "still nothing sent" test ! -s "$work/peer.log"
expect_exit 15 "an application whose stack lies outside the line's SRAM: exit 15" \
    flash "$work/wrong.bin" --address 0x08000000 --port "$pty" $flash_fast
output_has "the stack named" "0x20080000"
check "nothing erased or written for the wrong line" sh -c "! grep -q '^ERASE\|^WRITE' '$work/peer.log.ops'"
check "and the application in flash runs again" test "$(ops | tail -1)" = "GO 0x08000000"
start_peer flash
expect_exit 15 "an image larger than the flash: exit 15" \
    flash "$work/big.bin" --address 0x08000000 --port "$pty" $flash_fast
output_has "too large named" "larger than the flash"
start_peer flash43
expect_exit 15 "an ELF built for Armv7E-M on an F103 (Cortex-M3): exit 15" \
    flash "$work/app.elf" --port "$pty" $flash_fast
output_has "the architecture named" "Armv7E-M"
check "nothing erased for the wrong core" sh -c "! grep -q '^ERASE' '$work/peer.log.ops'"
start_peer flash
expect_exit 0 "the same ELF suits the F405" flash "$work/app.elf" --port "$pty" $flash_fast

# ---- flash on a production line: several ports in parallel ----------------------
peer_at() { # peer_at NAME SCENARIO: a second, third... peer on its own pty
    : > "$work/$1.path"
    "$work/pty_peer" "$2" "$work/$1.log" > "$work/$1.path" &
    eval "pid_$1=\$!"
    tries=0
    while [ ! -s "$work/$1.path" ] && [ $tries -lt 100 ]; do sleep 0.05; tries=$((tries + 1)); done
}
peer_at good flash
peer_at guarded flash_wrp
peer_at silent no_answer
expect_exit 21 "four ports, three failing: every device runs to its end, exit 21" \
    flash "$work/app.bin" --address 0x08000000 --port "$(cat "$work/good.path")" \
    --port "$(cat "$work/guarded.path")" --port "$(cat "$work/silent.path")" --port /nonexistent/tty $flash_fast --wait-ms 1000
check "the healthy device was updated and started" test "$(tail -1 "$work/good.log.ops")" = "GO 0x08000000"
output_has "summary: the updated device" "^$(cat "$work/good.path") *0x413 *ok "
output_has "summary: write protection" "^$(cat "$work/guarded.path") *0x413 *write_protected (17) "
output_has "summary: no ROM" "^$(cat "$work/silent.path") *- *no_answer (5) "
output_has "summary: a port that cannot be opened" "^/nonexistent/tty *- *port_open_failed (4) "
output_has "summary: the count" "^4 devices: 1 updated, 3 failed"
kill "$pid_good" "$pid_guarded" "$pid_silent" 2>/dev/null
peer_at one flash
peer_at two flash
expect_exit 0 "two ports, --format json: every device updated" \
    flash "$work/app.hex" --port "$(cat "$work/one.path")" --port "$(cat "$work/two.path")" $flash_fast --format json
check "json: one record per step per device, a summary last" test "$(python3 -c '
import json, sys
records = [json.loads(l) for l in open(sys.argv[1])]
ports = {r["port"] for r in records if "port" in r}
steps = [r["event"] for r in records if r.get("port") == sorted(ports)[0]]
print(len(ports), " ".join(steps), records[-1]["event"], records[-1]["updated"], records[-1]["failed"])' "$work/out")" = \
    "2 start trigger rom plan warning erase write verify go app result summary 2 0"
if command -v script > /dev/null 2>&1; then
    peer_at three flash
    peer_at four flash
    script -qec "'$sysboot' flash '$work/app.bin' --address 0x08000000 --port '$(cat "$work/three.path")' --port '$(cat "$work/four.path")' $flash_fast" \
        /dev/null > "$work/tty.out" 2>&1
    check "on a terminal: each device has a line, redrawn in place" grep -aq "$(printf '\033')\[2A" "$work/tty.out"
    kill "$pid_three" "$pid_four" 2>/dev/null
fi
kill "$pid_one" "$pid_two" 2>/dev/null
expect_exit 3 "the same port twice is refused" flash "$work/app.bin" --address 0x08000000 --port /dev/null --port /dev/../dev/null

start_peer no_answer
expect_exit 5 "a port that is not a ROM: exit 5" flash "$work/app.bin" --address 0x08000000 --port "$pty" $flash_fast
output_has "no ROM after the magic line" "no ROM bootloader answered"
stop_peer
expect_exit 4 "flash on a missing port: exit 4" flash "$work/app.bin" --address 0x08000000 --port /nonexistent/tty

expect_exit 0 "flash --dry-run --line F405: the plan, no device" \
    flash "$work/app.bin" --address 0x08000000 --dry-run --line STM32F405RG
output_has "dry run names the pages" "erase page 0 (16 KiB), write 3000 bytes"
output_has "dry run warns for a line that needs BOOT0" "warning: .*no empty check.*BOOT0 high"
expect_exit 0 "flash --dry-run --line G071" flash "$work/app.bin" --address 0x08000000 --dry-run --line G071
output_has "G071: pages 0-1 of 2 KiB" "erase pages 0-1 (4 KiB)"
output_has "G071: the empty check noted" "note: .*empty check"
expect_exit 16 "a line without a flash row: exit 16" \
    flash "$work/app.bin" --address 0x08000000 --dry-run --line 0x419
expect_exit 3 "flash without an image" flash --port /dev/null
expect_exit 3 "flash without a port" flash "$work/app.bin" --address 0x08000000
expect_exit 3 "flash with a bad address" flash "$work/app.bin" --address 0x8000000000 --port /dev/null
expect_exit 3 "flash with two images" flash "$work/app.bin" "$work/app.hex" --port /dev/null
expect_exit 3 "flash --line that matches nothing" flash "$work/app.hex" --dry-run --line STM32Z999

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

# flash --usb: the DfuSe session runs against a device model (test_dfuse_session);
# here only what needs no device
expect_exit 3 "flash --usb without --line" flash "$work/app.bin" --address 0x08000000 --usb
expect_exit 16 "flash --usb on a line whose ROM has no USB DFU (G071)" \
    flash "$work/app.bin" --address 0x08000000 --usb --line G071
expect_exit 15 "flash --usb checks the image against the line first (F405, a stack outside its SRAM)" \
    flash "$work/wrong.bin" --address 0x08000000 --usb --line F405
expect_exit 3 "--touch1200 without --usb" flash "$work/app.bin" --address 0x08000000 --port /dev/null --touch1200
if [ "$usb_status" -eq 11 ]; then
    expect_exit 11 "flash --usb with no DFU device attached" flash "$work/app.bin" --address 0x08000000 --usb --line F405
fi

# ---- fuzzing the reply parser ----------------------------------------------------
if command -v clang-14 >/dev/null 2>&1; then
    if clang-14 $warnings -g -fsanitize=fuzzer,address $includes -o "$work/fuzz_reply" \
            "$host/fuzz/fuzz_reply.c" "$host/src/an3155.c" "$host/src/an3155_memory.c" "$here/script_port.c" 2> "$work/fuzz.log"; then
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

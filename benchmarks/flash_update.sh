#!/usr/bin/env bash
# benchmarks/flash_update.sh: how long a 64 KiB update takes, `sysboot flash`
# beside `stm32flash -w -v`, on the emulated STM32F405 over a pty whose USART
# moves one byte per byte time of BAUD (bench-uc --line-rate; 10 bits a byte:
# a pty cannot do parity, so both tools run 8N1). Each run starts from version
# 1 of the demo's console firmware sent into its ROM by the magic line (both
# tools then find the ROM answering: the trigger is not timed) and ends when
# the tool exits after GO; it counts only if version 2's banner then appears.
# Both tools erase, write and read back the same bytes. RUNS runs each
# (default 5), medians reported. The write phase of `sysboot flash` (its own
# "write" record) is set against the line-rate limit: the bytes AN3155 puts
# on the wire for the write (each 256-byte block: command, address, length,
# data, checksum and the three ACKs, one after the other) at BAUD.
# Prints the report and writes docs/benchmarks-flash.md (BENCHMARK_FLASH_DOC
# to write elsewhere). Raw figures: benchmarks/build/flash_update.tsv.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
RUNS=${RUNS:-5}
BAUD=${BAUD:-115200}
BOARD=F4_413
W=benchmarks/build/flash
DOC=${BENCHMARK_FLASH_DOC:-docs/benchmarks-flash.md}
TSV=benchmarks/build/flash_update.tsv
B=bench/build
TOOL=host/build/sysboot
started=$(date +%s)

for tool in stm32flash python3 arm-none-eabi-gcc; do
    command -v "$tool" > /dev/null || { echo "missing $tool (scripts/setup-debian)" >&2; exit 1; }
done
make -s -C host > /dev/null
make -s -C bench build/bench-uc > /dev/null
make -s -C bench build/standin/$BOARD.elf build/consoles/$BOARD.elf build/consoles/$BOARD-v2.bin > /dev/null
rm -rf "$W"
mkdir -p "$W"
: > "$TSV"

# version 2 grown to 64 KiB with fixed pseudo-random bytes: no block is
# all 0xFF, so every block is written and read back by both tools
python3 - "$B/consoles/$BOARD-v2.bin" "$W/image.bin" <<'PY'
import random, sys
data = open(sys.argv[1], "rb").read()
rng = random.Random(16)
data += bytes(rng.randrange(256) for _ in range(65536 - len(data)))
open(sys.argv[2], "wb").write(data)
PY
IMAGE_BYTES=$(stat -c %s "$W/image.bin")

now_ms() { date +%s%3N; }
wait_for() { # LOG PATTERN SECONDS
    local i
    for i in $(seq $(($3 * 20))); do grep -aq -- "$2" "$1" && return 0; sleep 0.05; done
    return 1
}

# one_run TOOL N: prints "total_ms write_ms" or fails
one_run() {
    local tool=$1 n=$2 pty=$W/pty-$1-$2 log=$W/harness-$1-$2.log out=$W/tool-$1-$2.out pid t0 t1 rc write_ms=-
    rm -f "$pty"
    $B/bench-uc --scenario serve --path reset --standin serve --expect served --pty "$pty" --timeout 600 \
        --max-insns 4000000000000 --line-rate "$BAUD" $BOARD $B/consoles/$BOARD.elf $B/standin/$BOARD.elf \
        > "$log" 2>&1 &
    pid=$!
    if ! wait_for "$log" '^\[usart\] .*version 1 started' 20; then kill "$pid"; wait "$pid" 2>/dev/null; return 1; fi
    printf '\r\nsysboot:enter-bootloader\r\n' > "$pty"
    if ! wait_for "$log" '^ROM: entry checks PASS' 20; then kill "$pid"; wait "$pid" 2>/dev/null; return 1; fi
    t0=$(now_ms)
    if [ "$tool" = sysboot ]; then
        "$TOOL" flash "$W/image.bin" --address 0x08000000 --port "$pty" --parity none --timeout-ms 1000 \
            --no-confirm --format json > "$out" 2>&1
        rc=$?
    else
        stm32flash -b "$BAUD" -m 8n1 -w "$W/image.bin" -v -g 0x08000000 "$pty" > "$out" 2>&1
        rc=$?
    fi
    t1=$(now_ms)
    if [ "$rc" -ne 0 ] || ! wait_for "$log" '^\[usart\] .*version 2 started' 20; then
        kill "$pid"; wait "$pid" 2>/dev/null; return 1
    fi
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    [ "$tool" = sysboot ] && write_ms=$(sed -n 's/.*"event":"write".*"ms":\([0-9]*\).*/\1/p' "$out")
    echo "$((t1 - t0)) $write_ms"
}

for n in $(seq "$RUNS"); do
    for tool in sysboot stm32flash; do
        if ! figures=$(one_run "$tool" "$n"); then
            echo "run $n of $tool failed: see $W/*-$tool-$n.*" >&2
            exit 1
        fi
        printf '%s\t%s\t%s\n' "$tool" "$n" "${figures// /	}" >> "$TSV"
    done
done

median() { # TOOL COLUMN (3 total, 4 write)
    awk -F'\t' -v t="$1" -v c="$2" '$1 == t { print $c }' "$TSV" | sort -n |
        awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}
extreme() { # TOOL min|max
    awk -F'\t' -v t="$1" '$1 == t { print $3 }' "$TSV" | sort -n | if [ "$2" = min ]; then head -1; else tail -1; fi
}
blocks=$(( (IMAGE_BYTES + 255) / 256 ))
wire_bytes=$(( IMAGE_BYTES + blocks * 12 ))     # per block: 2 + 5 + 1 + 256 + 1 sent, 3 ACKs back
limit_ms=$(( wire_bytes * 10 * 1000 / BAUD ))
s_total=$(median sysboot 3)
f_total=$(median stm32flash 3)
s_write=$(median sysboot 4)
efficiency=$(( limit_ms * 100 / s_write ))
printf 'derived\tblocks\t%s\nderived\twire_bytes\t%s\nderived\tlimit_ms\t%s\nderived\tefficiency\t%s\n' \
    "$blocks" "$wire_bytes" "$limit_ms" "$efficiency" >> "$TSV"

ms() { awk -v m="$1" 'BEGIN { printf "%.2f s", m / 1000 }'; }
{
    echo "# Benchmark: a 64 KiB update, sysboot flash and stm32flash"
    echo
    echo "Generated by \`benchmarks/flash_update.sh\` on $(date -u +%Y-%m-%d); do not edit. $RUNS runs"
    echo "per tool; raw figures in \`$TSV\`."
    echo
    echo "The emulated STM32F405 (\`bench-uc\`, the stand-in ROM) runs version 1 of the demo's console"
    echo "firmware; the magic line sends it into its ROM, then the tool updates it with a $IMAGE_BYTES-byte image"
    echo "(version 2 padded with fixed pseudo-random bytes): erase of the 4 sectors it covers, write,"
    echo "read back, GO. A run counts only if version 2's banner appears after GO. The pty carries"
    echo "one byte per byte time of $BAUD baud each way (\`--line-rate $BAUD\`, 10 bits a byte: 8N1, as"
    echo "a pty cannot do parity); both tools wait for each ACK before the next frame, as AN3155 asks."
    echo
    echo "| tool | command | median | min | max |"
    echo "|---|---|---:|---:|---:|"
    echo "| sysboot | \`sysboot flash image.bin --address 0x08000000 --no-confirm\` | $(ms "$s_total") | $(ms "$(extreme sysboot min)") | $(ms "$(extreme sysboot max)") |"
    echo "| stm32flash $(sed -n '1s/^stm32flash //p' "$W/tool-stm32flash-1.out") | \`stm32flash -w image.bin -v -g 0x08000000\` | $(ms "$f_total") | $(ms "$(extreme stm32flash min)") | $(ms "$(extreme stm32flash max)") |"
    echo
    echo "sysboot against stm32flash: $(awk -v a="$s_total" -v b="$f_total" 'BEGIN { printf "%.0f %%", a * 100 / b }') of its time (median against median)."
    echo
    echo "Write phase of \`sysboot flash\` (its \`write\` record): median $(ms "$s_write"). On the wire:"
    echo "$blocks blocks of 256 bytes, each with its command, address, length, checksum and three ACKs:"
    echo "$wire_bytes bytes, $(ms "$limit_ms") at $BAUD baud. The write phase runs at $efficiency % of that line-rate"
    echo "limit (the target: at least 85 %). What the line rate leaves out is the turnaround: three waits"
    echo "per block for an ACK to cross the pty and the emulated ROM's reply, on a shared machine."
} > "$W/report.md"
mkdir -p "$(dirname "$DOC")"
cp "$W/report.md" "$DOC"
cat "$DOC"
echo "wrote $DOC (wall time $(( $(date +%s) - started )) s)" >&2

#!/usr/bin/env bash
# benchmarks/run.sh: footprint and entry cost of sysboot, against the
# targets the project set itself and the usual recipe (baseline/).
#
# Builds small programs that call only what is measured (programs/), links
# them with --gc-sections against whatever src/*.c holds today, and reads
# every figure from the tools: the link map (per input section),
# arm-none-eabi-size, arm-none-eabi-nm --size, objdump, and the bench
# harness (bench-uc --count-from) for instructions and stack under the
# emulator. Prints the report and writes it to docs/benchmarks.md
# (BENCHMARK_DOC=path to write elsewhere). Raw figures: benchmarks/build/.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
B=benchmarks
W=$B/build
DOC=${BENCHMARK_DOC:-docs/benchmarks.md}
CC=arm-none-eabi-gcc
JOBS=$(nproc 2>/dev/null || echo 2)
started=$(date +%s)

for tool in $CC arm-none-eabi-size arm-none-eabi-nm arm-none-eabi-objdump make pkg-config; do
    command -v "$tool" > /dev/null || { echo "missing $tool (scripts/setup-debian)" >&2; exit 1; }
done

CORES=(cortex-m0 cortex-m0plus cortex-m3 cortex-m4 cortex-m7 cortex-m33)
OPTS=(Os O2)
CFLAGS_COMMON="-mthumb -ffreestanding -std=c99 -Wall -Wextra -Werror -pedantic -ffunction-sections -fdata-sections"
LDFLAGS_COMMON="-nostdlib -Wl,--gc-sections -T $B/programs/program.ld"
INCLUDES="-Iinclude -Ibench/common"
# The headline core and level the issue's targets are stated for.
REF_CORE=cortex-m4
REF_OPT=Os
# Boards the emulator runs on (bench-uc --boards tags) and the baseline's MCU for each.
RUN_BOARDS=(F4_413 G0_460 H7_450)
baseline_mcu_of() {
    case $1 in
        F4_*) echo BASELINE_MCU_F4 ;;
        G0_*) echo BASELINE_MCU_G0 ;;
        H7_4*) echo BASELINE_MCU_H7x ;;
        *) echo "" ;;
    esac
}

rm -rf "$W"
mkdir -p "$W"
RESULTS=$W/results.tsv           # every measured figure: key <TAB> value
: > "$RESULTS"
put() { printf '%s\t%s\n' "$1" "$2" >> "$RESULTS"; }

# ---- library build variants: only the options this source tree knows ------
defined_in_src() { grep -qs -- "$1" src/*.c src/*.h include/sysboot.h; }
VARIANTS=(all)
declare -A VARIANT_FLAGS=([all]="")
declare -A VARIANT_TEXT=([all]="every row, no names")
add_variant() {   # name, the macro that must exist, flags, description
    if defined_in_src "$2"; then
        VARIANTS+=("$1")
        VARIANT_FLAGS[$1]=$3
        VARIANT_TEXT[$1]=$4
    else
        echo "note: $2 not in src/: variant $1 skipped" >&2
    fi
}
add_variant series_f4 SYSBOOT_ONLY_SERIES "-DSYSBOOT_ONLY_SERIES=SYSBOOT_SERIES_F4" \
    "-DSYSBOOT_ONLY_SERIES=SYSBOOT_SERIES_F4"
add_variant dev_id SYSBOOT_DEV_ID "-DSYSBOOT_DEV_ID=0x413" "-DSYSBOOT_DEV_ID=0x413"
add_variant series_f4_dev_id SYSBOOT_DEV_ID \
    "-DSYSBOOT_ONLY_SERIES=SYSBOOT_SERIES_F4 -DSYSBOOT_DEV_ID=0x413" "both of the above"
add_variant names SYSBOOT_WITH_NAMES "-DSYSBOOT_WITH_NAMES=1" "-DSYSBOOT_WITH_NAMES=1 (every row)"
add_variant no_clock SYSBOOT_NO_CLOCK_RESET "-DSYSBOOT_NO_CLOCK_RESET" "-DSYSBOOT_NO_CLOCK_RESET"
has_variant() { [[ " ${VARIANTS[*]} " == *" $1 "* ]]; }

# Targeted builds: the project's CMSIS device macro names the line (src/lines.h),
# as CubeMX, PlatformIO and Zephyr pass it. Built at $REF_OPT for the targets only.
TARGETED=(f405 f405_no_usb g071)
declare -A TARGETED_CORE=([f405]=cortex-m4 [f405_no_usb]=cortex-m4 [g071]=cortex-m0plus)
declare -A TARGETED_FLAGS=([f405]="-DSTM32F405xx" [f405_no_usb]="-DSTM32F405xx -DSYSBOOT_NO_USB_DETACH"
                           [g071]="-DSTM32G071xx")
# The bench board the targeted F405 programs run on (its DEV_ID is 0x413).
TARGET_BOARD=F4_413

# Objects whose read-only data is the device database: every src/*.c that
# expands data/stm32.def, through src/data_rows.h (the device rows and every
# per-profile table).
TABLE_OBJECTS=$(grep -lE '"(data_rows\.h|\.\./data/stm32\.def)"' src/*.c | xargs -n1 basename | sed 's/\.c$/.o/' | paste -sd' ')
LIB_SOURCES=$(ls src/*.c)

# ---- compile, in parallel ---------------------------------------------------
run_parallel() {   # reads one shell command per line; fails if any failed
    local failed=$W/failed.txt line
    : > "$failed"
    while IFS= read -r line; do
        ( eval "$line" > /dev/null 2>> "$W/compile.log" || echo "$line" >> "$failed" ) &
        while (( $(jobs -rp | wc -l) >= JOBS )); do wait -n || true; done
    done
    wait
    if [ -s "$failed" ]; then
        echo "build failed (see $W/compile.log):" >&2
        cat "$failed" >&2
        exit 1
    fi
}

echo "== compile: ${#CORES[@]} cores x ${OPTS[*]} x ${#VARIANTS[@]} library variants, $JOBS at a time" >&2
{
    for core in "${CORES[@]}"; do
        for opt in "${OPTS[@]}"; do
            for v in "${VARIANTS[@]}"; do
                d=$W/lib/$core-$opt-$v
                mkdir -p "$d"
                echo "cd $d && $CC -mcpu=$core $CFLAGS_COMMON -$opt ${VARIANT_FLAGS[$v]} -I$ROOT/include -c $(printf "$ROOT/%s " $LIB_SOURCES)"
            done
            d=$W/prog/$core-$opt
            mkdir -p "$d"
            echo "cd $d && $CC -mcpu=$core $CFLAGS_COMMON -$opt -I$ROOT/include -I$ROOT/bench/common -c $ROOT/$B/programs/*.c $ROOT/$B/baseline/*.c $ROOT/$B/floor.S"
        done
    done
    for t in "${TARGETED[@]}"; do
        d=$W/lib/${TARGETED_CORE[$t]}-$REF_OPT-$t
        mkdir -p "$d"
        echo "cd $d && $CC -mcpu=${TARGETED_CORE[$t]} $CFLAGS_COMMON -$REF_OPT ${TARGETED_FLAGS[$t]} -I$ROOT/include -c $(printf "$ROOT/%s " $LIB_SOURCES)"
    done
} | run_parallel

# ---- link and measure -------------------------------------------------------
# Sections of the measured objects only: the scaffold (start.o and the
# program's own file) is left out. Prints code table data bss noinit, then
# per object "obj NAME code N" / "obj NAME table N", then "sec NAME N" for
# the table's sections.
classify() {   # map file, program object
    awk -f $B/map_sections.awk "$1" | awk -v prog="$2" -v tables="$TABLE_OBJECTS" '
        BEGIN { n = split(tables, t, " "); for (i = 1; i <= n; i++) is_table[t[i]] = 1 }
        {
            obj = $3; sub(/.*\//, "", obj)
            if (obj == "start.o" || obj == prog) next
            if ($1 ~ /^\.text/ || $1 ~ /^\.vectors/) { code += $2; oc[obj] += $2 }
            else if ($1 ~ /^\.rodata/ && is_table[obj]) { table += $2; ot[obj] += $2; sec[$1] += $2 }
            else if ($1 ~ /^\.rodata/) { code += $2; oc[obj] += $2 }
            else if ($1 ~ /^\.data/) data += $2
            else if ($1 ~ /^\.bss/ || $1 ~ /COMMON/) bss += $2
            else if ($1 == ".sysboot_noinit") noinit += $2
        }
        END {
            printf "code %d\ntable %d\ndata %d\nbss %d\nnoinit %d\n", code, table, data, bss, noinit
            for (o in oc) printf "obj %s code %d\n", o, oc[o]
            for (o in ot) printf "obj %s table %d\n", o, ot[o]
            for (s in sec) printf "sec %s %d\n", s, sec[s]
        }'
}

size_text() { arm-none-eabi-size "$1" | awk 'NR == 2 { print $1 }'; }

# link_program core opt program variant [extra objects...]: links, measures, records
link_program() {
    local core=$1 opt=$2 prog=$3 v=$4 elf key
    shift 4
    elf=$W/elf/$core-$opt-$prog-$v.elf
    mkdir -p "$W/elf"
    $CC -mcpu="$core" -mthumb $LDFLAGS_COMMON -Wl,-Map="${elf%.elf}.map" \
        "$W/prog/$core-$opt/start.o" "$W/prog/$core-$opt/$prog.o" "$@" -lgcc -o "$elf"
    key=$core/$opt/$prog/$v
    put "size/$key/size_text" "$(size_text "$elf")"
    classify "${elf%.elf}.map" "$prog.o" | while read -r a b c d; do
        case $a in
            obj) put "obj/$key/$b/$c" "$d" ;;
            sec) put "sec/$key/$b" "$c" ;;
            *) put "size/$key/$a" "$b" ;;
        esac
    done
}

echo "== link and measure" >&2
for core in "${CORES[@]}"; do
    for opt in "${OPTS[@]}"; do
        p=$W/prog/$core-$opt
        link_program "$core" "$opt" empty none
        for v in "${VARIANTS[@]}"; do
            link_program "$core" "$opt" reset_path "$v" "$W"/lib/$core-$opt-$v/*.o
        done
        for v in all series_f4 no_clock; do
            has_variant "$v" && link_program "$core" "$opt" direct_path "$v" "$W"/lib/$core-$opt-$v/*.o
        done
        link_program "$core" "$opt" triggers all "$W"/lib/$core-$opt-all/*.o
        link_program "$core" "$opt" baseline_call F4 "$p/jump_to_bootloader.o" "$p/rcc_deinit_standin.o"
        link_program "$core" "$opt" floor_call none "$p/floor.o"
        # the floor's instructions, counted in the disassembly
        put "floor/$core/$opt/insns" "$(arm-none-eabi-objdump -d "$p/floor.o" |
            awk '/^ +[0-9a-f]+:\t/ && !/\.(word|short)/ { n++ } END { print n + 0 }')"
    done
done

# Library symbols of a linked program, by size (arm-none-eabi-nm --size),
# the scaffold's own left out: nm/KEY/SYMBOL/TYPE.
record_symbols() {   # elf key
    arm-none-eabi-nm -S "$1" |
        awk 'function hex(s,  i, v) { v = 0; s = tolower(s)
                 for (i = 1; i <= length(s); i++) v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
                 return v }
             NF == 4 && $4 !~ /^(Reset_Handler|program_vectors|program_early|program_main|program_after_reset)$/ {
                 printf "%s/%s\t%d\n", $4, $3, hex($2) }' |
        while IFS=$'\t' read -r name bytes; do put "nm/$2/$name" "$bytes"; done
}
record_symbols "$W/elf/$REF_CORE-$REF_OPT-reset_path-all.elf" "$REF_CORE/$REF_OPT/reset_path/all"

# The targeted builds: the reset path of each, the direct path and the hook
# alone of the F405's.
for t in "${TARGETED[@]}"; do
    core=${TARGETED_CORE[$t]}
    lib=("$W"/lib/$core-$REF_OPT-$t/*.o)
    link_program "$core" "$REF_OPT" reset_path "$t" "${lib[@]}"
    record_symbols "$W/elf/$core-$REF_OPT-reset_path-$t.elf" "$core/$REF_OPT/reset_path/$t"
    if [ "$t" = f405 ]; then
        for prog in direct_path early_hook; do
            link_program "$core" "$REF_OPT" "$prog" "$t" "${lib[@]}"
            record_symbols "$W/elf/$core-$REF_OPT-$prog-$t.elf" "$core/$REF_OPT/$prog/$t"
        done
    fi
done

# ---- instructions and stack under the emulator ------------------------------
echo "== emulator: bench-uc --count-from on ${RUN_BOARDS[*]}" >&2
make -s -C bench build/bench-uc build/boards.mk > "$W/bench-make.log" 2>&1
UC=bench/build/bench-uc
BOARD_FACTS=$($UC --boards)
BOARD_RULES=$($UC --make-boards)
symbol_address() { arm-none-eabi-nm "$1" | awk -v s="$2" '$3 == s { print "0x" $1 }'; }

count_run() {   # board opt program elf symbol path
    local board=$1 opt=$2 prog=$3 elf=$4 sym=$5 path=$6 from out line key
    from=$(symbol_address "$elf" "$sym")
    out=$W/runs/$board-$opt-$prog.log
    mkdir -p "$W/runs"
    $UC --path "$path" --max-insns 2000000 --count-from "$from" "$board" "$elf" "bench/build/standin/$board.elf" > "$out" 2>&1 || true
    key=count/$board/$opt/$prog
    line=$(grep '^COUNT ' "$out" || true)
    if [ -z "$line" ]; then
        echo "no COUNT line for $board $opt $prog (see $out)" >&2
        exit 1
    fi
    for field in rom insns resets stack_call stack_after_reset; do
        put "$key/$field" "$(sed -n "s/.* $field=\([0-9]*\).*/\1/p" <<< "$line")"
    done
    if ! grep -q '^\[uc\] entry check' "$out"; then
        put "$key/entry" "ROM not reached: $(sed -n 's/^VERDICT FAIL //p' "$out")"
    elif grep -q '^\[uc\] entry check PASS' "$out"; then
        put "$key/entry" PASS
    else
        put "$key/entry" "FAIL: $(grep '^\[uc\] FAIL' "$out" | sed 's/^\[uc\] FAIL //' | paste -sd ';' | sed 's/;/; /g')"
    fi
}

# Library functions of a program (readelf FUNC symbols), the scaffold's left out.
functions_of() {
    arm-none-eabi-readelf -sW "$1" |
        awk '$4 == "FUNC" && $8 !~ /^(Reset_Handler|program_early|program_main|program_after_reset)$/ { print $8 }' | sort -u
}

# count_from_each board opt program elf path: for every library function of
# the program, the instructions from its first instruction to the ROM
# (count/BOARD/OPT/PROGRAM/from/FUNCTION): where a path's instructions go.
count_from_each() {
    local board=$1 opt=$2 prog=$3 elf=$4 path=$5 fn line
    for fn in $(functions_of "$elf"); do
        line=$($UC --path "$path" --max-insns 2000000 --count-from "$(symbol_address "$elf" "$fn")" \
                   "$board" "$elf" "bench/build/standin/$board.elf" 2>&1 | grep '^COUNT ' || true)
        if [[ $line == *" rom=1 "* ]]; then
            put "count/$board/$opt/$prog/from/$fn" "$(sed -n 's/.* insns=\([0-9]*\).*/\1/p' <<< "$line")"
        fi
    done
}

# The targeted F405 build on its board: the reset path from sysboot_enter(),
# a normal boot (sysboot_early() returning into the ROM, programs/early_to_rom.S),
# and Reset_Handler -> ROM with a request (programs/after_reset.c).
targeted_runs() {   # board core opt bootloader run-dir
    local board=$1 core=$2 opt=$3 bootloader=$4 r=$5 p=$W/prog/$2-$3
    local lib=("$W"/lib/$core-$opt-f405/*.o)
    count_run "$board" "$opt" reset_path_f405 "$W/elf/$core-$opt-reset_path-f405.elf" sysboot_enter reset
    (cd "$r" && $CC -mcpu="$core" $CFLAGS_COMMON -"$opt" -DROM_TABLE="$bootloader" \
        -c "$ROOT/$B/programs/early_to_rom.S")
    $CC -mcpu="$core" -mthumb $LDFLAGS_COMMON "$p/start.o" "$r/early_to_rom.o" "${lib[@]}" -lgcc -o "$r/early_boot.elf"
    count_run "$board" "$opt" early_boot "$r/early_boot.elf" sysboot_early reset
    count_from_each "$board" "$opt" early_boot "$r/early_boot.elf" reset
    $CC -mcpu="$core" -mthumb $LDFLAGS_COMMON "$p/start.o" "$p/after_reset.o" "${lib[@]}" -lgcc -o "$r/after_reset.elf"
    count_run "$board" "$opt" after_reset "$r/after_reset.elf" program_after_reset reset
    count_from_each "$board" "$opt" after_reset "$r/after_reset.elf" reset
}

RAN_BOARDS=()
for board in "${RUN_BOARDS[@]}"; do
    core=$(awk -v b="$board" '$1 == b { print $2 }' <<< "$BOARD_FACTS")
    bootloader=$(sed -n "s/.*call standin,$board,[^,]*,\(0x[0-9A-Fa-f]*\),.*/\1/p" <<< "$BOARD_RULES")
    mcu=$(baseline_mcu_of "$board")
    if [ -z "$core" ] || [ -z "$bootloader" ] || [ -z "$mcu" ]; then
        echo "note: board $board not in this data/stm32.def: skipped" >&2
        continue
    fi
    make -s -C bench "build/standin/$board.elf" >> "$W/bench-make.log" 2>&1
    RAN_BOARDS+=("$board")
    put "board/$board/core" "$core"
    put "board/$board/bootloader" "$bootloader"
    put "board/$board/mcu" "$mcu"
    for opt in "${OPTS[@]}"; do
        r=$W/run/$board-$opt
        mkdir -p "$r"
        # baseline and floor for this chip: the MCU macro and the table address
        (cd "$r" && $CC -mcpu="$core" $CFLAGS_COMMON -"$opt" -DMCU="$mcu" -DFLOOR_TABLE="$bootloader" \
            -c "$ROOT/$B/baseline/jump_to_bootloader.c" "$ROOT/$B/baseline/rcc_deinit_standin.c" "$ROOT/$B/floor.S")
        p=$W/prog/$core-$opt
        $CC -mcpu="$core" -mthumb $LDFLAGS_COMMON "$p/start.o" "$p/baseline_call.o" \
            "$r/jump_to_bootloader.o" "$r/rcc_deinit_standin.o" -lgcc -o "$r/baseline.elf"
        $CC -mcpu="$core" -mthumb $LDFLAGS_COMMON "$p/start.o" "$p/floor_call.o" "$r/floor.o" -lgcc -o "$r/floor.elf"
        count_run "$board" "$opt" reset_path "$W/elf/$core-$opt-reset_path-all.elf" sysboot_enter reset
        count_run "$board" "$opt" direct_path "$W/elf/$core-$opt-direct_path-all.elf" sysboot_jump_now direct
        count_run "$board" "$opt" baseline "$r/baseline.elf" baseline_jump_to_bootloader direct
        count_run "$board" "$opt" floor "$r/floor.elf" floor_enter direct
        if [ "$board" = "$TARGET_BOARD" ] && [ "$opt" = "$REF_OPT" ]; then
            targeted_runs "$board" "$core" "$opt" "$bootloader" "$r"
        fi
    done
done

# ---- clock reset step tables per layout -------------------------------------
# clock.c built alone at the reference core and level; every layout's two
# tables (clock tree, peripheral enables) sized by nm.
CLOCK_LAYOUTS=()
mkdir -p "$W/clock"
if [ -f "$ROOT/src/clock.c" ] &&
   $CC -mcpu=$REF_CORE -mthumb -ffreestanding -std=c99 -O${REF_OPT#O} -I"$ROOT/include" \
       -c "$ROOT/src/clock.c" -o "$W/clock/clock.o" 2>>"$W/compile.log"; then
    while read -r size name; do
        layout=${name#layout_}; part=${layout##*_}; layout=${layout%_*}
        [[ " ${CLOCK_LAYOUTS[*]} " == *" $layout "* ]] || CLOCK_LAYOUTS+=("$layout")
        put "clocktab/$layout/$part" "$((16#$size))"
    done < <(arm-none-eabi-nm -S "$W/clock/clock.o" | awk '$4 ~ /^layout_[a-z0-9]+_(tree|enables)$/ { print $2, $4 }')
fi

# ---- the report --------------------------------------------------------------
: > "$W/derived.tsv"
declare -A R
while IFS=$'\t' read -r k val; do R[$k]=$val; done < "$RESULTS"
# Absent object or section figures are 0 bytes (not linked); any other
# absent figure prints MISSING, which selftest.sh rejects.
get() {
    case $1 in
        obj/* | sec/*) echo "${R[$1]:-0}" ;;
        *) echo "${R[$1]:-MISSING}" ;;
    esac
}
sz() { get "size/$1/$2/$3/$4/$5"; }                     # core opt program variant field
# a figure computed from measured ones: printed, and logged for selftest.sh
derived() { printf 'derived\t%s\n' "$1" >> "$W/derived.tsv"; echo "$1"; }
flash() { derived $(( $(sz "$1" "$2" "$3" "$4" code) + $(sz "$1" "$2" "$3" "$4" table) + $(sz "$1" "$2" "$3" "$4" data) )); }
objcode() { get "obj/$1/$2/$3/$4/$5/code"; }            # core opt program variant object
objtable() { get "obj/$1/$2/$3/$4/$5/table"; }
verdict() { if (( $1 <= $2 )); then echo PASS; else echo MISS; fi; }

# The names of the emulator runs in section 6.
declare -A PATH_TEXT=([reset_path_f405]="reset_path, targeted F405" [after_reset]="Reset_Handler -> ROM, targeted F405"
                      [early_boot]="sysboot_early, normal boot, targeted F405")

# Library symbols in flash of one linked program, largest first: where its bytes go.
symbols_table() {   # key (core/opt/program/variant)
    local sym type
    echo "| symbol | nm type | bytes |"
    echo "|---|---|---:|"
    printf '%s\n' "${!R[@]}" | sed -n "s|^nm/$1/||p" |
        while IFS=/ read -r sym type; do
            case $type in [BbUu]) continue ;; esac   # RAM only (.bss, the record)
            echo "$(get "nm/$1/$sym/$type") $sym $type"
        done | sort -k1,1nr -k2 | head -20 | while read -r bytes sym type; do
            echo "| \`$sym\` | $type | $bytes |"
        done
}

# Instructions from each library function's first instruction to the end of
# a counted path, largest first; functions that also ran before the counted
# boot (more than the path's total) are left out.
instructions_table() {   # count key (count/BOARD/OPT/PROGRAM)
    local total fn
    total=$(get "$1/insns")
    echo "| from the first instruction of | instructions to the end |"
    echo "|---|---:|"
    printf '%s\n' "${!R[@]}" | sed -n "s|^$1/from/||p" | while read -r fn; do
        if (( $(get "$1/from/$fn") <= total )); then echo "$(get "$1/from/$fn") $fn"; fi
    done | sort -k1,1nr -k2 | while read -r n fn; do echo "| \`$fn\` | $n |"; done
}

# One row of the targets table; a miss is remembered with what explains it.
MISSED=()
target_row() {   # text measured limit recipe how-to-explain
    local v
    v=$(verdict "$2" "$3")
    echo "| $1 | $2 | $3 | $v | $4 |"
    if [ "$v" = MISS ]; then MISSED+=("$5|$1|$2|$3"); fi
}

targets() {
    local m4=cortex-m4 m0=cortex-m0plus b=$TARGET_BOARD o=$REF_OPT recipe4 recipe0 miss how text measured limit
    recipe4=$(flash $m4 $o baseline_call F4)
    recipe0=$(flash $m0 $o baseline_call F4)
    echo "## Targets"
    echo
    echo "The limits the project set itself, at -$o. **Targeted** = the library compiled with the project's"
    echo "CMSIS device macro (\`-DSTM32F405xx\`, \`-DSTM32G071xx\`), as CubeMX, PlatformIO and Zephyr pass it:"
    echo "only that line's facts, as constants. **Universal** = no device macro: run-time identification"
    echo "over every row. **all-in** = code + table + data of the library in the linked program (the flash it"
    echo "adds; see \"How it is measured\"). Instructions are counted under the emulator on the bench board"
    echo "$b (an STM32F405, DEV_ID 0x413) by \`bench-uc --count-from\` (section 6). **usual recipe** is the"
    echo "baseline of section 5 in this run: its code with the RCC stand-in (bytes), or its instructions from"
    echo "its call to the ROM (it jumps directly: no hook at reset, no reset, no check; section 6)."
    echo
    echo "| target | measured | limit | verdict | usual recipe |"
    echo "|---|---:|---:|---|---:|"
    target_row "targeted F405 (\`-DSTM32F405xx -DSYSBOOT_NO_USB_DETACH\`, $m4), reset path (\`sysboot_enter\` + \`sysboot_early\`), all-in bytes" \
        "$(flash $m4 $o reset_path f405_no_usb)" 400 "$recipe4" "bytes $m4/$o/reset_path/f405_no_usb"
    target_row "the same with the USB detach and the watchdog-fed hold (\`-DSTM32F405xx\`, the default), all-in bytes" \
        "$(flash $m4 $o reset_path f405)" 700 "$recipe4" "bytes $m4/$o/reset_path/f405"
    target_row "targeted G071 (\`-DSTM32G071xx\`, $m0), reset path (its ROM has no USB DFU), all-in bytes" \
        "$(flash $m0 $o reset_path g071)" 450 "$recipe0" "bytes $m0/$o/reset_path/g071"
    target_row "\`sysboot_early\` with all it links (its code, what it calls, literal pools, data), targeted F405, bytes" \
        "$(flash $m4 $o early_hook f405)" 160 "no hook" "bytes $m4/$o/early_hook/f405"
    target_row "\`sysboot_early\`, normal boot without a request (power-on), targeted F405 on $b, instructions" \
        "$(get count/$b/$o/early_boot/insns)" 40 "no hook" "insns count/$b/$o/early_boot"
    target_row "Reset_Handler -> ROM with a request, targeted F405 on $b, instructions" \
        "$(get count/$b/$o/after_reset/insns)" 100 "$(get count/$b/$o/baseline/insns)" "insns count/$b/$o/after_reset"
    target_row "targeted F405 direct path (\`sysboot_jump_now\`, clock reset included), all-in bytes" \
        "$(flash $m4 $o direct_path f405)" 1024 "$recipe4" "bytes $m4/$o/direct_path/f405"
    target_row "universal build (no device macro, every row), reset path, all-in bytes" \
        "$(flash $m4 $o reset_path all)" 3072 "$recipe4" "bytes $m4/$o/reset_path/all"
    echo
    echo "The normal boot is counted from the hook's first instruction to its own return (its return address"
    echo "is the ROM's, \`programs/early_to_rom.S\`); Reset_Handler -> ROM from the branch to the hook in the"
    echo "boot after \`sysboot_enter()\`'s reset to the ROM's first instruction (\`programs/after_reset.c\`)."
    echo
    echo "The builds in detail (bytes, as section 1):"
    echo
    echo "| build | core | code | table | data | bss | noinit | all-in | device table |"
    echo "|---|---|---:|---:|---:|---:|---:|---:|---|"
    local row core prog v what tables
    for row in "cortex-m4 reset_path f405_no_usb" "cortex-m4 reset_path f405" "cortex-m0plus reset_path g071" \
               "cortex-m4 early_hook f405" "cortex-m4 direct_path f405" "cortex-m4 reset_path all"; do
        read -r core prog v <<< "$row"
        case $v in
            all) what="universal, $prog" ;;
            *) what="\`${TARGETED_FLAGS[$v]}\`, $prog" ;;
        esac
        # the universal tables, by symbol, if the link kept any
        tables=$(printf '%s\n' "${!R[@]}" | sed -n "s#^nm/$core/$o/$prog/$v/\(sysboot_devices\|sysboot_profiles\)/.*#\1#p" |
                 sort | sed 's/.*/`&`/' | paste -sd' ')
        echo "| $what | $core | $(sz $core $o $prog $v code) | $(sz $core $o $prog $v table) |" \
             "$(sz $core $o $prog $v data) | $(sz $core $o $prog $v bss) | $(sz $core $o $prog $v noinit) |" \
             "$(flash $core $o $prog $v) | ${tables:-none linked} |"
    done
    echo
    if [ ${#MISSED[@]} -eq 0 ]; then
        echo "Every target is met."
        echo
        return
    fi
    echo "### Where a missed target goes"
    echo
    for miss in "${MISSED[@]}"; do
        IFS='|' read -r how text measured limit <<< "$miss"
        echo "**$text**: $measured, limit $limit."
        echo
        case $how in
            bytes\ *)
                echo "Library symbols in flash (\`arm-none-eabi-nm --size\`, largest first; functions include their literal pools):"
                echo
                symbols_table "${how#bytes }" ;;
            insns\ *)
                echo "Instructions from the first instruction of each library function on the path to the end of the count"
                echo "(\`bench-uc --count-from\` at each; a function's own share is its figure minus those it calls):"
                echo
                instructions_table "${how#insns }" ;;
        esac
        echo
    done
}

report() {
    local core opt v board prog
    echo "# Benchmarks: footprint and entry cost"
    echo
    echo "Generated by \`benchmarks/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'); do not edit by hand, every figure"
    echo "below comes from the tools in that run."
    echo
    echo "- compiler: \`$($CC --version | head -1)\`; binutils: \`$(arm-none-eabi-size --version | head -1)\`"
    echo "- library and program flags: \`-mcpu=<core> $CFLAGS_COMMON -O<level>\`"
    echo "- link: \`$LDFLAGS_COMMON -lgcc\`"
    echo "- emulator: libunicorn $(pkg-config --modversion unicorn) via \`bench/build/bench-uc --count-from\`"
    echo "- sources: \`src/\` as found: $(ls src/*.c | xargs -n1 basename | tr '\n' ' ')"
    echo
    echo "## How it is measured"
    echo
    echo "Each figure is one small program from \`benchmarks/programs/\` (a two-word vector table and a"
    echo "\`Reset_Handler\` that calls only the functions measured) linked with \`--gc-sections\`. The link"
    echo "map lists the input sections kept; the scaffold's own sections are left out. **code** = kept"
    echo "\`.text\` plus \`.rodata\` of the library objects (and any libgcc helper they pull in), **table** ="
    echo "\`.rodata\` of the objects that expand \`data/stm32.def\` ($TABLE_OBJECTS): the device rows and"
    echo "every per-profile table. **data**/**bss** are RAM (data also takes flash), **noinit** is the"
    echo "request record. **flash** = code + table + data. **size Δ** = \`arm-none-eabi-size\` text of"
    echo "the program minus that of the empty scaffold, a cross-check that includes alignment padding."
    echo
    targets
    echo "## 1. Reset path: \`sysboot_enter()\` + \`sysboot_early()\`, universal build (all rows)"
    echo
    echo "| core | -O | code | table | data | bss | noinit | flash | size Δ |"
    echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
    for core in "${CORES[@]}"; do for opt in "${OPTS[@]}"; do
        echo "| $core | $opt | $(sz $core $opt reset_path all code) | $(sz $core $opt reset_path all table) |" \
             "$(sz $core $opt reset_path all data) | $(sz $core $opt reset_path all bss) |" \
             "$(sz $core $opt reset_path all noinit) | $(flash $core $opt reset_path all) |" \
             "$(derived $(( $(sz $core $opt reset_path all size_text) - $(sz $core $opt empty none size_text) ))) |"
    done; done
    echo
    echo "Per object, $REF_CORE -$REF_OPT (code / table bytes):"
    echo
    echo "| object | code | table |"
    echo "|---|---:|---:|"
    for o in $(printf '%s\n' "${!R[@]}" | sed -n "s|^obj/$REF_CORE/$REF_OPT/reset_path/all/\([^/]*\)/.*|\1|p" | sort -u); do
        echo "| $o | $(objcode $REF_CORE $REF_OPT reset_path all $o) | $(objtable $REF_CORE $REF_OPT reset_path all $o) |"
    done
    echo
    echo "Table sections, $REF_CORE -$REF_OPT, all rows:"
    echo
    echo "| section | bytes |"
    echo "|---|---:|"
    for s in $(printf '%s\n' "${!R[@]}" | sed -n "s|^sec/$REF_CORE/$REF_OPT/reset_path/all/||p" | sort); do
        echo "| \`$s\` | $(get sec/$REF_CORE/$REF_OPT/reset_path/all/$s) |"
    done
    echo
    echo "Largest library symbols of the reset path, $REF_CORE -$REF_OPT (\`arm-none-eabi-nm --size\`):"
    echo
    echo "| symbol | type | bytes |"
    echo "|---|---|---:|"
    printf '%s\n' "${!R[@]}" | sed -n "s|^nm/$REF_CORE/$REF_OPT/reset_path/all/||p" |
        while IFS=/ read -r sym type; do
            echo "$(get "nm/$REF_CORE/$REF_OPT/reset_path/all/$sym/$type") $sym $type"
        done | sort -k1,1nr -k2 | head -20 | while read -r bytes sym type; do
            echo "| \`$sym\` | $type | $bytes |"
        done
    echo
    echo "## 2. Direct path: \`sysboot_jump_now()\`, all rows"
    echo
    echo "| core | -O | code | table | data | bss | flash | clock.o code | usb.o code |$(has_variant no_clock && echo " code, NO_CLOCK_RESET | table, NO_CLOCK_RESET |")"
    echo "|---|---|---:|---:|---:|---:|---:|---:|---:|$(has_variant no_clock && echo "---:|---:|")"
    for core in "${CORES[@]}"; do for opt in "${OPTS[@]}"; do
        echo "| $core | $opt | $(sz $core $opt direct_path all code) | $(sz $core $opt direct_path all table) |" \
             "$(sz $core $opt direct_path all data) | $(sz $core $opt direct_path all bss) |" \
             "$(flash $core $opt direct_path all) | $(objcode $core $opt direct_path all clock.o) |" \
             "$(objcode $core $opt direct_path all usb.o) |$(has_variant no_clock &&
                 echo " $(sz $core $opt direct_path no_clock code) | $(sz $core $opt direct_path no_clock table) |")"
    done; done
    echo
    echo "## 3. The device table by build option (reset path)"
    echo
    echo "| option | core | -O | code | table | flash |"
    echo "|---|---|---|---:|---:|---:|"
    for v in "${VARIANTS[@]}"; do
        [ "$v" = no_clock ] && continue
        for core in cortex-m0plus cortex-m4; do
            echo "| ${VARIANT_TEXT[$v]} | $core | Os | $(sz $core Os reset_path $v code) |" \
                 "$(sz $core Os reset_path $v table) | $(flash $core Os reset_path $v) |"
        done
    done
    echo
    if has_variant dev_id; then
        local t_all t_dev
        t_all=$(sz $REF_CORE $REF_OPT reset_path all table)
        t_dev=$(sz $REF_CORE $REF_OPT reset_path dev_id table)
        echo "With \`-DSYSBOOT_DEV_ID=0x413\` the table goes from $t_all to $t_dev bytes ($REF_CORE -$REF_OPT). Per"
        echo "section (all rows -> DEV_ID build):"
        echo
        echo "| section | all rows | -DSYSBOOT_DEV_ID=0x413 |"
        echo "|---|---:|---:|"
        for s in $(printf '%s\n' "${!R[@]}" | sed -n "s|^sec/$REF_CORE/$REF_OPT/reset_path/all/||p" | sort); do
            echo "| \`$s\` | $(get sec/$REF_CORE/$REF_OPT/reset_path/all/$s) | $(get sec/$REF_CORE/$REF_OPT/reset_path/dev_id/$s) |"
        done
        echo
        if (( $(get sec/$REF_CORE/$REF_OPT/reset_path/dev_id/.rodata.sysboot_devices) >= $(get sec/$REF_CORE/$REF_OPT/reset_path/all/.rodata.sysboot_devices) )); then
            echo "The device rows do **not** shrink with it: the option skips the IDCODE read (its sites table"
            echo "goes), but \`sysboot_lookup()\` still searches every row the build keeps. Rows go only with"
            echo "\`-DSYSBOOT_ONLY_SERIES\`."
        else
            echo "The device rows shrink with it."
        fi
        echo
    fi
    echo "## 4. Trigger helpers (\`src/trigger.c\`, every helper called once)"
    echo
    echo "| core | -O | code | data | bss |"
    echo "|---|---|---:|---:|---:|"
    for core in "${CORES[@]}"; do for opt in "${OPTS[@]}"; do
        echo "| $core | $opt | $(sz $core $opt triggers all code) | $(sz $core $opt triggers all data) | $(sz $core $opt triggers all bss) |"
    done; done
    echo
    echo "## 5. Baseline: the usual recipe, and the physical floor"
    echo
    echo "\`benchmarks/baseline/\` implements the recipe of ST's community article \"How to jump to system"
    echo "bootloader from application code on STM32 microcontrollers\", written from its description: an"
    echo "address array filled at run time and indexed by \`#define MCU\`, IRQs off, SysTick off, RCC"
    echo "de-init, NVIC ICER/ICPR cleared, IRQs on, MSP set, reset vector called. It checks nothing and"
    echo "sets neither VTOR nor the remap. Its \`HAL_RCC_DeInit()\` is a minimal stand-in"
    echo "(\`rcc_deinit_standin.c\`: HSI on, switch, HSE/PLLs off, PLLCFGR and CIER reset, no timeouts);"
    echo "its size below is the stand-in's own. The real HAL function is larger (not measured here, and"
    echo "not added to any figure)."
    echo
    echo "\`benchmarks/floor.S\` is the physical floor: VTOR = table, MSP and PC from the table, branch."
    echo
    echo "| core | -O | recipe code | RCC stand-in code | baseline flash | floor bytes | floor instructions (objdump) |"
    echo "|---|---|---:|---:|---:|---:|---:|"
    for core in "${CORES[@]}"; do for opt in "${OPTS[@]}"; do
        echo "| $core | $opt | $(objcode $core $opt baseline_call F4 jump_to_bootloader.o) |" \
             "$(objcode $core $opt baseline_call F4 rcc_deinit_standin.o) | $(flash $core $opt baseline_call F4) |" \
             "$(sz $core $opt floor_call none code) | $(get floor/$core/$opt/insns) |"
    done; done
    echo
    echo "## 6. Instructions and stack under the emulator"
    echo
    echo "\`bench-uc --count-from <symbol address>\` counts guest instructions from the first instruction of"
    echo "the called function (the caller's BL not counted) up to, not including, the first instruction"
    echo "in system memory (the stand-in ROM), across the reset where there is one. **stack** is how far"
    echo "SP went below its value at that first instruction; **stack after reset** is how far it went"
    echo "below the reset MSP in \`Reset_Handler\` + \`sysboot_early()\` (the program's \`Reset_Handler\` calls"
    echo "\`sysboot_early()\` through one wrapper function). **entry check** is the bench's own check of the"
    echo "core state at the ROM's first instruction, with the checks that failed:"
    echo "the baseline and the floor are not expected to pass it. Quiet chip: nothing for the"
    echo "direct path to undo."
    echo
    echo "| board | core | -O | path | instructions | resets | stack | stack after reset | entry check |"
    echo "|---|---|---|---|---:|---:|---:|---:|---|"
    for board in "${RAN_BOARDS[@]}"; do for opt in "${OPTS[@]}"; do
        for prog in reset_path direct_path baseline floor reset_path_f405 after_reset early_boot; do
            local k=count/$board/$opt/$prog entry
            case $prog in   # the targeted runs: on their board only
                reset_path_f405 | after_reset | early_boot) [ -n "${R[$k/insns]:-}" ] || continue ;;
            esac
            entry=$(get $k/entry)
            # the normal boot reaches the ROM by the hook's return, not by a hand-over
            [ "$prog" = early_boot ] && entry="not a hand-over: the count ends at the hook's return"
            echo "| $board | $(get board/$board/core) | $opt | ${PATH_TEXT[$prog]:-$prog} | $(get $k/insns) | $(get $k/resets) |" \
                 "$(get $k/stack_call) | $(get $k/stack_after_reset) | $entry |"
        done
    done; done
    echo
    echo "## 6b. Clock reset: step tables per layout ($REF_CORE -$REF_OPT)"
    echo
    echo "\`src/clock.c\` built alone; each RCC layout's two step tables, sized by \`nm\`. The step"
    echo "loop that runs them (\`clock.o\` code) is shared by every layout; a one-series build keeps"
    echo "its own layout's tables only."
    echo
    echo "| layout | clock tree | peripheral enables |"
    echo "|---|---:|---:|"
    local layout
    for layout in "${CLOCK_LAYOUTS[@]}"; do
        # a layout may reuse another's clock-tree table (WL runs WB's)
        local tree=${R[clocktab/$layout/tree]:-"shared (see src/clock.c)"}
        local enables=${R[clocktab/$layout/enables]:-"shared (see src/clock.c)"}
        echo "| $layout | $tree | $enables |"
    done
    echo
    echo "\"Doing more\": the baseline passes or fails the bench's entry check as section 6 shows; sysboot's"
    echo "paths also identify the chip, check the ROM's vector table, RDP, TrustZone and the second core,"
    echo "set VTOR and the remap, and (direct path) stop the MPU, caches and FPU state and detach USB."
}

mkdir -p "$(dirname "$DOC")"
report > "$W/benchmarks.md"
cp "$W/benchmarks.md" "$DOC"
cat "$DOC"
echo "wrote $DOC (benchmark wall time $(( $(date +%s) - started )) s)" >&2

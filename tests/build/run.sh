#!/bin/sh
# Every file in src/ builds warning-free for all six Cortex-M cores at
# -O0, -Os and -O2 with nothing but -Iinclude; the footprint options build
# too; the trampoline touches no stack after MSP moves; cppcheck is clean.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/build/cross"
mkdir -p "$out"
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "PASS $*"; }
ko() { failed=$((failed + 1)); echo "FAIL $*"; }

CFLAGS="-std=c99 -Wall -Wextra -Werror -pedantic -ffreestanding -mthumb -ffunction-sections -fdata-sections"
for cpu in cortex-m0 cortex-m0plus cortex-m3 cortex-m4 cortex-m7 cortex-m33; do
    for opt in -O0 -Os -O2; do
        log="$out/$cpu$opt.log"
        good=1
        for f in "$root"/src/*.c; do
            arm-none-eabi-gcc $CFLAGS -mcpu=$cpu $opt -I"$root/include" -c "$f" \
                -o "$out/$cpu$opt-$(basename "$f" .c).o" >>"$log" 2>&1 || good=0
        done
        if [ $good = 1 ]; then ok "build $cpu $opt"; else ko "build $cpu $opt"; sed -n 1,20p "$log"; fi
    done
done

# Footprint variants: one series, names kept, the USB detach left out, a
# universal build forced, no clock reset, no early hook.
for variant in "-DSYSBOOT_ONLY_SERIES=SYSBOOT_SERIES_F4" "-DSYSBOOT_WITH_NAMES=1" "-DSYSBOOT_NO_USB_DETACH" \
               "-DSYSBOOT_UNIVERSAL -DSTM32F405xx" "-DSYSBOOT_NO_CLOCK_RESET" "-DSYSBOOT_NO_EARLY_HOOK"; do
    good=1
    # each variant its own objects: the checks below read a given one's
    tag=$(echo "$variant" | tr -c 'A-Za-z0-9\n' _)
    for f in "$root"/src/*.c; do
        arm-none-eabi-gcc $CFLAGS -mcpu=cortex-m4 -Os $variant -I"$root/include" -c "$f" \
            -o "$out/variant$tag-$(basename "$f" .c).o" 2>>"$out/variant.log" || good=0
    done
    if [ $good = 1 ]; then ok "build variant $variant"; else ko "build variant $variant"; cat "$out/variant.log"; fi
done

# A build that names its line keeps its read-protection test as constants:
# sysboot_hazards() links no table of them (line.h).
if arm-none-eabi-gcc $CFLAGS -mcpu=cortex-m4 -Os -DSYSBOOT_DEV_ID=0x413 -I"$root/include" -c "$root/src/watchdog.c" \
        -o "$out/line-watchdog.o" 2>"$out/line-watchdog.log" &&
   ! arm-none-eabi-nm "$out/line-watchdog.o" | grep -q sysboot_rdp_opens; then
    ok "a named line's sysboot_hazards() reads no read-protection table"
else
    ko "a named line's sysboot_hazards() needs a read-protection table"; cat "$out/line-watchdog.log"
fi

# The direct path without its clock reset (-DSYSBOOT_NO_CLOCK_RESET).
if ! arm-none-eabi-nm "$out"/variant_DSYSBOOT_NO_CLOCK_RESET-clock.o "$out"/variant_DSYSBOOT_NO_CLOCK_RESET-jump.o |
     grep -q sysboot_clock_reset; then
    ok "build -DSYSBOOT_NO_CLOCK_RESET (no clock reset code)"
else
    ko "build -DSYSBOOT_NO_CLOCK_RESET keeps the clock reset"
fi

# A build that names its line: every file of src/ builds for every DEV_ID of
# the database on that line's core, warning-free.
core_of_row() {   # the -mcpu for a DEV_ID's profile core
    sed -n "/^SYSBOOT_DEVICE($1,/{s/^SYSBOOT_DEVICE([^,]*, *[^,]*, *\([^,]*\),.*/\1/p;q}" "$root/data/stm32.def" |
    while read -r profile; do
        core=$(sed -n "/^SYSBOOT_PROFILE($profile,/{s/^SYSBOOT_PROFILE([^,]*, *SYSBOOT_CORE_\([A-Z0-9]*\).*/\1/p;q}" "$root/data/stm32.def")
        case $core in M0) echo cortex-m0 ;; M0P) echo cortex-m0plus ;; M3) echo cortex-m3 ;; M4) echo cortex-m4 ;;
                      M7) echo cortex-m7 ;; M33) echo cortex-m33 ;; *) echo cortex-m33 ;; esac
    done
}
ids=$(sed -n 's/^SYSBOOT_DEVICE(\(0x[0-9A-Fa-f]*\),.*/\1/p' "$root/data/stm32.def")
: > "$out/lines.failed"
for id in $ids; do echo "$id $(core_of_row "$id")"; done |
    xargs -P 2 -L 1 sh -c 'mkdir -p "$2/line-$3" && cd "$2/line-$3" &&
        arm-none-eabi-gcc $1 -mcpu="$4" -Os -DSYSBOOT_DEV_ID="$3" -I"$0/include" -c "$0"/src/*.c \
            2>>"$2/lines-$3.log" || echo " $3" >> "$2/lines.failed"' \
        "$root" "$CFLAGS" "$out" 2>/dev/null
failed_ids=$(cat "$out/lines.failed" | tr -d '\n')
if [ -z "$failed_ids" ]; then ok "every file builds for each of the $(echo $ids | wc -w) lines named at compile time"
else ko "builds for named lines fail:$failed_ids"; cat "$out"/lines-*.log | head -20; fi

# A build that names its line picks exactly the universal table's row and
# profile facts, for every DEV_ID of the database.
hostcc="${CC:-cc} -std=c99 -Wall -Wextra -Werror -pedantic -DSYSBOOT_FAKE_HW -DSYSBOOT_WITH_NAMES=1 -I$root/include"
if $hostcc "$root/tests/build/one_row.c" "$root/src/devices.c" -o "$out/all_rows" 2>"$out/one_row.log"; then
    mismatched=""
    for id in $ids; do
        if ! $hostcc -DSYSBOOT_DEV_ID="$id" "$root/tests/build/one_row.c" "$root/src/identify.c" \
                -o "$out/one_row" 2>>"$out/one_row.log" ||
           [ "$("$out/one_row" "$id")" != "$("$out/all_rows" "$id")" ]; then
            mismatched="$mismatched $id"
        fi
    done
    n=$(echo $ids | wc -w)
    if [ -z "$mismatched" ] && [ "$n" -gt 0 ]; then ok "named-line builds pick the universal table's row and facts for all $n DEV_IDs"
    else ko "named-line builds differ for:$mismatched"; tail -5 "$out/one_row.log"; fi
    if $hostcc -DSYSBOOT_DEV_ID=0xFFF -c "$root/src/identify.c" -o "$out/x.o" 2>/dev/null; then
        ko "a build for a DEV_ID not in the database compiles"
    else
        ok "a build for a DEV_ID not in the database is a compile error"
    fi
else
    ko "one_row.c does not build"; cat "$out/one_row.log"
fi

# -DSYSBOOT_ONLY_SERIES that names another series than the build's line (a
# DEV_ID, a device macro, or a macro that only names a series: L151xC) stops
# the build with lines.h's own message; the matching series builds.
series_pair() {   # expect(fails|builds), flags
    want=$1
    shift
    if $hostcc "$@" -fsyntax-only "$root/src/identify.c" 2>"$out/series.log"; then got=builds
    elif grep -q "SYSBOOT_ONLY_SERIES names another series" "$out/series.log"; then got=fails
    else got="fails otherwise: $(grep -m1 error "$out/series.log")"; fi
    if [ "$got" = "$want" ]; then ok "$* $want"; else ko "$* $got (wanted: $want)"; fi
}
series_pair fails -DSYSBOOT_DEV_ID=0x413 -DSYSBOOT_ONLY_SERIES=SYSBOOT_SERIES_G0
series_pair fails -DSTM32G071xx -DSYSBOOT_ONLY_SERIES=SYSBOOT_SERIES_F4
series_pair fails -DSTM32L151xC -DSYSBOOT_ONLY_SERIES=SYSBOOT_SERIES_F4
series_pair builds -DSTM32G071xx -DSYSBOOT_ONLY_SERIES=SYSBOOT_SERIES_G0
series_pair builds -DSTM32L151xC -DSYSBOOT_ONLY_SERIES=SYSBOOT_SERIES_L1

# ARMv8-M Mainline: the stack limit goes before the stack moves.
obj="$out/cortex-m33-Os-trampoline.o"
limit=$(arm-none-eabi-objdump -d "$obj" | grep -n 'msr\s*MSPLIM' | cut -d: -f1)
stack=$(arm-none-eabi-objdump -d "$obj" | grep -n 'msr\s*MSP, r0' | cut -d: -f1)
if [ -n "$limit" ] && [ -n "$stack" ] && [ "$limit" -lt "$stack" ]; then ok "trampoline cortex-m33: MSPLIM cleared before MSP is loaded"
else ko "trampoline cortex-m33: MSPLIM not cleared before MSP is loaded"; fi

# Freestanding means no C library: every symbol the objects need from
# outside is the library's own or libgcc's (__aeabi_*). GCC may turn a
# struct copy into a memcpy/memset call; that would not link here.
for cpu in cortex-m0 cortex-m0plus cortex-m3 cortex-m4 cortex-m7 cortex-m33; do
    for opt in -O0 -Os -O2; do
        outside=$(arm-none-eabi-nm -u "$out/$cpu$opt"-*.o 2>/dev/null | awk 'NF == 2 { print $2 }' |
                  grep -v '^sysboot_\|^__aeabi_' | sort -u | tr '\n' ' ')
        if [ -z "$outside" ]; then ok "no C library needed: $cpu $opt"
        else ko "$cpu $opt needs symbols from outside: $outside"; fi
    done
done

# The trampoline: after `msr msp` nothing but the unmask and the branch, at
# every optimisation level (docs/failure-modes.md, "The stack moves under
# the compiler");
# on ARMv8-M Mainline MSPLIM is cleared before MSP moves below it.
for cpu in cortex-m0 cortex-m4 cortex-m33; do
    for opt in -O0 -Os -O2; do
        obj="$out/$cpu$opt-trampoline.o"
        tail=$(arm-none-eabi-objdump -d "$obj" | sed -n '/msr\s*MSP, r0/,$p' | grep -E '^\s+[0-9a-f]+:' |
               awk '{ $1=""; $2=""; print }' | sed 's/^ *//')
        first=$(echo "$tail" | sed -n 2p | awk '{print $1}')
        second=$(echo "$tail" | sed -n 3p | awk '{print $1}')
        if echo "$tail" | grep -q 'sp' ; then stack=1; else stack=0; fi
        if [ "$first" = "cpsie" ] && [ "$second" = "bx" ] && [ $stack = 0 ]; then
            ok "trampoline $cpu $opt: msr msp; cpsie i; bx"
        else
            ko "trampoline $cpu $opt: unexpected tail: $tail"
        fi
    done
done

# The host-side sources and the tests build warning-free with the fake too.
if ${CC:-cc} -std=c99 -Wall -Wextra -Werror -pedantic -DSYSBOOT_FAKE_HW -I"$root/include" \
    -fsyntax-only "$root"/src/*.c 2>"$out/host.log"; then
    ok "host build of src/ with the fake register layer"
else
    ko "host build of src/"; cat "$out/host.log"
fi

if command -v cppcheck >/dev/null 2>&1; then
    if cppcheck --quiet --error-exitcode=1 --std=c99 --enable=warning,style,performance,portability \
        --inline-suppr -USYSBOOT_EXTRA_DEF -I"$root/include" "$root/src" 2>"$out/cppcheck.log"; then
        ok "cppcheck src/"
    else
        ko "cppcheck src/"; cat "$out/cppcheck.log"
    fi
else
    ko "cppcheck not installed"
fi

echo "build: $passed passed, $failed failed"
[ $failed -eq 0 ]

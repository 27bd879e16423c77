#!/bin/sh
# Host unit tests for src/trigger.c, a bounded fuzz run of its matchers from
# the corpus kept here (skipped without clang-14), plus a freestanding build
# for every Cortex-M core the library targets (skipped when
# arm-none-eabi-gcc is absent).
# Prints "N passed, N failed" last and exits non-zero on any failure.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT

passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $1"; }

CC=${CC:-cc}
warnings="-std=c99 -Wall -Wextra -Werror -pedantic"

# The matcher's compares go through a counting hook; built once with the
# default line and once with a build-time secret line.
hook="-DSYSBOOT_MAGIC_COMPARE_HOOK=test_magic_compare"
for line in default secret; do
    set -- 
    [ "$line" = secret ] && set -- '-DSYSBOOT_MAGIC_LINE="acme-3f9c2e71d0b4:update"'
    if $CC $warnings $hook "$@" -I"$root/include" -o "$build/test_trigger" \
            "$here/test_trigger.c" "$root/src/trigger.c"; then
        pass
        output=$("$build/test_trigger")
        status=$?
        echo "$output" | grep -v ' passed, .* failed$'
        unit_passed=$(echo "$output" | sed -n 's/^\([0-9]*\) passed, [0-9]* failed$/\1/p')
        unit_failed=$(echo "$output" | sed -n 's/^[0-9]* passed, \([0-9]*\) failed$/\1/p')
        passed=$((passed + ${unit_passed:-0}))
        failed=$((failed + ${unit_failed:-0}))
        if [ "$status" -ne 0 ] && [ "${unit_failed:-0}" -eq 0 ]; then
            fail "test_trigger ($line line) exited with $status"
        fi
    else
        fail "host build of test_trigger ($line line)"
    fi
done

# ---- fuzzing the matchers (libFuzzer, clang-14) -----------------------------
# Each target starts from its corpus in the repository (tests/trigger/corpus/)
# and runs for a bounded time; new inputs go to a scratch copy, so the kept
# corpus changes only by hand. The magic target's checks must catch a
# matcher that stops comparing at the first wrong byte (a mutated copy of
# trigger.c, run over the corpus alone).
fuzz_seconds=${SYSBOOT_FUZZ_SECONDS:-10}
if command -v clang-14 >/dev/null 2>&1; then
    fuzz_flags="-std=c99 -Wall -Wextra -Werror -pedantic -g -O1 -fsanitize=fuzzer,address,undefined"
    fuzz_flags="$fuzz_flags -fno-sanitize-recover=all"
    magic_hook=-DSYSBOOT_MAGIC_COMPARE_HOOK=fuzz_magic_compare
    for target in magic touch; do
        hook=""
        [ "$target" = magic ] && hook=$magic_hook
        if clang-14 $fuzz_flags $hook -I"$root/include" -o "$build/fuzz_$target" \
                "$here/fuzz/fuzz_$target.c" "$root/src/trigger.c" 2> "$build/fuzz_$target.log"; then
            mkdir -p "$build/corpus_$target"
            if (cd "$build" && "./fuzz_$target" -max_total_time="$fuzz_seconds" -timeout=10 -seed=1 \
                    "corpus_$target" "$here/corpus/$target" >> "fuzz_$target.log" 2>&1); then
                pass
                echo "fuzz_$target: $(grep -o '#[0-9]*.*DONE.*' "$build/fuzz_$target.log" | tail -1)"
            else
                fail "fuzz_$target found a crash"; tail -30 "$build/fuzz_$target.log"
            fi
        else
            fail "build fuzz_$target"; cat "$build/fuzz_$target.log"
        fi
    done
    sed 's/if (m->pos < m->len) {/if (m->pos < m->len \&\& m->state == 0u) {/' "$root/src/trigger.c" \
        > "$build/trigger_early_stop.c"
    if cmp -s "$root/src/trigger.c" "$build/trigger_early_stop.c"; then
        fail "the early-stop mutant of trigger.c no longer applies"
    elif clang-14 $fuzz_flags $magic_hook -I"$root/include" -o "$build/fuzz_magic_broken" \
            "$here/fuzz/fuzz_magic.c" "$build/trigger_early_stop.c" 2> "$build/fuzz_broken.log" &&
         ! (cd "$build" && ./fuzz_magic_broken -runs=0 "$here/corpus/magic" >> fuzz_broken.log 2>&1); then
        pass
    else
        fail "fuzz_magic does not catch a matcher that stops at the first wrong byte"
    fi
else
    echo "note: clang-14 not found; fuzz runs skipped"
fi

if command -v arm-none-eabi-gcc >/dev/null 2>&1; then
    for core in cortex-m0 cortex-m0plus cortex-m3 cortex-m4 cortex-m7 cortex-m33; do
        object="$build/trigger-$core.o"
        if arm-none-eabi-gcc $warnings -ffreestanding -mthumb -mcpu=$core -Os \
                -I"$root/include" -c "$root/src/trigger.c" -o "$object"; then
            # No libc calls at all: the object must need no outside symbol.
            undefined=$(arm-none-eabi-nm -u "$object")
            if [ -z "$undefined" ]; then
                pass
            else
                fail "trigger.c for $core needs outside symbols: $undefined"
            fi
        else
            fail "freestanding build of trigger.c for $core"
        fi
    done
else
    echo "note: arm-none-eabi-gcc not found; freestanding builds skipped"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

#!/bin/sh
# Host unit tests for src/trigger.c, plus a freestanding build for every
# Cortex-M core the library targets (skipped when arm-none-eabi-gcc is absent).
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

#!/bin/sh
# Keeps the README's demo command true: runs it and checks the story it
# tells, chip by chip.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
log="$root/build/demo-test.log"
mkdir -p "$root/build"
passed=0
failed=0
no_failed_entry() { # description
    if grep -q "entry check FAIL\|\\[uc\\] FAIL" "$log"; then
        failed=$((failed + 1)); echo "FAIL $1"
    else
        passed=$((passed + 1)); echo "PASS $1"
    fi
}
check() { # description pattern
    if grep -qE "$2" "$log"; then passed=$((passed + 1)); echo "PASS $1"
    else failed=$((failed + 1)); echo "FAIL $1 (no line matching: $2)"; fi
}

if timeout 600 "$root/examples/demo/run.sh" >"$log" 2>&1; then
    passed=$((passed + 1)); echo "PASS demo exits 0"
else
    failed=$((failed + 1)); echo "FAIL demo exited non-zero"; tail -20 "$log"
fi
for chip in "0x413:1FFF0000" "0x450:1FF09800"; do
    id=${chip%%:*}; table=${chip#*:}
    check "$id: the firmware identifies itself" "running on DEV_ID $id .*table at 0x$table"
    check "$id: sysboot enter finds the ROM and names the part" "product ID: +0x0${id#0x} \\(DEV_ID $id\\)"
    check "$id: ROM entered at the bootloader's reset vector" "\\[uc\\] ok   VTOR $table is the bootloader's table"
done
if [ "$(grep -c 'application: \[app\] sysboot demo firmware version 2 started' "$log")" -eq 2 ]; then
    passed=$((passed + 1)); echo "PASS F405 and H743 updated to version 2 by sysboot flash"
else
    failed=$((failed + 1)); echo "FAIL sysboot flash did not bring up version 2 on F405 and H743"
fi
check "the update erases only what the image covers (F405: sector 0)" "erase: 1 page \\(0, command 0x44\\)"
check "every ROM entry passed the emulator's check" "entry check PASS"
no_failed_entry "every ROM entry on F405/H743 passed the emulator's check"
if [ "$(grep -c 'resets seen by the emulator: 2 ' "$log")" -eq 2 ]; then
    passed=$((passed + 1)); echo "PASS on both chips GO brings the application back through one clean reset"
else
    failed=$((failed + 1)); echo "FAIL GO did not come back through exactly one clean reset on both chips"
fi
# Issue #5: the same trigger -> reset path -> ROM -> probe flow on more
# families, with other cores and remap kinds (G071: Cortex-M0+, MEM_MODE;
# L432: MEMRMP).
log="$root/build/demo-test-more.log"
if DEMO_BOARDS="G0_460:STM32G071:cortex-m0plus:isr L4_435:STM32L432:cortex-m4:isr" \
    timeout 600 "$root/examples/demo/run.sh" >"$log" 2>&1; then
    passed=$((passed + 1)); echo "PASS demo flow on G071 and L432 exits 0"
else
    failed=$((failed + 1)); echo "FAIL demo flow on G071 and L432 exited non-zero"; tail -20 "$log"
fi
for id in 0x460 0x435; do
    check "$id: the firmware identifies itself" "running on DEV_ID $id "
    check "$id: sysboot enter finds the ROM and names the part" "product ID: +0x0${id#0x} \\(DEV_ID $id\\)"
done
if [ "$(grep -c 'application: \[app\] sysboot demo firmware version 2 started' "$log")" -eq 2 ]; then
    passed=$((passed + 1)); echo "PASS G071 and L432 updated to version 2 by sysboot flash"
else
    failed=$((failed + 1)); echo "FAIL sysboot flash did not bring up version 2 on G071 and L432"
fi
check "G071/L432: system memory remapped to address 0" "\\[uc\\] ok   address 0 aliases system memory"
no_failed_entry "every ROM entry on G071/L432 passed the emulator's check"
echo "demo: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

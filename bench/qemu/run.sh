#!/usr/bin/env bash
# QEMU 7.2 layer: real NVIC, SysTick and exception delivery on the three STM32
# machines. Prints one result line per run (column board name PASS|FAIL reason),
# like the unicorn batch. Needs `make qemu` first (run.sh does it).
set -u
cd "$(dirname "$0")/.."
B=build
mkdir -p $B/logs

scenario_id() {   # the index of a scenario in common/scenarios.def
    grep -o '^BENCH_SCENARIO([a-z_0-9]*' common/scenarios.def | sed 's/.*(//' | grep -nx "$1" | cut -d: -f1 |
        awk '{print $1 - 1}'
}

# machine board app-variant scenario path expect catch
run() {
    local machine=$1 board=$2 app=$3 scenario=$4 path=$5 expect=$6 catch=$7 name=$8
    local elf=$B/qemu/app-$board.elf id out rc verdict result reason log
    [ "$app" = Os ] || elf=$B/qemu/broken-$board-$app.elf
    id=$(scenario_id "$scenario")
    log=$B/logs/qemu-$board-${name//\//_}.log
    out=$(timeout 20 qemu-system-arm -M "$machine" -nographic -monitor none -serial null \
        -semihosting-config enable=on,target=native -kernel "$elf" \
        -device loader,file=$B/qemu/standin-$board.elf \
        -device loader,addr=0x20000000,data="$id",data-len=4 \
        -device loader,addr=0x20000004,data="$path",data-len=4 2>&1)
    rc=$?
    # the verdict, from QEMU's exit code and what the app and stand-in said
    if [ "$expect" = rom ]; then
        if [ $rc = 0 ] && grep -q '^ROM: entry checks PASS' <<< "$out"; then verdict="PASS ROM entered, entry checks pass"
        else verdict="FAIL $(grep -m1 -E 'FAIL|fatal' <<< "$out" || echo "exit $rc, no passing stand-in")"; fi
    else
        want=$(printf '0x%08x' "$expect")
        if grep -q '^ROM: stand-in entered' <<< "$out"; then verdict="FAIL ROM entered where the library must refuse: $(grep -m1 FAIL <<< "$out")"
        elif [ $rc = 0 ] && grep -q "^APP: status $want" <<< "$out"; then verdict="PASS refused with status $want"
        else verdict="FAIL $(grep -m1 -E 'APP: status|FAIL|fatal' <<< "$out" || echo "exit $rc") (expected status $want)"; fi
    fi
    reason=${verdict#* }
    if [ "$catch" = - ]; then
        result=${verdict%% *}
    elif [ "${verdict%% *}" = PASS ]; then
        result=FAIL; reason="broken build NOT caught ($reason)"
    elif [[ $reason == *"$catch"* ]]; then
        result=PASS; reason="caught: $reason"
    else
        result=FAIL; reason="caught for another reason than '$catch': $reason"
    fi
    [ $result = PASS ] || printf '%s\n' "$out" > "$log"
    printf 'qemu-%s\tQEMU-%s\t%s\t%s\t%s\n' "${name%%[/!]*}" "$board" "$name" "$result" "$reason"
}

CONTEXT=$($B/bench-uc --status-number ERR_CONTEXT)

for spec in F405:netduinoplus2 F205:netduino2 F100:stm32vldiscovery; do
    b=${spec%%:*} m=${spec#*:}
    run "$m" "$b" Os all_dirty 0 rom - direct &
    run "$m" "$b" no_pendclr all_dirty 0 rom "exception taken inside the ROM" 'direct!pend'
    wait
    run "$m" "$b" no_nvic all_dirty 0 rom "exception taken inside the ROM" 'direct!nvic' &
    run "$m" "$b" no_pendstclr all_dirty 0 rom "IPSR=0x0000000f" 'direct!systick'
    wait
    run "$m" "$b" Os all_dirty 1 rom - reset
    wait
    run "$m" "$b" enter_jumps all_dirty 1 rom "inside the ROM" 'reset!' &
    run "$m" "$b" Os isr 0 "$CONTEXT" - isr-svc/d
    wait
    run "$m" "$b" Os isr 1 "$CONTEXT" - isr-svc/r &
    run "$m" "$b" Os isr_irq 0 "$CONTEXT" - isr-irq/d
    wait
    run "$m" "$b" no_context isr_irq 0 "$CONTEXT" "ROM entered" 'isr-irq/d!'
done

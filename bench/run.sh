#!/usr/bin/env bash
# The emulated bench, all of it: build (make -j2), then
#   1. unicorn: every scenarios.tsv row on every board data/stm32.def describes,
#   2. QEMU 7.2: real exception delivery on netduinoplus2, netduino2, stm32vldiscovery,
#   3. end to end: the real stm32flash (SRAM, and a flash update of the demo's
#      console firmware) and the host tool over a pty (probe, and
#      enter --magic after a probe, a failed enter and a half-typed line; probe
#      at RDP level 0 and 1; a console with its own secret line),
# then the matrix of boards x scenarios and "N passed, N failed".
# Logs of failing runs: bench/build/logs/. Exit status 0 only if all passed.
set -u
cd "$(dirname "$0")"
B=build
start=$(date +%s)
mkdir -p $B/logs
rm -f $B/logs/*.log

for tool in arm-none-eabi-gcc qemu-system-arm stm32flash pkg-config; do
    command -v $tool > /dev/null || { echo "missing $tool (apt-get install gcc-arm-none-eabi \
libnewlib-arm-none-eabi qemu-system-arm libunicorn-dev pkg-config stm32flash)"; echo "0 passed, 1 failed"; exit 1; }
done

echo "== build (make -j2 -k, log in $B/make.log)"
# Target images are always built fresh: a target that fails to build (or
# whose prerequisite failed) must not leave an older binary to be tested.
rm -rf $B/apps $B/broken $B/broken-src $B/lines $B/standin $B/qemu $B/consoles
: > $B/results-build.txt
if ! make -j2 -k -s all > $B/make.log 2>&1; then
    # keep going: what did build still runs; each failed target is a FAIL row
    sed -n 's/^make: \*\*\* \[[^:]*:[0-9]*: \(.*\)\] Error.*/\1/p' $B/make.log |
        while read -r target; do
            printf 'build\tbuild\t%s\tFAIL\tdoes not build: %s\n' "$target" \
                "$(grep -m1 -E 'error|Error:' $B/make.log | head -c 140)"
        done > $B/results-build.txt
    echo "   build errors: $(wc -l < $B/results-build.txt) targets failed (see $B/make.log)"
    [ -x $B/bench-uc ] || { tail -20 $B/make.log; echo "0 passed, 1 failed"; exit 1; }
fi

echo "== unicorn: scenarios.tsv over the boards of data/stm32.def"
./unicorn_jobs.sh > $B/jobs.txt
BENCH_JOBS=2 $B/bench-uc --batch $B/jobs.txt > $B/results-unicorn.txt

echo "== QEMU 7.2"
./qemu/run.sh > $B/results-qemu.txt

echo "== end to end: stm32flash -m 8n1, sysboot probe and sysboot enter on a pty"
boards=$($B/bench-uc --boards | awk '{print $1}')
e2e_boards=$(for b in F4_413 G0_460 H7_450 L4_435; do grep -qx "$b" <<< "$boards" && echo "$b"; done)
{
    ./e2e/stm32flash.sh $e2e_boards
    ./e2e/stm32flash.sh --twin $(head -1 <<< "$e2e_boards")
    ./e2e/stm32flash_write.sh $e2e_boards
    ./e2e/stm32flash_write.sh --twin $(head -1 <<< "$e2e_boards")
    ./e2e/stm32flash_write.sh --twin-rdp $(sed -n 2p <<< "$e2e_boards")
    ./e2e/flash_rules.sh $e2e_boards
    ./e2e/sysboot_flash.sh $e2e_boards
    ./e2e/sysboot_flash.sh --bad $(head -2 <<< "$e2e_boards")
    ./e2e/interrupted_update.sh $e2e_boards
    ./e2e/parallel_flash.sh $(head -1 <<< "$e2e_boards")
    ./e2e/host_probe.sh $(head -2 <<< "$e2e_boards")
    ./e2e/host_probe.sh --twin $(head -1 <<< "$e2e_boards")
    ./e2e/magic_resync.sh F4_413
    ./e2e/magic_resync.sh --twin F4_413
    ./e2e/probe_rdp.sh $(head -2 <<< "$e2e_boards")
    ./e2e/probe_rdp.sh --twin $(head -1 <<< "$e2e_boards")
    ./e2e/magic_secret.sh F4_413
    ./e2e/magic_secret.sh --twin F4_413
} > $B/results-e2e.txt

cat $B/results-build.txt $B/results-unicorn.txt $B/results-qemu.txt $B/results-e2e.txt > $B/results.txt
echo "== matrix: ok = every run of the column passed on every board of the family (negative"
echo "   twins pass when the bench catches the breakage); per board: $B/matrix-boards.txt;"
echo "   every result line: $B/results.txt"
echo
awk -v boards_file=$B/matrix-boards.txt -f matrix.awk $B/results.txt
rc=$?
echo "(bench wall time $(( $(date +%s) - start )) s)"
exit $rc

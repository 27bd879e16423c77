#!/bin/sh
# Runs every test suite of the project and sums their closing lines into one
# "N passed, N failed". A suite that exits non-zero without reporting a
# failure, or reports nothing, counts as one failure.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
logs="$root/build/logs"
mkdir -p "$logs"
total_passed=0
total_failed=0

run_suite() {
    name=$1; shift
    echo "=== $name"
    start=$(date +%s)
    "$@" >"$logs/$name.log" 2>&1
    rc=$?
    grep -E '^(FAIL|.*: FAIL)' "$logs/$name.log" | head -20
    line=$(grep -E '[0-9]+ passed, [0-9]+ failed' "$logs/$name.log" | tail -1)
    p=$(echo "$line" | sed -nE 's/^(.*[^0-9])?([0-9]+) passed, ([0-9]+) failed.*/\2/p')
    f=$(echo "$line" | sed -nE 's/^(.*[^0-9])?([0-9]+) passed, ([0-9]+) failed.*/\3/p')
    [ -n "$p" ] || { p=0; f=1; echo "    no result line (see $logs/$name.log)"; tail -5 "$logs/$name.log"; }
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
        f=1; echo "    exited $rc (see $logs/$name.log)"; tail -5 "$logs/$name.log"
    fi
    echo "    $name: $p passed, $f failed ($(( $(date +%s) - start )) s)"
    total_passed=$((total_passed + p))
    total_failed=$((total_failed + f))
}

run_suite unit      make -s -C "$root/tests/unit" run
run_suite mutation  python3 "$root/tests/mutation/run.py"
run_suite facts     sh "$root/tests/facts/run.sh"
run_suite build     sh "$root/tests/build/run.sh"
run_suite trigger   sh "$root/tests/trigger/run.sh"
run_suite docs      sh "$root/tests/docs/run.sh"
run_suite host      sh "$root/host/tests/run.sh"
run_suite examples  sh "$root/tests/examples/run.sh"
run_suite bench     bash "$root/bench/run.sh"
run_suite demo      sh "$root/tests/demo/run.sh"
run_suite benchmarks bash "$root/benchmarks/selftest.sh"

echo "$total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ]

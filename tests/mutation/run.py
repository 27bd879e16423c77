#!/usr/bin/env python3
"""Mutation check of the unit tests.

Each line of mutants.txt breaks one safety check of the library in a scratch
copy of src/; the host unit tests must then fail. A mutant that survives is a
check without a test that shows it catching its mistake. Besides the listed
ones, every step line of src/clock.c's tables is dropped in turn (found at
run time: clock_step_mutants).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))


def mutants():
    """(file, text to find, replacement, what, line number or None)"""
    with open(os.path.join(HERE, "mutants.txt")) as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split(" @@ ")
            if len(parts) != 4:
                raise SystemExit("bad mutant line: " + line)
            yield [p.strip() for p in parts] + [None]
    yield from clock_step_mutants()


# A step of src/clock.c: a step macro (clock.c's SET, CLEAR, LOAD, FIELD,
# RAISE, WAIT_*, and their _XM/_USB forms) with its trailing comment, alone
# on its line (a backslash after it inside a multi-line table macro).
STEP_LINE = re.compile(r"^\s*((?:WAIT_)?(?:SET|CLEAR|LOAD|FIELD|RAISE)(?:_XM|_USB)?"
                       r"\((?:RCC|FLASH|ICACHE|PWR),(?:[^()]|\([^()]*\))*\),\s*/\* (.*?) \*/)\s*\\?$")


def clock_step_mutants():
    """One "clock step dropped" mutant per step line of src/clock.c, read at
    run time so that the list follows the tables."""
    with open(os.path.join(ROOT, "src", "clock.c")) as f:
        lines = f.read().split("\n")
    found = 0
    for number, line in enumerate(lines, 1):
        m = STEP_LINE.match(line)
        if m:
            found += 1
            yield ["clock.c", m.group(1), "", "clock step dropped: " + m.group(2), number]
    if found == 0:
        raise SystemExit("no clock step found in src/clock.c: has the step format changed?")


def mutate(text, find, replace, number):
    """The mutated text, or None unless `find` is there exactly once (on
    line `number` when one is given)."""
    if number is None:
        return text.replace(find, replace) if text.count(find) == 1 else None
    lines = text.split("\n")
    if lines[number - 1].count(find) != 1:
        return None
    lines[number - 1] = lines[number - 1].replace(find, replace)
    return "\n".join(lines)


CFLAGS = ["-std=c99", "-w", "-O1", "-DSYSBOOT_FAKE_HW",
          '-DSYSBOOT_EXTRA_DEF="%s"' % os.path.join(ROOT, "tests", "unit", "extra.def")]


def compile_one(cc, source, obj, include_dirs):
    args = [cc, *CFLAGS, *("-I" + d for d in include_dirs), "-c", source, "-o", obj]
    result = subprocess.run(args, capture_output=True, text=True)
    return result.returncode == 0, result.stderr[:400]


def link_and_run(cc, objects, exe):
    """(linked, tests passed, names of failing tests, linker errors)"""
    link = subprocess.run([cc, *objects, "-o", exe], capture_output=True, text=True)
    if link.returncode != 0:
        return False, False, [], link.stderr[:400]
    run = subprocess.run([exe], capture_output=True, text=True, timeout=120)
    caught = [l.split()[1] for l in run.stdout.splitlines() if l.startswith("FAIL ")]
    return True, run.returncode == 0, caught, ""


def library_sources():
    src = os.path.join(ROOT, "src")
    return sorted(f for f in os.listdir(src) if f.endswith(".c") and f != "trigger.c")


def test_sources():
    unit = os.path.join(ROOT, "tests", "unit")
    return sorted(os.path.join(unit, f) for f in os.listdir(unit) if f.endswith(".c"))


def main():
    cc = os.environ.get("CC", "cc")
    os.makedirs(os.path.join(ROOT, "build"), exist_ok=True)
    # one scratch directory per run: several runs may go on at once
    work = tempfile.mkdtemp(prefix="mutation-", dir=os.path.join(ROOT, "build"))
    try:
        return run_all(cc, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run_all(cc, work):
    includes = [os.path.join(ROOT, "include"), os.path.join(ROOT, "src")]
    # Everything compiled once; a mutant recompiles only its own file.
    jobs = [(os.path.join(ROOT, "src", f), os.path.join(work, "lib_" + f[:-2] + ".o")) for f in library_sources()]
    jobs += [(t, os.path.join(work, "test_" + os.path.basename(t)[:-2] + ".o")) for t in test_sources()]
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda j: compile_one(cc, j[0], j[1], includes), jobs))
    for (source, obj), (ok, err) in zip(jobs, results):
        if not ok:
            print(f"FAIL baseline: {source} does not compile\n{err}")
            print("mutation: 0 passed, 1 failed")
            return 1
    linked, ok, _, err = link_and_run(cc, [o for _, o in jobs], os.path.join(work, "baseline"))
    if not (linked and ok):
        print("FAIL baseline: the unmutated library does not pass its unit tests\n" + err)
        print("mutation: 0 passed, 1 failed")
        return 1

    def one(numbered):
        n, (name, find, replace, what, number) = numbered
        path = os.path.join(ROOT, "src", name)
        text = mutate(open(path).read(), find, replace, number)
        if text is None:
            return False, f"FAIL mutant {n} ({what}): text not found exactly once in src/{name}"
        mutated = os.path.join(work, f"m{n}_{name}")
        open(mutated, "w").write(text)
        obj = mutated[:-2] + ".o"
        ok, err = compile_one(cc, mutated, obj, includes)
        if not ok:
            return False, f"FAIL mutant {n} ({what}): does not compile\n{err}"
        objects = [obj] + [o for s, o in jobs if os.path.basename(s) != name or "/src/" not in s]
        linked, passed, caught, err = link_and_run(cc, objects, os.path.join(work, f"unit_{n}"))
        if not linked:
            return False, f"FAIL mutant {n} ({what}): does not link\n{err}"
        if passed:
            return False, f"FAIL mutant {n} survived: {what}"
        return True, f"PASS mutant {n} ({what}) caught by {', '.join(caught[:3])}"

    passed = failed = 0
    with ThreadPoolExecutor(max_workers=2) as pool:
        for good, line in pool.map(one, enumerate(mutants(), 1)):
            print(line)
            passed += good
            failed += not good
    print(f"mutation: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Mutation check of the unit tests.

Each line of mutants.txt breaks one safety check of the library in a scratch
copy of src/; the host unit tests must then fail. A mutant that survives is a
check without a test that shows it catching its mistake.
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))


def mutants():
    with open(os.path.join(HERE, "mutants.txt")) as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split(" @@ ")
            if len(parts) != 4:
                raise SystemExit("bad mutant line: " + line)
            yield [p.strip() for p in parts]


def build_and_run(cc, src, exe):
    """(built, tests passed, names of failing tests, compiler errors)"""
    sources = [os.path.join(src, f) for f in sorted(os.listdir(src))
               if f.endswith(".c") and f != "trigger.c"]
    unit = os.path.join(ROOT, "tests", "unit")
    tests = [os.path.join(unit, f) for f in sorted(os.listdir(unit)) if f.endswith(".c")]
    build = subprocess.run([cc, "-std=c99", "-w", "-O1", "-DSYSBOOT_FAKE_HW",
                            "-I" + os.path.join(ROOT, "include"), *sources, *tests, "-o", exe],
                           capture_output=True, text=True)
    if build.returncode != 0:
        return False, False, [], build.stderr[:400]
    run = subprocess.run([exe], capture_output=True, text=True, timeout=120)
    caught = [l.split()[1] for l in run.stdout.splitlines() if l.startswith("FAIL ")]
    return True, run.returncode == 0, caught, ""


def main():
    cc = os.environ.get("CC", "cc")
    passed = failed = 0
    os.makedirs(os.path.join(ROOT, "build"), exist_ok=True)
    # one scratch directory per run: several runs may go on at once
    work = tempfile.mkdtemp(prefix="mutation-", dir=os.path.join(ROOT, "build"))
    try:
        return run_all(cc, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run_all(cc, WORK):
    passed = failed = 0
    built, ok, _, err = build_and_run(cc, os.path.join(ROOT, "src"), os.path.join(WORK, "baseline"))
    if not (built and ok):
        print("FAIL baseline: the unmutated library does not pass its unit tests\n" + err)
        print("mutation: 0 passed, 1 failed")
        return 1
    for n, (name, find, replace, what) in enumerate(mutants(), 1):
        src = os.path.join(WORK, "src")
        shutil.rmtree(src, ignore_errors=True)
        shutil.copytree(os.path.join(ROOT, "src"), src)
        path = os.path.join(src, name)
        text = open(path).read()
        if text.count(find) != 1:
            print(f"FAIL mutant {n} ({what}): text not found exactly once in src/{name}")
            failed += 1
            continue
        open(path, "w").write(text.replace(find, replace))
        built, ok, caught, err = build_and_run(cc, src, os.path.join(WORK, f"unit_{n}"))
        if not built:
            print(f"FAIL mutant {n} ({what}): does not compile\n{err}")
            failed += 1
        elif ok:
            print(f"FAIL mutant {n} survived: {what}")
            failed += 1
        else:
            print(f"PASS mutant {n} ({what}) caught by {', '.join(caught[:3])}")
            passed += 1
    print(f"mutation: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

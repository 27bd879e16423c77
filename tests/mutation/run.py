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

import mutants
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))


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


def headers_of(cc, source, include_dirs):
    """The src/ headers a library file includes, directly or not."""
    args = [cc, *CFLAGS, *("-I" + d for d in include_dirs), "-MM", source]
    deps = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return {os.path.basename(d) for d in deps.replace("\\\n", " ").split()
            if d.endswith(".h") and os.path.dirname(os.path.abspath(d)) == os.path.join(ROOT, "src")}


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

    depends = {f: headers_of(cc, os.path.join(ROOT, "src", f), includes) for f in library_sources()}

    def one(m):
        n, name, what = m.number, m.file, m.what
        text = open(os.path.join(ROOT, "src", name)).read()
        try:
            mutated_text = m.apply(text)
        except ValueError as e:
            return False, "FAIL " + str(e)
        if name.endswith(".h"):
            # a header is inlined where it is used: rebuild, from a scratch
            # copy of src/ holding the mutated header, the files that include it
            scratch = os.path.join(work, f"m{n}_src")
            shutil.copytree(os.path.join(ROOT, "src"), scratch)
            open(os.path.join(scratch, name), "w").write(mutated_text)
            objects = []
            for source, obj in jobs:
                f = os.path.basename(source)
                if "/src/" in source and name in depends[f]:
                    obj = os.path.join(scratch, f[:-2] + ".o")
                    ok, err = compile_one(cc, os.path.join(scratch, f), obj, [includes[0], scratch])
                    if not ok:
                        return False, f"FAIL mutant {n} ({what}): does not compile\n{err}"
                objects.append(obj)
        else:
            mutated = os.path.join(work, f"m{n}_{name}")
            open(mutated, "w").write(mutated_text)
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
        # target-only code (the trampoline, the D-cache routine): the bench's
        for good, line in pool.map(one, [m for m in mutants.load() if not m.bench_only]):
            print(line)
            passed += good
            failed += not good
    print(f"mutation: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

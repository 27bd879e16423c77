#!/usr/bin/env python3
"""Mutation check of the unit tests.

Each line of mutants.txt breaks one safety check of the library in a scratch
copy of src/; the host unit tests must then fail: the universal suite, or, for
a mutant it misses, the targeted unit programs (tests/unit/targeted.c, built
for each line of tests/unit/Makefile's targeted builds). A mutant that survives is a
check without a test that shows it catching its mistake. Each line of
data_mutants.txt changes one fact of data/stm32.def the same way (see
run_data_mutants). Besides the listed ones, every step line of src/clock.c's
tables is dropped in turn (found at run time: mutants.clock_step_mutants).
--data-only runs the data mutants alone; --only TEXT keeps the mutants
whose line contains TEXT (a quick check of a few while writing tests).
"""
import os
import re
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

# a targeted build has no test rows of its own
TARGETED_CFLAGS = [f for f in CFLAGS if not f.startswith("-DSYSBOOT_EXTRA_DEF")]


def only_text():
    """The --only argument, or None."""
    if "--only" in sys.argv and sys.argv.index("--only") + 1 < len(sys.argv):
        return sys.argv[sys.argv.index("--only") + 1]
    return None


def compile_one(cc, source, obj, include_dirs):
    args = [cc, *CFLAGS, *("-I" + d for d in include_dirs), "-c", source, "-o", obj]
    result = subprocess.run(args, capture_output=True, text=True)
    return result.returncode == 0, result.stderr[:400]


def failed_tests(stdout):
    """The names on a unit program's "FAIL name" lines (a bare "FAIL": "?")."""
    return [(l.split()[1:] or ["?"])[0] for l in stdout.splitlines() if l.startswith("FAIL")]


def link_and_run(cc, objects, exe):
    """(linked, tests passed, names of failing tests, linker errors)"""
    link = subprocess.run([cc, *objects, "-o", exe], capture_output=True, text=True)
    if link.returncode != 0:
        return False, False, [], link.stderr[:400]
    run = subprocess.run([exe], capture_output=True, text=True, timeout=120)
    return True, run.returncode == 0, failed_tests(run.stdout), ""


def headers_of(cc, source, include_dirs):
    """The src/ headers a library file includes, directly or not."""
    args = [cc, *CFLAGS, *("-I" + d for d in include_dirs), "-MM", source]
    deps = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return {os.path.basename(d) for d in deps.replace("\\\n", " ").split()
            if d.endswith(".h") and os.path.dirname(os.path.abspath(d)) == os.path.join(ROOT, "src")}


def library_sources():
    src = os.path.join(ROOT, "src")
    return sorted(f for f in os.listdir(src) if f.endswith(".c") and f != "trigger.c")


UNIT = os.path.join(ROOT, "tests", "unit")


def test_sources():
    # targeted.c is its own program (a build that names its line)
    return sorted(os.path.join(UNIT, f) for f in os.listdir(UNIT) if f.endswith(".c") and f != "targeted.c")


def targeted_builds():
    """(name, flags) of each targeted unit build, as tests/unit/Makefile makes them."""
    out = subprocess.run(["make", "-s", "--no-print-directory", "-C", UNIT, "targeted-flags"],
                         capture_output=True, text=True, check=True).stdout
    return [(name, flags.split()) for name, _, flags in (l.partition(": ") for l in out.splitlines())]


def run_targeted(cc, src_dir, work, tag):
    """Build every targeted unit program against the library in src_dir and
    run it: (built, names of the tests that failed, or of the programs that
    crashed; error text)."""
    sources = [os.path.join(src_dir, f) for f in library_sources()]
    failing = []
    for name, flags in targeted_builds():
        exe = os.path.join(work, f"{tag}_{name}")
        build = subprocess.run([cc, *TARGETED_CFLAGS, *flags, "-I" + os.path.join(ROOT, "include"), "-I" + src_dir,
                                *sources, os.path.join(UNIT, "targeted.c"), os.path.join(UNIT, "fake.c"),
                                "-o", exe], capture_output=True, text=True)
        if build.returncode != 0:
            return False, [], f"{name}: {build.stderr[:400]}"
        run = subprocess.run([exe], capture_output=True, text=True, timeout=120)
        failed = failed_tests(run.stdout)
        if run.returncode != 0:
            failing += failed or [f"{name} (exit {run.returncode})"]
    return True, failing, ""


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
    built, failing, err = run_targeted(cc, os.path.join(ROOT, "src"), work, "baseline")
    if not built or failing:
        print("FAIL baseline: the unmutated library does not pass its targeted unit tests: "
              + (err or ", ".join(failing)))
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
        if name == "trigger.c":
            return trigger_mutant(cc, work, n, what, mutated_text)
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
            # code only a build that names its line compiles (decide.h's
            # targeted decision): the targeted unit programs must catch it
            scratch = os.path.join(work, f"m{n}_src")
            if not os.path.isdir(scratch):
                shutil.copytree(os.path.join(ROOT, "src"), scratch)
                open(os.path.join(scratch, name), "w").write(mutated_text)
            built, caught, err = run_targeted(cc, scratch, work, f"m{n}")
            if not built:
                return False, f"FAIL mutant {n} ({what}): targeted build does not compile\n{err}"
            if not caught:
                return False, f"FAIL mutant {n} survived: {what}"
        return True, f"PASS mutant {n} ({what}) caught by {', '.join(caught[:3])}"

    passed = failed = 0
    # target-only code (the trampoline, the D-cache routine) is the bench's
    source_mutants = [] if "--data-only" in sys.argv else [m for m in mutants.load() if not m.bench_only]
    if only_text() is not None:
        source_mutants = [m for m in source_mutants
                          if only_text() in " ".join((m.file, m.find, m.replace, m.what))]
    with ThreadPoolExecutor(max_workers=2) as pool:
        for good, line in pool.map(one, source_mutants):
            print(line)
            passed += good
            failed += not good
    data_passed, data_failed = run_data_mutants(cc, work, jobs)
    passed += data_passed
    failed += data_failed
    print(f"mutation: {passed} passed, {failed} failed")
    return 1 if failed else 0


# ---- Trigger mutants ----------------------------------------------------------
# src/trigger.c is not part of the unit tests' library: its mutants are
# caught by its own tests (tests/trigger/test_trigger.c), built as
# tests/trigger/run.sh builds them, compares counted.

def trigger_mutant(cc, work, n, what, mutated_text):
    source = os.path.join(work, f"m{n}_trigger.c")
    exe = os.path.join(work, f"trigger_{n}")
    open(source, "w").write(mutated_text)
    build = subprocess.run([cc, "-std=c99", "-w", "-DSYSBOOT_MAGIC_COMPARE_HOOK=test_magic_compare",
                            "-I" + os.path.join(ROOT, "include"), "-o", exe,
                            os.path.join(ROOT, "tests", "trigger", "test_trigger.c"), source],
                           capture_output=True, text=True)
    if build.returncode != 0:
        return False, f"FAIL mutant {n} ({what}): does not compile\n{build.stderr[:400]}"
    run = subprocess.run([exe], capture_output=True, text=True, timeout=120)
    if run.returncode == 0:
        return False, f"FAIL mutant {n} survived: {what}"
    caught = [l[len("FAIL: "):] for l in run.stdout.splitlines() if l.startswith("FAIL: ")]
    return True, f"PASS mutant {n} ({what}) caught by test_trigger: {'; '.join(caught[:2])}"


# ---- Data mutants -----------------------------------------------------------
# Each line of data_mutants.txt changes one fact of data/stm32.def (a register
# address, a bit, a code, a DEV_ID, a ROM or SRAM address), as a typo or a
# value copied from a neighbouring line would: the unit suite must fail. A
# line names the row and the field rather than quoting text, so it survives
# edits of comments and layout; the old value must still be the row's value.
#
#   PROFILE <key> <field> @@ <old> @@ <new> @@ what
#   DEVICE <dev_id> <field> @@ ...      POWER_ON <profile> flags_mask @@ ...
#   IDCODE <cpuid_value>[#n] idcode_addr @@ ... (the n-th row with that value, 1st by default)
#   RDP_OPEN <profile> <field> @@ ...

DATA_FIELDS = {
    "PROFILE": ["key", "core", "remap_kind", "remap_reg", "remap_mask", "remap_value",
                "remap_clk_reg", "remap_clk_mask", "rst_reg", "rst_sw_mask", "rst_clear_mask",
                "rdp_reg", "rdp_mask", "rdp_level2", "tz_reg", "tz_mask", "tz_on",
                "dualboot_reg", "dualboot_mask", "dualboot_on", "empty_reg", "empty_mask",
                "source"],
    "DEVICE": ["dev_id", "series", "profile", "name", "sysmem_base", "sysmem_size",
               "bootloader", "sram_base", "sram_size", "flags", "interfaces", "source"],
    "POWER_ON": ["profile", "flags_mask", "source"],
    "IDCODE": ["cpuid_mask", "cpuid_value", "idcode_addr", "source"],
    "RDP_OPEN": ["profile", "rdp_reg", "rdp_mask", "rdp_level0", "source"],
}
# the argument that names a row of each kind
DATA_KEY = {"PROFILE": 0, "DEVICE": 0, "POWER_ON": 0, "IDCODE": 1, "RDP_OPEN": 0}


def data_mutants():
    path = os.path.join(HERE, "data_mutants.txt")
    with open(path) as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = [p.strip() for p in line.split(" @@ ")]
            if len(parts) != 4 or len(parts[0].split()) != 3:
                raise SystemExit("bad data mutant line: " + line)
            kind, key, field = parts[0].split()
            if kind not in DATA_FIELDS or field not in DATA_FIELDS[kind]:
                raise SystemExit("bad data mutant line: " + line)
            if only_text() is not None and only_text() not in line:
                continue
            yield kind, key, field, parts[1], parts[2], parts[3]


def macro_args(text, start):
    """Spans (begin, end) of the top-level arguments of the macro call whose
    '(' is at text[start], skipping strings and comments."""
    spans, depth, i, arg = [], 0, start, start + 1
    while i < len(text):
        c = text[i]
        if c == '"':
            i = text.index('"', i + 1)
        elif text.startswith("/*", i):
            i = text.index("*/", i) + 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                spans.append((arg, i))
                return spans
        elif c == "," and depth == 1:
            spans.append((arg, i))
            arg = i + 1
        i += 1
    raise ValueError("unterminated macro call")


def bare(text, span):
    """The argument's own text (comments and spaces around it dropped) and its span."""
    a, b = span
    chunk = text[a:b]
    while True:
        stripped = chunk.strip()
        if stripped.startswith("/*"):
            a += chunk.index("*/") + 2
        elif stripped.endswith("*/"):
            b = a + chunk.rindex("/*")
        else:
            break
        chunk = text[a:b]
    lead = len(chunk) - len(chunk.lstrip())
    return chunk.strip(), (a + lead, a + lead + len(chunk.strip()))


def apply_data_mutant(text, kind, key, field, old, new):
    """text with the one fact changed, or an error message."""
    want = DATA_FIELDS[kind].index(field)
    key, _, nth = key.partition("#")
    hits = []
    for m in re.finditer(r"^SYSBOOT_%s\(" % kind, text, re.M):
        spans = macro_args(text, m.end() - 1)
        if len(spans) != len(DATA_FIELDS[kind]):
            continue
        if bare(text, spans[DATA_KEY[kind]])[0].lower() == key.lower():
            hits.append(spans)
    nth = int(nth or 1)
    if len(hits) < nth:
        return None, f"no {kind} row {key}#{nth}"
    value, (a, b) = bare(text, hits[nth - 1][want])
    if value.lower() != old.lower():
        return None, f"{kind} {key} {field} is {value}, not {old}"
    return text[:a] + new + text[b:], None


def data_dependent(cc, sources, include_dirs):
    """The sources whose build reads data/stm32.def."""
    out = []
    for src in sources:
        deps = subprocess.run([cc, *CFLAGS, *("-I" + d for d in include_dirs), "-MM", src],
                              capture_output=True, text=True).stdout
        if "stm32.def" in deps:
            out.append(src)
    return out


def run_data_mutants(cc, work, jobs):
    """Build the unit tests against a scratch copy of the tree with one fact
    of data/stm32.def changed; the suite must fail. Only the sources that
    read the data are rebuilt; the rest link from the baseline objects."""
    base = os.path.join(work, "data_tree")
    for sub in ("src", "include", "data", os.path.join("tests", "unit")):
        shutil.copytree(os.path.join(ROOT, sub), os.path.join(base, sub))
    rebuilt = data_dependent(cc, [s for s, _ in jobs],
                             [os.path.join(ROOT, "include"), os.path.join(ROOT, "src")])
    kept = [o for s, o in jobs if s not in rebuilt]
    text = open(os.path.join(ROOT, "data", "stm32.def")).read()
    env = dict(os.environ, SYSBOOT_UNIT_FAIL_FAST="1")

    def one(numbered):
        n, (kind, key, field, old, new, what) = numbered
        label = f"data mutant {n} ({kind} {key} {field} {old} -> {new}: {what})"
        mutated, err = apply_data_mutant(text, kind, key, field, old, new)
        if err:
            return False, f"FAIL {label}: {err}"
        tree = os.path.join(work, f"d{n}")
        for sub in ("src", "include", os.path.join("tests", "unit")):
            shutil.copytree(os.path.join(base, sub), os.path.join(tree, sub))
        os.makedirs(os.path.join(tree, "data"))
        open(os.path.join(tree, "data", "stm32.def"), "w").write(mutated)
        includes = [os.path.join(tree, "include"), os.path.join(tree, "src")]
        objects = list(kept)
        for src in rebuilt:
            rel = os.path.relpath(src, ROOT)
            obj = os.path.join(tree, rel.replace(os.sep, "_")[:-2] + ".o")
            args = [cc, *CFLAGS, "-O0", *("-I" + d for d in includes), "-c",
                    os.path.join(tree, rel), "-o", obj]
            result = subprocess.run(args, capture_output=True, text=True)
            if result.returncode != 0:
                return False, f"FAIL {label}: does not compile\n{result.stderr[:400]}"
            objects.append(obj)
        exe = os.path.join(tree, "unit")
        link = subprocess.run([cc, *objects, "-o", exe], capture_output=True, text=True)
        if link.returncode != 0:
            return False, f"FAIL {label}: does not link\n{link.stderr[:400]}"
        run = subprocess.run([exe], capture_output=True, text=True, timeout=120, env=env)
        shutil.rmtree(tree, ignore_errors=True)
        if run.returncode == 0:
            return False, f"FAIL {label} survived"
        caught = [l.split()[1] for l in run.stdout.splitlines() if l.startswith("FAIL ")]
        how = ", ".join(caught[:3]) if caught else f"a crash (exit {run.returncode})"
        return True, f"PASS {label} caught by {how}"

    passed = failed = 0
    with ThreadPoolExecutor(max_workers=2) as pool:
        for good, line in pool.map(one, enumerate(data_mutants(), 1)):
            print(line)
            passed += good
            failed += not good
    print(f"data mutation: {passed} passed, {failed} failed")
    return passed, failed


if __name__ == "__main__":
    sys.exit(main())

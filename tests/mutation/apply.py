#!/usr/bin/env python3
"""Writes a copy of src/ with one mutant of mutants.txt applied: the
emulated bench's deliberately broken builds (bench/Makefile).

  apply.py --list          the bench names, one per line
  apply.py NAME DEST       DEST/ gets src/ with the mutant "bench NAME"
"""
import os
import shutil
import sys

import mutants


def main(argv):
    found = [m for m in mutants.load() if m.bench]
    if argv[1:] == ["--list"]:
        print("\n".join(m.bench for m in found))
        return 0
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    name, dest = argv[1], argv[2]
    chosen = [m for m in found if m.bench == name]
    if len(chosen) != 1:
        print(f"apply.py: {len(chosen)} mutants named {name}", file=sys.stderr)
        return 1
    m = chosen[0]
    src = os.path.join(mutants.ROOT, "src")
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(src, dest)
    path = os.path.join(dest, m.file)
    with open(path) as f:
        text = f.read()
    try:
        text = m.apply(text)
    except ValueError as e:
        print("apply.py: " + str(e), file=sys.stderr)
        return 1
    with open(path, "w") as f:
        f.write(text)
    # src/data_rows.h includes "../data/stm32.def": give the copy its data/
    data = os.path.join(os.path.dirname(os.path.abspath(dest)), "data")
    if not os.path.exists(data):
        os.symlink(os.path.join(mutants.ROOT, "data"), data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

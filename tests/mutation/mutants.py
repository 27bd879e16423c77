"""The mutant list (mutants.txt), shared by the unit-test mutation check
(run.py) and the bench's broken builds (apply.py).

A line: file @@ text to find (exactly once) @@ replacement @@ what it breaks
[@@ bench NAME [only]]. "<NL>" in the text or the replacement stands for a
line break. A mutant with "bench NAME" is also a deliberately broken build
of the emulated bench (bench/Makefile); "only" marks one the host unit
tests cannot see (target-only code such as the trampoline), which run.py
leaves to the bench.

Besides the listed ones, every step line of src/clock.c's tables is a
mutant that drops it (clock_step_mutants), found at run time so that the
list follows the tables.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))


class Mutant:
    def __init__(self, number, name, find, replace, what, bench=None, bench_only=False, line=None):
        self.number, self.file, self.find, self.replace = number, name, find, replace
        self.what, self.bench, self.bench_only, self.line = what, bench, bench_only, line

    def apply(self, text):
        """The mutated text; ValueError unless the find text is there once
        (in the whole file, or on its line when the mutant names one)."""
        if self.line is None:
            if text.count(self.find) != 1:
                raise ValueError(f"mutant {self.number} ({self.what}): text not found exactly once in src/{self.file}")
            return text.replace(self.find, self.replace)
        lines = text.split("\n")
        if lines[self.line - 1].count(self.find) != 1:
            raise ValueError(f"mutant {self.number} ({self.what}): text not found on line {self.line} of src/{self.file}")
        lines[self.line - 1] = lines[self.line - 1].replace(self.find, self.replace)
        return "\n".join(lines)


# A step of src/clock.c: a step macro (SET, CLEAR, LOAD, FIELD, RAISE,
# WAIT_*, and their _XM/_USB forms) with its trailing comment, alone on its
# line (a backslash after it inside a multi-line table macro).
STEP_LINE = re.compile(r"^\s*((?:WAIT_)?(?:SET|CLEAR|LOAD|FIELD|RAISE)(?:_XM|_USB)?"
                       r"\((?:RCC|FLASH|ICACHE|PWR),(?:[^()]|\([^()]*\))*\),\s*/\* (.*?) \*/)\s*\\?$")


def clock_step_mutants(first_number):
    """One "clock step dropped" mutant per step line of src/clock.c."""
    with open(os.path.join(ROOT, "src", "clock.c")) as f:
        lines = f.read().split("\n")
    found = []
    for line_number, line in enumerate(lines, 1):
        m = STEP_LINE.match(line)
        if m:
            found.append(Mutant(first_number + len(found), "clock.c", m.group(1), "",
                                "clock step dropped: " + m.group(2), line=line_number))
    if not found:
        raise SystemExit("no clock step found in src/clock.c: has the step format changed?")
    return found


def load(path=os.path.join(HERE, "mutants.txt")):
    found, number = [], 0
    with open(path) as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = [p.strip() for p in line.split(" @@ ")]
            if len(parts) not in (4, 5):
                raise SystemExit("bad mutant line: " + line)
            bench, only = None, False
            if len(parts) == 5:
                words = parts[4].split()
                if len(words) not in (2, 3) or words[0] != "bench" or (len(words) == 3 and words[2] != "only"):
                    raise SystemExit("bad bench field (bench NAME [only]): " + line)
                bench, only = words[1], len(words) == 3
            number += 1
            find, replace = (p.replace("<NL>", "\n") for p in parts[1:3])
            found.append(Mutant(number, parts[0], find, replace, parts[3], bench, only))
    return found + clock_step_mutants(number + 1)

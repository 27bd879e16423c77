"""The mutant list (mutants.txt), shared by the unit-test mutation check
(run.py) and the bench's broken builds (apply.py).

A line: file @@ text to find (exactly once) @@ replacement @@ what it breaks
[@@ bench NAME [only]]. "<NL>" in the text or the replacement stands for a
line break. A mutant with "bench NAME" is also a deliberately broken build
of the emulated bench (bench/Makefile); "only" marks one the host unit
tests cannot see (target-only code such as the trampoline), which run.py
leaves to the bench.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))


class Mutant:
    def __init__(self, number, name, find, replace, what, bench, bench_only):
        self.number, self.file, self.find, self.replace = number, name, find, replace
        self.what, self.bench, self.bench_only = what, bench, bench_only

    def apply(self, text):
        """The mutated text; ValueError unless the find text is there once."""
        if text.count(self.find) != 1:
            raise ValueError(f"mutant {self.number} ({self.what}): text not found exactly once in src/{self.file}")
        return text.replace(self.find, self.replace)


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
    return found

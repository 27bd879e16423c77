#!/usr/bin/env python3
"""Every link and path the project's Markdown mentions points inside the repo.

For each Markdown file outside build directories: every relative link
[text](target) must name an existing file or folder, and its #anchor a
heading of the target; every `code span` that looks like a repository path
(it starts with a top-level folder or names a top-level file) must exist,
read from the repository root or from the file's folder. No file of the
repository may point at the team's private research beside a checkout, or
name a "failure mode X1" code (docs/failure-modes.md names its sections in
words). Prints one line per check that failed, then "N passed, N failed".
"""
import os
import re
import sys

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", ".."))
TOP_DIRS = {"bench", "benchmarks", "cmake", "data", "docs", "examples", "host", "include", "ld", "mk",
            "scripts", "src", "tests", "tools", "zephyr"}
TOP_FILES = {"README.md", "LICENSE", "Makefile", "CMakeLists.txt", "library.json"}
OUTSIDE = re.compile(r"(\.\./shared\b|\bshared/research\b|\bresearch/(failure-modes|prior-art|emulation)\.md)")
LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)")
SPAN = re.compile(r"`([^`\n]+)`")

passed = 0
failed = 0


def result(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL " + what)


def markdown_files():
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = [d for d in dirs if d not in (".git", "build", "node_modules") and not d.startswith(".")]
        for name in files:
            if name.endswith(".md"):
                yield os.path.join(folder, name)


def slug(heading):
    """GitHub's anchor for a heading: lower case, punctuation dropped, blanks to '-'."""
    text = re.sub(r"`([^`]*)`", r"\1", heading.strip().lower())
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def anchors(path):
    found = set()
    inside_code = False
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("```"):
                inside_code = not inside_code
            elif not inside_code and line.startswith("#"):
                found.add(slug(line.lstrip("#")))
    return found


def looks_like_repo_path(text):
    if any(c in text for c in "*<>{}$ ") or text.startswith(("-", "/", "http")):
        return False
    head = text.split("/", 1)[0]
    if "/" in text:
        return head in TOP_DIRS and "/build/" not in text + "/" and not text.startswith(("host/build", "bench/build"))
    return text in TOP_FILES


def strip_code_blocks(text):
    return re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)


for doc in sorted(markdown_files()):
    rel = os.path.relpath(doc, ROOT)
    here = os.path.dirname(doc)
    with open(doc, encoding="utf-8") as f:
        text = f.read()
    for number, line in enumerate(text.splitlines(), 1):
        if OUTSIDE.search(line):
            result(False, f"{rel}:{number}: points outside the repository: {OUTSIDE.search(line).group(0)}")
    if os.path.basename(doc) == "README.md":
        # A README speaks to users: no "issue #7", no one-call promises.
        words = [f"{number}: {found.group(0)}" for number, line in enumerate(text.splitlines(), 1)
                 for found in [re.search(r"\bissues? #\d+|\bwith one call\b", line, re.I)] if found]
        result(not words, f"{rel}: process words in a README: {'; '.join(words)}")
    prose = strip_code_blocks(text)
    for target in LINK.findall(prose):
        if re.match(r"^[a-z]+:", target):
            continue
        path, _, anchor = target.partition("#")
        full = os.path.normpath(os.path.join(here, path)) if path else doc
        exists = os.path.exists(full) and full.startswith(ROOT)
        result(exists, f"{rel}: link to a missing path: {target}")
        if exists and anchor and full.endswith(".md"):
            result(anchor in anchors(full), f"{rel}: link to a missing heading: {target}")
    for match in SPAN.finditer(prose):
        span = match.group(1)
        before = prose[max(0, match.start() - 80):match.start()]
        owner_repo = re.search(r"([\w.-]+)/[\w.-]+\s$", before)
        if owner_repo and owner_repo.group(1) not in TOP_DIRS:
            continue  # a path in another repository: "openocd-org/openocd `src/...`"
        candidate = span.rstrip(".,;:")
        candidate = re.sub(r":\d+$", "", candidate)
        if not looks_like_repo_path(candidate):
            continue
        exists = any(os.path.exists(os.path.join(base, candidate)) for base in (ROOT, here))
        result(exists, f"{rel}: mentions a missing path: `{span}`")

# Codes such as "failure mode D3" name sections of a document the repository
# does not have: docs/failure-modes.md names its sections in words.
CODE = re.compile(r"failure modes? [A-N][1-9]")
SOURCE_EXTENSIONS = (".c", ".h", ".ld", ".s", ".S", ".sh", ".py", ".mk", ".cmake", ".in", ".txt",
                     ".def", ".json", ".md", ".tsv", ".awk", ".yml", ".patch")
for folder, dirs, files in os.walk(ROOT):
    dirs[:] = [d for d in dirs if d not in (".git", "build", "node_modules") and not d.startswith(".")]
    for name in files:
        path = os.path.join(folder, name)
        if not name.endswith(SOURCE_EXTENSIONS) and name != "Makefile" or os.path.samefile(path, __file__):
            continue
        rel = os.path.relpath(path, ROOT)
        with open(path, encoding="utf-8", errors="replace") as f:
            for number, line in enumerate(f, 1):
                for pattern, what in ((CODE, "a failure-mode code defined nowhere in the repository"),
                                      (OUTSIDE, "points outside the repository")):
                    found = pattern.search(line)
                    if found and not (pattern is OUTSIDE and name.endswith(".md")):
                        result(False, f"{rel}:{number}: {what}: {found.group(0)}")

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)

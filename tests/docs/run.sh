#!/bin/sh
# Every link and repository path the Markdown mentions exists; nothing points
# at research outside the repository or at failure-mode codes defined nowhere.
# Prints "N passed, N failed" last; exits non-zero on any failure.
root=$(cd "$(dirname "$0")/../.." && pwd)
exec python3 "$root/tests/docs/check_links.py" "$root"

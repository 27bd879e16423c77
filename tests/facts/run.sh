#!/bin/sh
# The facts check (tests/facts/run.py): tools/facts_check.py on made-up
# inputs, then docs/facts-check.md fresh for today's data/stm32.def and
# src/clock.c and without mismatch. Ends with "N passed, N failed".
exec python3 "$(dirname "$0")/run.py"

#!/usr/bin/env python3
"""The facts check: tools/facts_check.py on a made-up header and SVD (a right
fact is confirmed, a wrong address, bit or reset value is a mismatch), then
docs/facts-check.md: written for today's data/stm32.def and src/clock.c, and
with no mismatch left. Ends with "N passed, N failed"."""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TOOL = os.path.join(ROOT, "tools", "facts_check.py")
FIXTURE = os.path.join(HERE, "fixture")
sys.path.insert(0, os.path.join(ROOT, "tools"))
import facts_check  # noqa: E402

passed = failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print("ok   " + name)
    else:
        failed += 1
        print("FAIL " + name + (": " + detail if detail else ""))


def fixture(name):
    with open(os.path.join(FIXTURE, name)) as f:
        return f.read()


def run(tmp, data, clock, tag):
    """The tool on the made-up inputs; (report text, its lines, paths)."""
    d, c, r = (os.path.join(tmp, tag + x) for x in (".def", ".c", ".md"))
    for path, text in ((d, data), (c, clock)):
        with open(path, "w") as f:
            f.write(text)
    p = subprocess.run([sys.executable, TOOL, "--inputs", os.path.join(FIXTURE, "inputs"),
                        "--write", r, "--data", d, "--clock", c], capture_output=True, text=True)
    if p.returncode != 0:
        return "", [], (d, c, r, p.stderr)
    with open(r) as f:
        text = f.read()
    return text, text.splitlines(), (d, c, r, "")


def line(lines, start):
    hits = [l for l in lines if l.startswith("- " + start)]
    return hits[0] if hits else ""


DEF, CLOCK = fixture("stm32.def"), fixture("clock.c")


def swapped(text, old, new):
    assert old in text, old
    return text.replace(old, new)


def unit_tests(tmp):
    text, lines, (d, c, r, err) = run(tmp, DEF, CLOCK, "right")
    check("the tool runs on the made-up inputs", bool(text), err)
    rst = line(lines, "PROFILE ZZ reset cause register/software-reset flag")
    check("a right reset-cause register and flag are confirmed",
          ": confirmed by stm32zz01xx.h RCC_TypeDef.CSR @0x14" in rst and "RCC_CSR_SFTRSTF_Msk" in rst, rst)
    check("RMVF is confirmed", "RCC_CSR_RMVF_Msk" in line(lines, "PROFILE ZZ reset cause clear flag"))
    check("a 16-bit register's field is confirmed",
          "FLASH_TypeDef.OPTR @0x4" in line(lines, "PROFILE ZZ RDP field ="), line(lines, "PROFILE ZZ RDP field ="))
    check("the RDP code, no header fact, points at the row's document",
          "not in headers: confirmed by RM9999" in line(lines, "PROFILE ZZ RDP field value"))
    check("the IDCODE site is confirmed", ": confirmed by stm32zz01xx.h DBGMCU_TypeDef.IDCODE"
          in line(lines, "IDCODE CPUID&0x0000FFF0==0x0000C240 address"))
    check("a named line's IDCODE site is confirmed", ": confirmed by stm32zz01xx.h DBGMCU_TypeDef.IDCODE"
          in line(lines, "DBGMCU ZZ IDCODE address"), line(lines, "DBGMCU ZZ IDCODE address"))
    check("a flash row's base and last byte are confirmed", "confirmed by stm32zz01xx.h FLASH_BASE, FLASH_END"
          in line(lines, "FLASH 0x999 base, last byte"), line(lines, "FLASH 0x999 base, last byte"))
    check("a device macro the family header tests is confirmed", ": confirmed by stm32zzxx.h"
          in line(lines, "CMSIS STM32ZZ01xx"), line(lines, "CMSIS STM32ZZ01xx"))
    check("the power-on flag is confirmed", "PORRSTF" in line(lines, "POWER_ON ZZ flags"))
    check("the RCC base is confirmed", ": confirmed by stm32zz01xx.h RCC (RCC_TypeDef *)"
          in line(lines, "RCC ZZ (ZZ) RCC base"))
    load = line(lines, "ZZ layout_zz_tree[3] LOAD(RCC, 0x04")
    check("a LOAD of the reset value is confirmed by the SVD",
          ": confirmed by" in load and "reset 0x00000000 (STM32ZZ01.svd" in load, load)
    check("a step on an unknown block is not checked, not a crash",
          "not checked: unknown block PWR" in line(lines, "ZZ layout_zz_tree[4] SET(PWR"))
    check("an enables step that keeps the enable on at reset is confirmed",
          ": confirmed by" in line(lines, "ZZ layout_zz_enables[0] CLEAR(RCC, 0x10"))
    check("no mismatch on right facts", "MISMATCH" not in text, "\n".join(l for l in lines if "MISMATCH" in l))
    check("a row kind the tool does not know is skipped", "1 rows of kinds this tool does not know" in text)
    check("the report records the hash of the data it checked",
          facts_check.sha256_file(d) in text and facts_check.sha256_file(c) in text)

    # verify: fresh and clean, then stale, then holding a mismatch
    check("--verify passes a fresh report without mismatch",
          facts_check.verify(r, d, c) == [], str(facts_check.verify(r, d, c)))
    with open(d, "a") as f:
        f.write("/* edited after the report */\n")
    stale = facts_check.verify(r, d, c)
    check("--verify fails once the data changed", any("changed after" in p for p in stale), str(stale))

    # the reviewed SVD disagreements explain only their own file, register,
    # bits and values (C031: RCC_CR 0x00000500 in its SVD, HSIDIV /4 and
    # HSIKERDIV /3 written)
    explain = facts_check.svd_disagreement
    check("a listed SVD disagreement explains the step's value",
          explain("STM32C031.svd RCC.RCC_CR", 0x500, 0x38FC, 0x1040) is not None)
    check("a listed disagreement does not explain another value (HSIDIV /8)",
          explain("STM32C031.svd RCC.RCC_CR", 0x500, 0x38FC, 0x1840) is None)
    check("a listed disagreement does not explain a bit outside its fields (SYSDIV)",
          explain("STM32C031.svd RCC.RCC_CR", 0x500, 0x38FC, 0x1044) is None)
    check("a listed disagreement does not explain another SVD (C071's agrees with RM0490)",
          explain("STM32C071.svd RCC.RCC_CR", 0x500, 0x38FC, 0x1040) is None)
    check("a listed disagreement does not explain another register",
          explain("STM32C031.svd RCC.RCC_CFGR", 0x500, 0x38FC, 0x1040) is None)

    cases = [
        ("a wrong reset-cause address (CSR @0x14 -> @0x10)", DEF.replace("0x40021014", "0x40021010"), CLOCK,
         "PROFILE ZZ reset cause register/software-reset flag", "RCC.AHBENR"),
        ("a wrong software-reset bit (28 -> 29)", swapped(DEF, "0x40021014, 0x10000000", "0x40021014, 0x20000000"),
         CLOCK, "PROFILE ZZ reset cause register/software-reset flag", "expected SFTRSTF"),
        ("a wrong RCC base", swapped(DEF, "SYSBOOT_RCC(ZZ, ZZ, 0x40021000", "SYSBOOT_RCC(ZZ, ZZ, 0x40021400"),
         CLOCK, "RCC ZZ (ZZ) RCC base", "no RCC_TypeDef at 0x40021400"),
        ("a wrong IDCODE site of a named line", swapped(DEF, "SYSBOOT_DBGMCU(ZZ, 0xE0042000", "SYSBOOT_DBGMCU(ZZ, 0xE0044000"),
         CLOCK, "DBGMCU ZZ IDCODE address", "0xE0044000"),
        ("a flash row one size too big", swapped(DEF, "0x08000000, 0x00040000, \"128", "0x08000000, 0x00080000, \"128"),
         CLOCK, "FLASH 0x999 base, last byte", "FLASH_END 0x0803FFFF"),
        ("a misspelt device macro", swapped(DEF, "SYSBOOT_CMSIS(STM32ZZ01xx", "SYSBOOT_CMSIS(STM32ZZ01XX"),
         CLOCK, "CMSIS STM32ZZ01XX", "no header of the inputs tests defined(STM32ZZ01XX)"),
        ("a wrong reset value", DEF, swapped(CLOCK, "LOAD(RCC, 0x04, 0x00000000u)", "LOAD(RCC, 0x04, 0x00000010u)"),
         "ZZ layout_zz_tree[3] LOAD(RCC, 0x04", "STM32ZZ01.svd RCC.CFGR reset 0x00000000"),
        ("a clock bit the comment does not name", DEF,
         swapped(CLOCK, "SET(RCC, 0x00, 0x00000001u)", "SET(RCC, 0x00, 0x01000001u)"),
         "ZZ layout_zz_tree[0] SET(RCC, 0x00", "PLLON (0x01000000) in stm32zz01xx.h is not named"),
        ("a clock step on a reserved offset", DEF,
         swapped(CLOCK, "WAIT_SET(RCC, 0x00, 0x00000002u)", "WAIT_SET(RCC, 0x08, 0x00000002u)"),
         "ZZ layout_zz_tree[1] WAIT_SET(RCC, 0x08", "reserved in RCC_TypeDef in every header"),
        ("an enable that is on at reset cleared", DEF,
         swapped(CLOCK, "CLEAR(RCC, 0x10, ~0x00000004u), /* ZZ: AHBENR but SRAMEN */",
                 "CLEAR(RCC, 0x10, ~0x00000000u), /* ZZ: AHBENR */"),
         "ZZ layout_zz_enables[0] CLEAR(RCC, 0x10", "clears enables that are 1 at reset"),
    ]
    for i, (name, data, clock, start, why) in enumerate(cases):
        text, lines, (d, c, r, err) = run(tmp, data, clock, "case%d" % i)
        got = line(lines, start)
        check(name + " is a mismatch", ": MISMATCH: " in got and why in got, got or err)
        if i == 0:
            bad = facts_check.verify(r, d, c)
            check("--verify fails on a report holding a mismatch", any("mismatch" in p for p in bad), str(bad))


def report_tests():
    report = os.path.join(ROOT, "docs", "facts-check.md")
    problems = facts_check.verify(report, os.path.join(ROOT, "data", "stm32.def"),
                                  os.path.join(ROOT, "src", "clock.c"))
    stale = [p for p in problems if "mismatch" not in p]
    check("docs/facts-check.md was written for today's data/stm32.def and src/clock.c "
          "(re-run tools/facts_check.py, see tools/README.md)", not stale, "; ".join(stale))
    bad = [p.split("holds a mismatch: ", 1)[-1] for p in problems if "mismatch" in p]
    check("docs/facts-check.md holds no mismatch", not bad,
          "%d lines, the first: %s" % (len(bad), bad[0][:160]) if bad else "")
    for b in bad:
        print("    " + b[:300])


def main():
    if shutil.which(os.environ.get("CPP", "cpp")) is None:
        check("cpp is installed", False)
    else:
        tmp = tempfile.mkdtemp(prefix="facts-check-")
        try:
            unit_tests(tmp)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    report_tests()
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/bin/sh
# Builds every example and every way into the library, and checks what the
# builds must guarantee: sysboot_early() is called before .data/.bss and
# SystemInit, the record is NOLOAD, 32-byte aligned, outside .data/.bss and
# below the stack; the console, RTOS and USB examples behave as described
# when run on QEMU's STM32F405 machine (netduinoplus2). Needs Debian's
# gcc-arm-none-eabi, binutils-arm-none-eabi, qemu-system-arm, cmake, git,
# patch, python3, python3-kconfiglib, yamllint.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/build/examples"
rm -rf "$out"
mkdir -p "$out"
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "PASS $*"; }
ko() { failed=$((failed + 1)); echo "FAIL $*"; }
have() { command -v "$1" >/dev/null 2>&1; }

# ---- ELF checks ---------------------------------------------------------

# Address of a symbol, or empty.
sym() { arm-none-eabi-nm "$1" | awk -v s="$2" '$3 == s { print $1 }'; }
# Section VMA and size: "vma size", or empty.
section() { arm-none-eabi-objdump -h "$1" | awk -v s="$2" '$2 == s { print $4, $3 }'; }

# The request record: its own NOLOAD section, 32-byte aligned, not inside
# .data/.bss, and the initial stack pointer (vector 0) not above it.
check_record() {
    elf=$1; what=$2
    rec=$(sym "$elf" sysboot_record)
    flags=$(arm-none-eabi-objdump -h "$elf" | grep -A1 ' .sysboot_noinit ' | tail -1)
    set -- $(section "$elf" .sysboot_noinit)
    if [ -z "$rec" ] || [ $# -ne 2 ]; then ko "$what: no .sysboot_noinit section"; return; fi
    nvma=$((0x$1)); nsize=$((0x$2)); r=$((0x$rec))
    good=1; why=""
    echo "$flags" | grep -q LOAD && { good=0; why="$why loaded;"; }
    [ $((r % 32)) -eq 0 ] || { good=0; why="$why not 32-byte aligned;"; }
    [ "$nsize" -ge 32 ] || { good=0; why="$why smaller than 32 bytes;"; }
    for s in .data .bss; do
        set -- $(section "$elf" $s)
        if [ $# -eq 2 ]; then
            lo=$((0x$1)); hi=$((0x$1 + 0x$2))
            if [ $r -ge $lo ] && [ $r -lt $hi ]; then good=0; why="$why inside $s;"; fi
        fi
    done
    # The initial MSP is the first word of the image's first loaded section.
    sp=$(arm-none-eabi-objdump -s -j .isr_vector "$elf" | awk 'NR==5 { print $2 }')
    sp=$(echo "$sp" | sed -E 's/(..)(..)(..)(..)/\4\3\2\1/')
    if [ -n "$sp" ] && [ $((0x$sp)) -gt $r ]; then good=0; why="$why stack starts above it;"; fi
    if [ $good = 1 ]; then ok "$what: record NOLOAD at 0x$rec, aligned, outside .data/.bss, stack below"
    else ko "$what: record:$why"; fi
}

# In Reset_Handler, the first call is sysboot_early, and it comes before
# SystemInit / the first store to RAM-initialisation loops.
check_reset_handler() {
    elf=$1; what=$2
    calls=$(arm-none-eabi-objdump -d "$elf" | sed -n '/<Reset_Handler>:/,/^$/p' |
            grep -oE '\bbl\s+[0-9a-f]+ <[A-Za-z_0-9]+>' | sed -E 's/.*<(.*)>/\1/' | tr '\n' ' ')
    first=$(echo "$calls" | awk '{ print $1 }')
    # No store may precede the call (the .data copy and .bss loops store).
    before=$(arm-none-eabi-objdump -d "$elf" | sed -n '/<Reset_Handler>:/,/<sysboot_early>/p' |
             grep -cE '\s(str|stm|stmia)\s')
    if [ "$first" = sysboot_early ] && [ "$before" -eq 0 ]; then
        ok "$what: Reset_Handler calls sysboot_early first ($calls)"
    else
        ko "$what: Reset_Handler calls: $calls (stores before: $before)"
    fi
}

# sysboot_early runs before SystemInit grants FPU access: with the FPU off, a
# single floating-point instruction in the library would fault (NOCP).
check_no_fpu_use() {
    elf=$1; what=$2
    n=0
    for f in $(arm-none-eabi-nm "$elf" | awk '$2 ~ /[Tt]/ && $3 ~ /^sysboot_/ { print $3 }'); do
        # objdump -d: address, bytes, mnemonic, operands, tab separated
        c=$(arm-none-eabi-objdump -d --disassemble="$f" "$elf" | awk -F'\t' '$3 ~ /^v[a-z]/' | wc -l)
        n=$((n + c))
    done
    if [ $n -eq 0 ]; then ok "$what: no FPU instruction in sysboot code"; else ko "$what: $n FPU instructions in sysboot code"; fi
}

# The device tables a universal build links (src/devices.c); a build that
# sees the project's CMSIS device macro links neither.
tables_of() { arm-none-eabi-nm "$1" | awk '$3 ~ /^sysboot_(devices|profiles)$/ { print $3 }' | sort | paste -sd' ' -; }
# Flash bytes of the library's symbols (nm --size: code, literal pools, tables).
sysboot_bytes() {
    arm-none-eabi-nm -S "$1" | awk '
        function hex(s,  i, v) { v = 0; s = tolower(s)
            for (i = 1; i <= length(s); i++) v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
            return v }
        NF == 4 && $3 ~ /^[TtRrDdWw]$/ && $4 ~ /^sysboot_/ { n += hex($2) } END { print n + 0 }'
}
# check_targeted ELF UNIVERSAL-ELF WHAT: the first build is targeted (no
# device table, less than half the library bytes), the second universal.
check_targeted() {
    t=$(tables_of "$1"); u=$(tables_of "$2"); bt=$(sysboot_bytes "$1"); bu=$(sysboot_bytes "$2")
    if [ -z "$t" ] && [ -n "$u" ] && [ $((bt * 2)) -lt "$bu" ]; then
        ok "$3: targeted (sysboot $bt bytes, no device table); without the macro universal (sysboot $bu bytes: $u)"
    else
        ko "$3: with the macro: tables '$t', $bt bytes; without: tables '$u', $bu bytes"
    fi
}

# ---- QEMU runs (netduinoplus2 = STM32F405) ------------------------------

# qemu_console ELF SCRIPT: feeds the console (USART2) with SCRIPT's output
# after a second and prints what the firmware wrote.
qemu_console() {
    elf=$1; shift
    ( sleep 1; "$@"; sleep 1 ) | timeout 6 qemu-system-arm -M netduinoplus2 -nographic \
        -monitor none -serial null -serial stdio -kernel "$elf" 2>/dev/null | tr -d '\r'
}
send_magic() { printf 'sysboot:enter-bootloader\r\n'; }
send_near_misses() {
    printf 'sysboot:enter-bootloade\r\nsysboot:enter-bootloader!\r\nxsysboot:enter-bootloader\r\nS\r\n'
}
send_nothing() { :; }

expect_lines() {
    what=$1; got=$2; shift 2
    for want in "$@"; do
        if ! printf '%s\n' "$got" | grep -qxF -- "$want"; then
            ko "$what: missing line: $want"; printf '%s\n' "$got" | sed 's/^/    | /'; return
        fi
    done
    ok "$what"
}

# ---- 1. Bare metal, F405 and G071 ----------------------------------------
for board in f405 g071; do
    dir="$out/baremetal-$board"
    if make -s -C "$root/examples/baremetal" BOARD=$board OUT="$dir" >"$dir.log" 2>&1; then
        ok "baremetal $board builds (-Wall -Wextra -Werror -pedantic)"
        check_record "$dir/baremetal.elf" "baremetal $board"
        check_reset_handler "$dir/baremetal.elf" "baremetal $board"
    else
        ko "baremetal $board build"; tail -20 "$dir.log"
    fi
done
# The examples pass the device macro as a CMSIS project does (example.mk);
# SYSBOOT_UNIVERSAL=1 (mk/sysboot.mk) builds the same firmware universal.
for board in f405 g071; do
    uni="$out/baremetal-$board-universal"
    if make -s -C "$root/examples/baremetal" BOARD=$board OUT="$uni" SYSBOOT_UNIVERSAL=1 >"$uni.log" 2>&1; then
        check_targeted "$out/baremetal-$board/baremetal.elf" "$uni/baremetal.elf" "baremetal $board (make, the device macro in CFLAGS)"
    else
        ko "baremetal $board universal build"; tail -20 "$uni.log"
    fi
done

unknown="$out/baremetal-f405-unknown"
if have qemu-system-arm && make -s -C "$root/examples/baremetal" BOARD=f405 OUT="$unknown" \
        SYSBOOT_DEV_ID=0x028 >"$unknown.log" 2>&1; then
    banner='sysboot bare-metal example: send "sysboot:enter-bootloader"'
    got=$(qemu_console "$unknown/baremetal.elf" send_near_misses)
    if printf '%s\n' "$got" | grep -qxF "$banner" && ! printf '%s\n' "$got" | grep -q 'not entering'; then
        ok "qemu baremetal: near-miss lines do not trigger"
    else
        ko "qemu baremetal: near misses"; printf '%s\n' "$got" | sed 's/^/    | /'
    fi
    # DEV_ID 0x028 (STM32WB05) is a row with no software entry: the call must
    # get past the context and early-hook checks (so sysboot_early ran at
    # reset) and refuse cleanly, before reading the system memory QEMU lacks.
    got=$(qemu_console "$unknown/baremetal.elf" send_magic)
    expect_lines "qemu baremetal: the magic line reaches sysboot_enter() from thread mode" "$got" "$banner" \
        "sysboot: not entering the bootloader: this line's ROM has no documented entry from software"
else
    ko "qemu baremetal: qemu-system-arm missing or build failed"
fi

# ---- 2. FreeRTOS stand-in -------------------------------------------------
for board in f405 g071; do
    dir="$out/freertos-$board"
    if make -s -C "$root/examples/freertos" BOARD=$board OUT="$dir" >"$dir.log" 2>&1; then
        ok "freertos (stand-in) $board builds"
        check_record "$dir/freertos.elf" "freertos $board"
    else
        ko "freertos $board build"; tail -20 "$dir.log"
    fi
done
priv="$out/freertos-priv"; unpriv="$out/freertos-unpriv"
if have qemu-system-arm &&
   make -s -C "$root/examples/freertos" OUT="$priv" SYSBOOT_DEV_ID=0x028 >"$priv.log" 2>&1 &&
   make -s -C "$root/examples/freertos" OUT="$unpriv" SYSBOOT_DEV_ID=0x413 STANDIN_UNPRIVILEGED=1 >"$unpriv.log" 2>&1; then
    got=$(qemu_console "$priv/freertos.elf" send_magic)
    expect_lines "qemu freertos: privileged task on PSP passes the context check" "$got" \
        "sysboot FreeRTOS example: task running" \
        "sysboot_enter: this line's ROM has no documented entry from software"
    got=$(qemu_console "$unpriv/freertos.elf" send_magic)
    expect_lines "qemu freertos: unprivileged task gets SYSBOOT_ERR_CONTEXT from enter and jump_now" "$got" \
        "sysboot_enter: wrong context: call from privileged thread mode, not an ISR or unprivileged task" \
        "sysboot_jump_now: wrong context: call from privileged thread mode, not an ISR or unprivileged task"
else
    ko "qemu freertos: qemu-system-arm missing or build failed"
fi

# ---- 3. USB CDC 1200-baud touch --------------------------------------------
dir="$out/usb-cdc"
if make -s -C "$root/examples/usb-cdc" BOARD=f405 OUT="$dir" >"$dir.log" 2>&1; then
    ok "usb-cdc (stand-in stack) f405 builds"
    check_record "$dir/usb-cdc.elf" "usb-cdc"
else
    ko "usb-cdc build"; tail -20 "$dir.log"
fi
usbq="$out/usb-cdc-q"
if have qemu-system-arm && make -s -C "$root/examples/usb-cdc" OUT="$usbq" SYSBOOT_DEV_ID=0x028 >"$usbq.log" 2>&1; then
    got=$(qemu_console "$usbq/usb-cdc.elf" send_nothing)
    # The request must appear right after the 1200-baud close, not before.
    order=$(printf '%s\n' "$got" | grep -E '^(host: close|touch seen)' | tr '\n' '|')
    if [ "$order" = "host: close (DTR off) at 9600: no touch|host: close (DTR off) at 1200: the touch|touch seen: entering the bootloader|" ]; then
        ok "qemu usb-cdc: only the close at 1200 baud raises the request, served from the main loop"
    else
        ko "qemu usb-cdc: order: $order"; printf '%s\n' "$got" | sed 's/^/    | /'
    fi
else
    ko "qemu usb-cdc: qemu-system-arm missing or build failed"
fi

# ---- 4. CubeMX layout: the patch applies to the stand-ins, both build ------
cube="$out/cubemx"
cp -r "$root/examples/cubemx" "$cube"
rm -rf "$cube/build"
if (cd "$cube" && patch -R -p1 -s <sysboot.patch); then
    ok "cubemx: sysboot.patch matches the shipped files (reverse applies)"
    if make -s -C "$cube" SYSBOOT_ROOT="$root" >"$cube-before.log" 2>&1 &&
       [ -z "$(sym "$cube/build/cubemx-f405.elf" sysboot_early)" ]; then
        ok "cubemx: the unpatched stand-in project builds, without sysboot"
    else
        ko "cubemx: unpatched build"; tail -20 "$cube-before.log"
    fi
    rm -rf "$cube/build"
    if (cd "$cube" && patch -p1 -s <sysboot.patch) &&
       make -s -C "$cube" SYSBOOT_ROOT="$root" >"$cube-after.log" 2>&1; then
        ok "cubemx: the patched project builds (hard-float Cortex-M4)"
        elf="$cube/build/cubemx-f405.elf"
        check_record "$elf" "cubemx"
        check_reset_handler "$elf" "cubemx"
        check_no_fpu_use "$elf" "cubemx"
        # C_DEFS without the device macro: the same project, universal.
        if make -s -C "$cube" SYSBOOT_ROOT="$root" BUILD_DIR=build-universal C_DEFS=-DUSE_HAL_DRIVER \
                >"$cube-universal.log" 2>&1; then
            check_targeted "$elf" "$cube/build-universal/cubemx-f405.elf" "cubemx (C_DEFS -DSTM32F405xx, as generated)"
        else
            ko "cubemx: build without the device macro"; tail -20 "$cube-universal.log"
        fi
    else
        ko "cubemx: patched build"; tail -20 "$cube-after.log"
    fi
else
    ko "cubemx: sysboot.patch does not match the shipped files"
fi

# The integration page shows the same patch.
shown=$(sed -n '/^```diff$/,/^```$/p' "$root/docs/integration/cubemx-hal.md" | sed '1d;$d')
if [ "$shown" = "$(cat "$root/examples/cubemx/sysboot.patch")" ]; then
    ok "docs/integration/cubemx-hal.md shows examples/cubemx/sysboot.patch verbatim"
else
    ko "docs/integration/cubemx-hal.md and sysboot.patch differ"
fi

# ---- 5. Makefile fragment -------------------------------------------------
frag="$out/mk"
mkdir -p "$frag"
cat >"$frag/Makefile" <<MK
SYSBOOT_ONLY_SERIES = G0
SYSBOOT_DEV_ID = 0x460
SYSBOOT_WITH_NAMES = 1
include $root/mk/sysboot.mk
print:
	@echo "SRC=\$(words \$(SYSBOOT_SRC)) INC=\$(SYSBOOT_INC) DEFS=\$(SYSBOOT_DEFS) LD=\$(SYSBOOT_LDFLAGS)"
MK
got=$(make -s -C "$frag" print)
nsrc=$(ls "$root"/src/*.c | wc -l)
if [ "$got" = "SRC=$nsrc INC=-I$root/include DEFS=-DSYSBOOT_ONLY_SERIES=SYSBOOT_SERIES_G0 -DSYSBOOT_DEV_ID=0x460 -DSYSBOOT_WITH_NAMES=1 LD=-L$root/ld -Wl,--require-defined=__sysboot_noinit_start" ]; then
    ok "mk/sysboot.mk: SYSBOOT_SRC, SYSBOOT_INC, SYSBOOT_DEFS, SYSBOOT_LDFLAGS"
else
    ko "mk/sysboot.mk variables: $got"
fi
cat >"$frag/Makefile2" <<MK
SYSBOOT_UNIVERSAL = 1
SYSBOOT_NO_USB_DETACH = 1
include $root/mk/sysboot.mk
print:
	@echo "DEFS=\$(SYSBOOT_DEFS)"
MK
got=$(make -s -C "$frag" -f Makefile2 print)
if [ "$got" = "DEFS=-DSYSBOOT_UNIVERSAL -DSYSBOOT_NO_USB_DETACH" ]; then
    ok "mk/sysboot.mk: SYSBOOT_UNIVERSAL, SYSBOOT_NO_USB_DETACH"
else
    ko "mk/sysboot.mk universal/no-USB options: $got"
fi
# The examples build through it; one more with the options set.
dir="$out/baremetal-g071-options"
if make -s -C "$root/examples/baremetal" BOARD=g071 OUT="$dir" SYSBOOT_ONLY_SERIES=G0 \
        SYSBOOT_DEV_ID=0x460 SYSBOOT_WITH_NAMES=1 >"$dir.log" 2>&1; then
    ok "mk/sysboot.mk: a consumer Makefile builds with every option"
else
    ko "mk/sysboot.mk consumer build with options"; tail -20 "$dir.log"
fi

# ---- 6. CMake: add_subdirectory, FetchContent, installed package ------------
# FetchContent and the package run as docs/integration/cmake-make.md writes
# them, from fresh folders, with the toolchain file the docs name.
if have cmake; then
    tc="$root/cmake/arm-none-eabi.cmake"
    consumer="$root/tests/examples/cmake-consumer"
    # cmake_build NAME SOURCE-DIR CONFIGURE-ARGS...: configures into
    # $out/cmake-NAME, builds, and checks the firmware it links
    cmake_build() {
        name=$1; src=$2; shift 2
        b="$out/cmake-$name"
        if cmake -S "$src" -B "$b" -DCORTEX_M_CPU=cortex-m4 "$@" >"$b.log" 2>&1 &&
           cmake --build "$b" >>"$b.log" 2>&1; then
            ok "cmake $name: configures and cross-builds the firmware for cortex-m4"
            check_record "$b/console.elf" "cmake $name"
            check_reset_handler "$b/console.elf" "cmake $name"
        else
            ko "cmake $name"; tail -20 "$b.log"
        fi
    }
    cmake_build subdirectory "$consumer" -DCMAKE_TOOLCHAIN_FILE="$tc" \
        -DSYSBOOT_CONSUME=subdirectory -DSYSBOOT_SOURCE_DIR="$root"
    # The device macro reaches sysboot's sources through the firmware's own
    # targets (firmware.cmake: as STM32CubeMX's CMake project passes it);
    # without it the same firmware is universal.
    universal_elf="$out/cmake-universal/console.elf"
    cmake_build universal "$consumer" -DCMAKE_TOOLCHAIN_FILE="$tc" \
        -DSYSBOOT_CONSUME=subdirectory -DSYSBOOT_SOURCE_DIR="$root" -DDEVICE_MACRO=
    check_targeted "$out/cmake-subdirectory/console.elf" "$universal_elf" "cmake subdirectory (STM32F405xx on the firmware's target)"

    # A git repository holding this working tree, tagged as a release, as
    # FetchContent sees it; the documented CMakeLists with its URL pointed at
    # it and the firmware after add_subdirectory. No toolchain file is given:
    # the docs take it from the fetched tree.
    repo="$out/sysboot.git-src"
    mkdir -p "$repo"
    (cd "$root" && tar cf - --exclude=./build --exclude=./.git --exclude='*/build' .) | (cd "$repo" && tar xf -)
    version=$(sed -n 's/^#define SYSBOOT_VERSION "\(.*\)"$/\1/p' "$root/include/sysboot.h")
    documented=$(awk '/^```cmake$/ { block = ""; inside = 1; next }
                      /^```$/ { if (inside && block ~ /FetchContent_Declare\(sysboot/) { printf "%s", block; exit }
                                inside = 0; next }
                      inside { block = block $0 "\n" }' "$root/docs/integration/cmake-make.md")
    fresh="$out/fetchcontent-project"
    mkdir -p "$fresh"
    if ! printf '%s\n' "$documented" | grep -q "GIT_REPOSITORY https://github.com/sysboot/sysboot.git" ||
       ! printf '%s\n' "$documented" | grep -q "GIT_TAG *v$version\$"; then
        ko "cmake-make.md: FetchContent names https://github.com/sysboot/sysboot.git and tag v$version"
        printf '%s\n' "$documented" | sed 's/^/    | /'
    elif (cd "$repo" && git init -q -b main && git add -A &&
          git -c user.name=t -c user.email=t@t commit -q -m snapshot && git tag "v$version"); then
        { printf '%s\n' "$documented" | sed '/^add_executable/,$d' |
              sed "s|https://github.com/sysboot/sysboot.git|file://$repo|"
          printf 'set(SYSBOOT_SOURCE_DIR ${sysboot_SOURCE_DIR})\ninclude(%s/firmware.cmake)\n' "$consumer"
        } >"$fresh/CMakeLists.txt"
        cmake_build fetchcontent "$fresh" -DSYSBOOT_ONLY_SERIES=F4
        check_targeted "$out/cmake-fetchcontent/console.elf" "$universal_elf" "cmake fetchcontent"
    else
        ko "cmake fetchcontent: could not make the git snapshot"
    fi

    lib="$out/cmake-lib"; prefix="$out/prefix"
    if cmake -S "$root" -B "$lib" -DCMAKE_TOOLCHAIN_FILE="$tc" -DCORTEX_M_CPU=cortex-m4 \
            -DSYSBOOT_ONLY_SERIES=F4 -DCMAKE_INSTALL_PREFIX="$prefix" >"$lib.log" 2>&1 &&
       cmake --build "$lib" >>"$lib.log" 2>&1 && cmake --install "$lib" >>"$lib.log" 2>&1 &&
       [ -f "$prefix/lib/cmake/sysboot/sysbootConfig.cmake" ] &&
       [ -f "$prefix/lib/cmake/sysboot/sysbootTargets.cmake" ] &&
       [ -f "$prefix/share/sysboot/ld/sysboot.ld" ] && [ -f "$prefix/include/sysboot.h" ] &&
       [ -f "$prefix/share/sysboot/src/early.c" ] && [ -f "$prefix/share/sysboot/data/stm32.def" ] &&
       [ -f "$prefix/share/sysboot/cmake/arm-none-eabi.cmake" ] &&
       grep -q "<prefix>/share/sysboot/cmake/arm-none-eabi.cmake" "$root/docs/integration/cmake-make.md"; then
        ok "cmake install: sources and database, header, sysboot.ld, the documented toolchain file, package files"
        cmake_build package "$consumer" -DSYSBOOT_CONSUME=package -DCMAKE_PREFIX_PATH="$prefix" \
            -DCMAKE_TOOLCHAIN_FILE="$prefix/share/sysboot/cmake/arm-none-eabi.cmake"
        check_targeted "$out/cmake-package/console.elf" "$universal_elf" "cmake package (sources installed)"
    else
        ko "cmake install"; tail -20 "$lib.log"
    fi
    if cmake -S "$root" -B "$out/cmake-host" >"$out/cmake-host.log" 2>&1; then
        ko "cmake: configuring for the host should refuse"
    elif grep -q "arm-none-eabi.cmake" "$out/cmake-host.log"; then
        ok "cmake: a host configure refuses and names the toolchain file"
    else
        ko "cmake host refusal message"; tail -5 "$out/cmake-host.log"
    fi
else
    ko "cmake not installed"
fi

# ---- 7. PlatformIO library.json ------------------------------------------
if python3 - "$root" <<'PY'
import json, os, sys
root = sys.argv[1]
d = json.load(open(os.path.join(root, "library.json")))
errors = []
for key in ("name", "version", "description", "keywords", "license", "frameworks", "platforms", "build"):
    if key not in d:
        errors.append("missing " + key)
b = d.get("build", {})
if b.get("srcDir") != "src" or b.get("includeDir") != "include":
    errors.append("build.srcDir/includeDir")
for path in d.get("export", {}).get("include", []):
    if not os.path.exists(os.path.join(root, path)):
        errors.append("export lists a missing path: " + path)
# src/data_rows.h includes ../data/stm32.def: the package must carry data/.
if "data" not in d.get("export", {}).get("include", []):
    errors.append("export must include data/")
with open(os.path.join(root, "include", "sysboot.h")) as h:
    if '#define SYSBOOT_VERSION "%s"' % d.get("version") not in h.read():
        errors.append("version differs from SYSBOOT_VERSION")
if d.get("license") != "MIT":
    errors.append("license differs from LICENSE")
# The URL the docs tell users to fetch from.
url = d.get("repository", {}).get("url", "")
with open(os.path.join(root, "docs", "integration", "cmake-make.md")) as m:
    if not url or "GIT_REPOSITORY " + url not in m.read():
        errors.append("repository.url is not the URL docs/integration/cmake-make.md fetches")
print("\n".join(errors))
sys.exit(1 if errors else 0)
PY
then ok "library.json: well-formed, fields, exported paths exist, version matches sysboot.h, repository URL as documented"
else ko "library.json"
fi

# ---- 8. Zephyr module: YAML and Kconfig syntax (no west here) --------------
if /usr/bin/python3 - "$root" <<'PY'
import sys, yaml
d = yaml.safe_load(open(sys.argv[1] + "/zephyr/module.yml"))
assert d["name"] == "sysboot", d
assert d["build"]["cmake"] == "zephyr" and d["build"]["kconfig"] == "zephyr/Kconfig", d
PY
then ok "zephyr/module.yml: YAML with name, build.cmake, build.kconfig"
else ko "zephyr/module.yml"
fi
if have yamllint && yamllint -d '{extends: default, rules: {document-start: disable}}' "$root/zephyr/module.yml" >"$out/yamllint.log" 2>&1; then
    ok "zephyr/module.yml: yamllint clean"
else
    ko "zephyr/module.yml: yamllint"; cat "$out/yamllint.log"
fi
# The kernel symbols the module selects or depends on, as Zephyr defines them.
cat >"$out/Kconfig.stub" <<KCONFIG
config SOC_RESET_HOOK
	bool
config SOC_EARLY_RESET_HOOK
	bool
config PLATFORM_SPECIFIC_INIT
	bool
config CPU_CORTEX_M7
	bool "Cortex-M7 (a SoC option in Zephyr)"
source "$root/zephyr/Kconfig"
KCONFIG
if /usr/bin/python3 - "$root" "$out/Kconfig.stub" >"$out/kconfig.log" 2>&1 <<'PY'
import os, sys, kconfiglib
os.environ.setdefault("srctree", sys.argv[1])
k = kconfiglib.Kconfig(sys.argv[2], warn_to_stderr=False)
assert not k.warnings, k.warnings
for name in ("SYSBOOT", "SYSBOOT_ONLY_SERIES", "SYSBOOT_DEV_ID", "SYSBOOT_UNIVERSAL", "SYSBOOT_WITH_NAMES",
             "SYSBOOT_HOOK_SOC_RESET", "SYSBOOT_HOOK_SOC_EARLY_RESET", "SYSBOOT_HOOK_PLATFORM_INIT",
             "SYSBOOT_HOOK_SYS_INIT"):
    assert name in k.syms, name
k.syms["SYSBOOT"].set_value(2)
# the default runs sysboot_early() from the reset code, and says so to the kernel
assert k.syms["SYSBOOT_HOOK_SOC_RESET"].str_value == "y"
assert k.syms["SOC_RESET_HOOK"].str_value == "y"
# the late SYS_INIT hook is not offered on Cortex-M7
k.syms["CPU_CORTEX_M7"].set_value(2)
assert k.syms["SYSBOOT_HOOK_SYS_INIT"].visibility == 0
PY
then ok "zephyr/Kconfig: parses with kconfiglib, no warnings, defaults as documented"
else ko "zephyr/Kconfig (python3-kconfiglib)"; cat "$out/kconfig.log"
fi
# Every file the module's CMakeLists names exists.
missing=""
for f in $(grep -oE '\$\{CMAKE_CURRENT_LIST_DIR\}/[A-Za-z0-9_]+\.[a-z]+' "$root/zephyr/CMakeLists.txt" | sed 's|${CMAKE_CURRENT_LIST_DIR}/||'); do
    [ -f "$root/zephyr/$f" ] || missing="$missing $f"
done
if [ -z "$missing" ]; then ok "zephyr/CMakeLists.txt: every file it names exists"; else ko "zephyr: missing$missing"; fi
# The glue compiles (Zephyr's own headers are not here: a stub init.h).
stub="$out/zephyr-stub/zephyr"; mkdir -p "$stub"
printf '#define EARLY 0\n#define SYS_INIT(fn, level, prio) int (*const sys_init_##fn)(void) = fn\n' >"$stub/init.h"
: >"$stub/autoconf.h"
zcc="arm-none-eabi-gcc -std=c99 -Wall -Wextra -Werror -pedantic -mthumb -mcpu=cortex-m4 -I$out/zephyr-stub -I$root/include"
if $zcc -c "$root/zephyr/sysboot_early_init.c" -o "$out/z1.o" 2>"$out/z.log" &&
   $zcc -c "$root/zephyr/sysboot_reset_hook.c" -o "$out/z2.o" 2>>"$out/z.log" &&
   arm-none-eabi-nm "$out/z2.o" | grep -q " T soc_reset_hook" &&
   $zcc -DCONFIG_SYSBOOT_HOOK_SOC_EARLY_RESET -c "$root/zephyr/sysboot_reset_hook.c" -o "$out/z3.o" 2>>"$out/z.log" &&
   arm-none-eabi-nm "$out/z3.o" | grep -q " T soc_early_reset_hook" &&
   $zcc -DCONFIG_SYSBOOT_HOOK_PLATFORM_INIT -c "$root/zephyr/sysboot_reset_hook.c" -o "$out/z4.o" 2>>"$out/z.log" &&
   arm-none-eabi-nm "$out/z4.o" | grep -q " T z_arm_platform_init"; then
    ok "zephyr glue: compiles and defines the hook each choice names (against stubs of <zephyr/init.h> and autoconf.h; west build not run here)"
else
    ko "zephyr glue"; cat "$out/z.log"
fi

# ---- 9. Generated docs are current --------------------------------------
if make -s -C "$root/tools" check-families >"$out/families.log" 2>&1; then
    ok "docs/families.md matches data/stm32.def"
else
    ko "docs/families.md is stale: run make -C tools families"; head -20 "$out/families.log"
fi

# ---- 10. The linker snippet on its own ---------------------------------------
# script NAME BEFORE-SECTIONS BODY: a single-RAM linker script, $out/NAME.ld,
# with BODY (.bss and the record's placement) after .data.
script() {
    cat >"$out/$1.ld" <<LD
MEMORY { FLASH (rx) : ORIGIN = 0x08000000, LENGTH = 64K
         RAM (xrw) : ORIGIN = 0x20000000, LENGTH = 8K }
$2
ENTRY(Reset_Handler)
_estack = ORIGIN(RAM) + LENGTH(RAM);
SECTIONS {
  .isr_vector : { KEEP(*(.isr_vector)) } > FLASH
  .text : { *(.text*) *(.rodata*) } > FLASH
  .data : { _sdata = .; *(.data*) _edata = .; } > RAM AT > FLASH
  _sidata = LOADADDR(.data);
$3
  /DISCARD/ : { *(.ARM.exidx*) }
}
LD
}
# link NAME [flags]: links the G071 bare-metal objects with $out/NAME.ld
objs="$out/baremetal-g071"
link() {
    name=$1; shift
    # shellcheck disable=SC2086
    arm-none-eabi-gcc -mthumb -mcpu=cortex-m0plus -nostdlib -Wl,--gc-sections "$@" -L"$root/ld" \
        -T"$out/$name.ld" -o "$out/$name.elf" "$objs"/*.o -lgcc >"$out/$name.log" 2>&1
}
bss='  .bss (NOLOAD) : { _sbss = .; *(.bss*) *(COMMON) _ebss = .; } > RAM'

# Included with a region alias in a single-RAM script, after .bss.
script alias 'REGION_ALIAS("SYSBOOT_RAM", RAM);' "$bss
  INCLUDE sysboot.ld"
if link alias; then
    rec=$(sym "$out/alias.elf" sysboot_record); ebss=$(sym "$out/alias.elf" _ebss)
    if [ -n "$rec" ] && [ $((0x$rec)) -ge $((0x$ebss)) ] && [ $((0x$rec % 32)) -eq 0 ]; then
        ok "ld/sysboot.ld with REGION_ALIAS: record after .bss at 0x$rec, aligned"
    else
        ko "ld/sysboot.ld with REGION_ALIAS: record 0x$rec, _ebss 0x$ebss"
    fi
else
    ko "ld/sysboot.ld with REGION_ALIAS"; cat "$out/alias.log"
fi

# Broken scripts must fail the link, with a message naming the mistake; the
# link uses mk/sysboot.mk's SYSBOOT_LDFLAGS, as a consumer's would.
ldflags=$(make -s -f - print-ldflags <<MK
include $root/mk/sysboot.mk
print-ldflags:
	@echo \$(SYSBOOT_LDFLAGS)
MK
)
link_must_fail() { # NAME TEXT-THE-ERROR-HOLDS BEFORE-SECTIONS BODY
    name=broken-$1; want=$2
    script "$name" "$3" "$4"
    # shellcheck disable=SC2086
    if link "$name" $ldflags; then
        ko "broken linker script ($1) links: $(arm-none-eabi-objdump -h "$out/$name.elf" | grep -A1 sysboot_noinit | tr -s ' \n' ' ')"
    elif grep -qF -- "$want" "$out/$name.log"; then
        ok "broken linker script ($1) fails the link: $want"
    else
        ko "broken linker script ($1) fails for another reason than: $want"; cat "$out/$name.log"
    fi
}
link_must_fail no-region "sysboot: .sysboot_noinit is not in SRAM" "" "$bss
  INCLUDE sysboot.ld"
link_must_fail left-out "__sysboot_noinit_start" "" "$bss"
link_must_fail in-flash "sysboot: .sysboot_noinit is not in SRAM" 'REGION_ALIAS("SYSBOOT_RAM", FLASH);' "$bss
  INCLUDE sysboot.ld"
link_must_fail taken-by-bss "sysboot: the request record is not in .sysboot_noinit" \
    'REGION_ALIAS("SYSBOOT_RAM", RAM);' \
    '  .bss (NOLOAD) : { _sbss = .; *(.bss*) *(COMMON) *(.sysboot_noinit) _ebss = .; } > RAM
  INCLUDE sysboot.ld'

# The README shows the section exactly as ld/sysboot.ld has it.
shown=$(sed -n '/^   ```ld$/,/^   ```$/p' "$root/README.md" | sed '1d;$d' | sed 's/^   //')
file=$(sed -n '/^\.sysboot_noinit (NOLOAD)/,/^} > SYSBOOT_RAM$/p' "$root/ld/sysboot.ld")
if [ -n "$file" ] && [ "$shown" = "$file" ]; then
    ok "README.md shows the .sysboot_noinit section of ld/sysboot.ld verbatim"
else
    ko "README.md's linker snippet differs from ld/sysboot.ld"; printf '%s\n---\n%s\n' "$shown" "$file" | sed 's/^/    | /'
fi

echo "examples: $passed passed, $failed failed"
[ $failed -eq 0 ]

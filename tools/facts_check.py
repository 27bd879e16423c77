#!/usr/bin/env python3
"""Check every register fact of data/stm32.def and every clock step of
src/clock.c against ST's CMSIS device headers and SVD files.

The inputs are fetched by the developer into a folder outside the
repository (see tools/README.md); CI cannot fetch, so the report records the
hashes of what it checked and `--verify` only compares those hashes.

  python3 tools/facts_check.py --inputs /work/facts-src --write docs/facts-check.md
  python3 tools/facts_check.py --verify docs/facts-check.md

Python 3 standard library only, plus the C preprocessor (`cpp`): the data
file and the step tables are expanded by cpp with the row and step macros
redefined to print what is checked, and each header is read through cpp
(`-dM` for its macros, `-P` for its struct layouts).
"""
import argparse
import ast
import hashlib
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ALL = 0xFFFFFFFF
MANIFEST = "facts-inputs.txt"

CONFIRMED = "confirmed"
NOT_IN_HEADERS = "not in headers"
NOT_CONFIRMED = "not confirmed"
MISMATCH = "MISMATCH"
NOT_CHECKED = "not checked"
SVD_DISAGREES = "SVD disagrees"


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def hexv(v):
    return "0x%08X" % v


def bits_of(mask):
    return [b for b in range(32) if mask >> b & 1]


def cpp(args, text=None, cwd=None):
    cmd = [os.environ.get("CPP", "cpp"), "-undef", "-nostdinc"] + args
    r = subprocess.run(cmd, input=text, capture_output=True, text=True, cwd=cwd)
    if r.returncode != 0:
        raise RuntimeError("cpp failed (%s): %s" % (" ".join(cmd), r.stderr[-2000:]))
    return r.stdout


# ---------------------------------------------------------------- C values

_CAST = re.compile(r"\(\s*(?:const\s+)?(?:volatile\s+)?(?:unsigned\s+)?"
                   r"(?:u?int(?:8|16|32|64)_t|long|int|char)\s*\)")
_NUM = re.compile(r"\b(0[xX][0-9a-fA-F]+|\d+)[uUlL]*\b")
_IDENT = re.compile(r"\b[A-Za-z_]\w*\b")


def _ast_value(node):
    if isinstance(node, ast.Expression):
        return _ast_value(node.body)
    if isinstance(node, ast.Constant) and isinstance(node.value, int):
        return node.value
    if isinstance(node, ast.UnaryOp):
        v = _ast_value(node.operand)
        if isinstance(node.op, ast.Invert):
            return ~v & ALL
        if isinstance(node.op, ast.USub):
            return -v
        if isinstance(node.op, ast.UAdd):
            return v
    if isinstance(node, ast.BinOp):
        a, b = _ast_value(node.left), _ast_value(node.right)
        ops = {ast.Add: lambda: a + b, ast.Sub: lambda: a - b, ast.Mult: lambda: a * b,
               ast.LShift: lambda: a << b, ast.RShift: lambda: a >> b,
               ast.BitOr: lambda: a | b, ast.BitAnd: lambda: a & b,
               ast.BitXor: lambda: a ^ b, ast.FloorDiv: lambda: a // b}
        for k, f in ops.items():
            if isinstance(node.op, k):
                return f()
    raise ValueError("not a constant expression")


def c_int(text, lookup=None, depth=0):
    """Value of a C integer constant expression; names through lookup()."""
    if depth > 40:
        return None
    s = _CAST.sub(" ", text)
    if re.search(r"\b0\d*[89]", s):
        return None
    s = _NUM.sub(lambda m: str(int(m.group(1), 16 if m.group(1)[:2] in ("0x", "0X") else
                                   8 if len(m.group(1)) > 1 and m.group(1)[0] == "0" else 10)), s)

    def name(m):
        if lookup is None:
            raise KeyError(m.group(0))
        v = lookup(m.group(0), depth + 1)
        if v is None:
            raise KeyError(m.group(0))
        return "(%d)" % v
    try:
        s = _IDENT.sub(name, s)
        s = s.replace("/", "//")
        return _ast_value(ast.parse(s.strip(), mode="eval")) & 0xFFFFFFFFFFFFFFFF
    except (KeyError, ValueError, SyntaxError, TypeError, ZeroDivisionError, RecursionError):
        return None


def num(text):
    v = c_int(text)
    return v & ALL if v is not None else None


# ------------------------------------------------------------ the headers

SCALARS = {"uint8_t": 1, "int8_t": 1, "char": 1, "uint16_t": 2, "int16_t": 2,
           "uint32_t": 4, "int32_t": 4, "uint64_t": 8, "int64_t": 8, "float": 4}
QUALIFIERS = {"__IO", "__I", "__O", "__IM", "__OM", "__IOM", "volatile", "const", "static"}


def split_top(text, sep):
    """Split at sep outside (), {}, [], strings and comments."""
    out, depth, cur, i = [], 0, [], 0
    while i < len(text):
        c = text[i]
        if text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = len(text) if j < 0 else j + 2
            cur.append(text[i:j])
            i = j
            continue
        if c == '"':
            j = i + 1
            while j < len(text) and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            cur.append(text[i:j + 1])
            i = j + 1
            continue
        if c in "({[":
            depth += 1
        elif c in ")}]":
            depth -= 1
        if c == sep and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    out.append("".join(cur))
    return out


class Header:
    """One CMSIS device header: macros, struct layouts, peripheral instances."""

    def __init__(self, path, name, source):
        self.path, self.name, self.source = path, name, source
        self._loaded = False

    def _run(self):
        with open(self.path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        incs = set(re.findall(r'#\s*include\s*[<"]([^>"]+)[>"]', text))
        # the header alone: its includes (core, system, stdint) are empty
        # stubs, and a copy keeps cpp from finding their neighbours
        with tempfile.TemporaryDirectory() as stub:
            for inc in incs:
                p = os.path.join(stub, inc)
                os.makedirs(os.path.dirname(p), exist_ok=True)
                open(p, "w").close()
            copy = os.path.join(stub, "device-header-under-check.h")
            with open(copy, "w") as f:
                f.write(text)
            # dual-core H7 headers ask which core: the CM7, which runs the ROM
            args = ["-DCORE_CM7", "-I", stub, copy]
            self.includes = incs
            return cpp(["-dM"] + args), cpp(["-P"] + args)

    def load(self):
        if self._loaded:
            return self
        self._loaded = True
        self.error = None
        try:
            defs, body = self._run()
        except RuntimeError as e:  # e.g. an umbrella header that wants a part chosen
            defs, body = "", ""
            self.error = str(e).splitlines()[-1][:200] if str(e) else "cpp failed"
        self.macros = {}
        for line in defs.splitlines():
            m = re.match(r"#define\s+(\w+)(\([^)]*\))?\s*(.*)$", line)
            if m and not m.group(2):
                self.macros[m.group(1)] = m.group(3).strip()
        self._values = {}
        self.structs = {}
        for m in re.finditer(r"typedef\s+(struct|union)\s*\w*\s*\{", body):
            start = m.end()
            depth, i = 1, start
            while depth and i < len(body):
                depth += {"{": 1, "}": -1}.get(body[i], 0)
                i += 1
            nm = re.match(r"\s*(\w+)\s*;", body[i:])
            if nm:
                self.structs[nm.group(1)] = (m.group(1), body[start:i - 1])
        self._layouts = {}
        self.instances = []
        for name, text in self.macros.items():
            t = " ".join(text.split())
            im = re.match(r"^\(\s*\(\s*(\w+)\s*\*\s*\)\s*(.+?)\s*\)$", t)
            if im and im.group(1) in self.structs:
                base = self.value(im.group(2)) if not re.match(r"^\w+$", im.group(2)) \
                    else self.value_of(im.group(2))
                if base is not None:
                    self.instances.append((name, im.group(1), base))
        self.msk = [n for n in self.macros if n.endswith("_Msk")]
        self._fields = {}
        return self

    def value_of(self, name, depth=0):
        if name in self._values:
            return self._values[name]
        body = self.macros.get(name)
        if body is None:
            return None
        self._values[name] = None  # cycle guard
        v = c_int(body, self.value_of, depth)
        self._values[name] = v
        return v

    def value(self, expr):
        return c_int(expr, self.value_of)

    # struct layouts: [(offset, size, name)] flattened to registers
    def layout(self, tname):
        if tname in self._layouts:
            return self._layouts[tname]
        self._layouts[tname] = None
        kind, body = self.structs[tname]
        regs, off, align, size = [], 0, 1, 0
        for decl in split_top(body, ";"):
            decl = " ".join(decl.split())
            if not decl:
                continue
            if "{" in decl:  # nested anonymous struct/union: not in the blocks checked
                return None
            toks = [t for t in re.findall(r"\w+|\[[^\]]*\]", decl) if t not in QUALIFIERS]
            if toks[:1] == ["unsigned"]:
                toks = toks[1:]
            if len(toks) < 2:
                continue
            typ, name, dims = toks[0], toks[1], toks[2:]
            if typ in SCALARS:
                esize, ealign, sub = SCALARS[typ], SCALARS[typ], None
            elif typ in self.structs:
                sub = self.layout(typ)
                if sub is None:
                    return None
                esize, ealign, _ = self._layouts[typ + "#size"]
            else:
                return None
            count = 1
            for d in dims:
                n = self.value(d[1:-1])
                if n is None:
                    return None
                count *= n
            if kind == "struct":
                off = (off + ealign - 1) // ealign * ealign
                at = off
            else:
                at = 0
            for i in range(min(count, 4096)):
                nm = name if not dims else "%s[%d]" % (name, i)
                base = at + i * esize
                if sub is None:
                    regs.append((base, esize, nm))
                else:
                    regs.extend((base + o, s, nm + "." + n2) for o, s, n2 in sub)
            align = max(align, ealign)
            if kind == "struct":
                off = at + esize * count
                size = off
            else:
                size = max(size, esize * count)
        size = (size + align - 1) // align * align
        self._layouts[tname] = regs
        self._layouts[tname + "#size"] = (size, align, None)
        return regs

    def size_of(self, tname):
        if self.layout(tname) is None:
            return 0
        return self._layouts[tname + "#size"][0]

    def instances_of(self, tname):
        return [(n, b) for n, t, b in self.instances if t == tname]

    def resolve(self, addr):
        """[(instance, typedef, base, member, member_offset)] holding addr."""
        out = []
        for name, tname, base in self.instances:
            if base <= addr < base + self.size_of(tname):
                for off, size, member in self.layout(tname):
                    if off <= addr - base < off + size:
                        out.append((name, tname, base, member, off))
        # the non-secure (or plain) alias first, then the shortest name
        out.sort(key=lambda r: (r[0].endswith("_S"), len(r[0])))
        return out

    def fields(self, prefixes, reg):
        """{field: mask} of register reg (macros PREFIX_REG_FIELD_Msk)."""
        key = (tuple(prefixes), reg)
        if key in self._fields:
            return self._fields[key]
        regs = [reg]
        if re.search(r"_(CUR|PRG)$", reg):
            regs.append(reg[:-4])
        out = {}
        for p in prefixes:
            for r in regs:
                pre = "%s_%s_" % (p, r)
                for m in self.msk:
                    if m.startswith(pre):
                        v = self.value_of(m)
                        if v:
                            out.setdefault(m[len(pre):-4], v & ALL)
        if not out:  # older headers: plain bit macros, no _Msk
            for p in prefixes:
                for r in regs:
                    pre = "%s_%s_" % (p, r)
                    for m in self.macros:
                        if m.startswith(pre) and not m.endswith("_Pos"):
                            v = self.value_of(m)
                            if v and v <= ALL:
                                out.setdefault(m[len(pre):], v)
        self._fields[key] = out
        return out


def hname(h):
    return h.name + (" (unreadable: %s)" % h.error if getattr(h, "error", None) else "")


def prefixes_of(instance, tname):
    t = re.sub(r"_?(Global)?_?TypeDef$", "", tname)
    n = re.sub(r"_(NS|S)$", "", instance)
    out = [t, t.split("_")[0], n, re.sub(r"\d+$", "", n)]
    seen = []
    for p in out:
        if p and p not in seen:
            seen.append(p)
    return seen


# --------------------------------------------------------------- the SVDs

def svd_int(text):
    if text is None:
        return None
    t = text.strip().lower()
    try:
        if t.startswith("#"):
            return int(t[1:].replace("x", "0"), 2)
        return int(t, 0)
    except ValueError:
        return None


class Svd:
    """Reset values of one SVD file, by absolute address."""

    def __init__(self, label, opener):
        self.label, self._open, self._regs = label, opener, None

    def regs(self):
        if self._regs is not None:
            return self._regs
        root = ET.fromstring(self._open())
        dev_reset = svd_int(root.findtext("resetValue")) or 0
        periphs = {p.findtext("name"): p for p in root.iter("peripheral")}
        self._regs = {}
        for p in periphs.values():
            base = svd_int(p.findtext("baseAddress"))
            src = p
            while src.find("registers") is None and src.get("derivedFrom") in periphs:
                src = periphs[src.get("derivedFrom")]
            preset = svd_int(src.findtext("resetValue"))
            preset = dev_reset if preset is None else preset
            regs = src.find("registers")
            if base is None or regs is None:
                continue
            self._walk(p.findtext("name"), regs, base, preset)
        return self._regs

    def _walk(self, pname, node, base, preset, paccess=None):
        for r in node:
            if r.tag not in ("register", "cluster"):
                continue
            off = svd_int(r.findtext("addressOffset")) or 0
            dim = svd_int(r.findtext("dim")) or 1
            inc = svd_int(r.findtext("dimIncrement")) or 0
            reset = svd_int(r.findtext("resetValue"))
            reset = preset if reset is None else reset
            access = r.findtext("access") or paccess
            for i in range(dim):
                name = (r.findtext("name") or "?").replace("[%s]", "").replace("%s", str(i))
                at = base + off + i * inc
                if r.tag == "cluster":
                    self._walk(pname, r, at, reset, access)
                else:
                    self._regs.setdefault(at, (pname, name, reset & ALL, self._writable(r, access)))

    @staticmethod
    def _writable(reg, access):
        """The bits of the register's fields software can write."""
        fields = reg.find("fields")
        if fields is None:
            return 0 if access == "read-only" else ALL
        w = 0
        for f in fields.findall("field"):
            lo, width = svd_int(f.findtext("bitOffset")), svd_int(f.findtext("bitWidth"))
            if lo is None:
                lsb, msb = svd_int(f.findtext("lsb")), svd_int(f.findtext("msb"))
                rng = re.match(r"\[(\d+):(\d+)\]", f.findtext("bitRange") or "")
                if lsb is not None and msb is not None:
                    lo, width = lsb, msb - lsb + 1
                elif rng:
                    lo, width = int(rng.group(2)), int(rng.group(1)) - int(rng.group(2)) + 1
                else:
                    continue
            if (f.findtext("access") or access) != "read-only":
                w |= ((1 << (width or 1)) - 1) << lo
        return w & ALL

    def at(self, addr):
        return self.regs().get(addr)


# ------------------------------------------------------------- the inputs

class Inputs:
    def __init__(self, folder):
        self.folder = folder
        self.dirs = []  # (dir, repo, commit)
        man = os.path.join(folder, MANIFEST)
        if os.path.exists(man):
            with open(man) as f:
                for line in f:
                    p = line.split()
                    if len(p) >= 3 and not line.startswith("#"):
                        self.dirs.append((p[0], p[1], p[2]))
        else:
            for d in sorted(os.listdir(folder)):
                if os.path.isdir(os.path.join(folder, d)):
                    self.dirs.append((d, "(not recorded)", "(not recorded)"))
        self.headers, self.svds, self.files = {}, {}, []
        for d, repo, commit in self.dirs:
            for dp, dn, fn in os.walk(os.path.join(folder, d)):
                dn.sort()
                for f in sorted(fn):
                    p = os.path.join(dp, f)
                    rel = os.path.relpath(p, folder)
                    self.files.append((rel, sha256_file(p), repo, commit))
                    low = f.lower()
                    if low.endswith(".h") and "templates" not in dp.lower() \
                            and not low.startswith(("system_", "partition_")):
                        self.headers.setdefault(low, Header(p, f, "%s %s" % (repo, rel)))
                    elif low.endswith(".svd"):
                        self._svd(f, lambda p=p: open(p, "rb").read(), rel)
                    elif low.endswith(".zip"):
                        with zipfile.ZipFile(p) as z:
                            for n in z.namelist():
                                if n.lower().endswith(".svd"):
                                    self._svd(os.path.basename(n),
                                              lambda p=p, n=n: zipfile.ZipFile(p).read(n),
                                              "%s:%s" % (rel, n))

    def _svd(self, fname, opener, label):
        stem = fname[:-4].upper()
        self.svds.setdefault(stem, Svd("%s (%s)" % (fname, label), opener))

    def header(self, name):
        h = self.headers.get(name.lower())
        return h.load() if h else None

    def headers_in(self, family):
        """Every device header of the input folder of cmsis_device_<family>."""
        out = []
        for d, repo, commit in self.dirs:
            tail = re.split(r"[_-]", repo.split("/")[-1])[-1].lower()
            if tail == family.lower() or (family.lower() == "c5" and d.endswith("c5")):
                pre = os.path.join(self.folder, d) + os.sep
                out.extend(h.load() for n, h in sorted(self.headers.items()) if h.path.startswith(pre))
        return [h for h in out if h.instances]

    def svd_for(self, header):
        """The SVD of a header's part: STM32F0X2 matches stm32f072xb.h."""
        stem = header.name.lower()[:-2].upper()
        best, score = None, (-1, -1, 0)
        for name, svd in self.svds.items():
            core = name.split("_")[0]
            if len(core) > len(stem):
                continue
            exact = 0
            for a, b in zip(core, stem):
                if a == b:
                    exact += 1
                elif a != "X":
                    break
            else:
                pref = {"CM7": 2, "CM4": 1}.get(name.split("_")[-1], 0) if "_" in name else 1
                s = (len(core), exact, pref)
                if s > score:
                    best, score = svd, s
        return best


# ----------------------------------------------------------- the data file

def parse_args(text):
    """Arguments of one expanded row: [(value text, [comments])]."""
    out = []
    for raw in split_top(text, ","):
        lead, rest = [], raw.lstrip()
        while rest.startswith("/*"):
            j = rest.find("*/") + 2
            lead.append(rest[2:j - 2].strip())
            rest = rest[j:].lstrip()
        inner = [c.strip() for c in re.findall(r"/\*(.*?)\*/", rest, re.S)]
        value = re.sub(r"/\*.*?\*/", " ", rest, flags=re.S).strip()
        if out:
            out[-1][1].extend(lead)
        out.append([value, inner])
    return out


def string_value(text):
    parts = re.findall(r'"((?:[^"\\]|\\.)*)"', text)
    return "".join(parts) if parts else text


def expand_rows(def_path):
    """Every row of data/stm32.def, expanded by cpp: [(kind, args)]."""
    with open(def_path) as f:
        text = f.read()
    kinds = sorted(set(re.findall(r"^\s*(SYSBOOT_[A-Z0-9_]+)\s*\(", text, re.M)) - {"SYSBOOT_WANT"})
    driver = ["#define SYSBOOT_WANT(series) 1"]
    driver += ["#define %s(...) @@ROW %s (__VA_ARGS__) @@END" % (k, k) for k in kinds]
    driver.append('#include "%s"' % os.path.basename(def_path))
    out = cpp(["-P", "-CC", "-I", os.path.dirname(os.path.abspath(def_path)), "-"],
              "\n".join(driver) + "\n")
    rows = []
    for m in re.finditer(r"@@ROW (\w+) \((.*?)\) @@END", out, re.S):
        rows.append((m.group(1), parse_args(m.group(2))))
    return rows


def header_names(source):
    """Headers a source string names: stm32l412xx/l431xx/l452xx.h -> three."""
    out = []
    for tok in re.findall(r"stm32[\w./-]*?\.h\b", source, re.I):
        parts = [p for p in re.split(r"[/-]", tok) if p]
        first = parts[0].lower().replace(".h", "")
        for p in parts:
            p = p.lower().replace(".h", "")
            if p.startswith("stm32"):
                name = p
            elif p[:1].isalpha():
                name = "stm32" + p
            else:
                name = first[:len(first) - len(p)] + p
            if name + ".h" not in out:
                out.append(name + ".h")
    return out


def family_names(source):
    """cmsis_device_f1/f2/l1 -> [f1, f2, l1]."""
    out = []
    for m in re.finditer(r"cmsis[_-]device[_-]([a-z0-9]+)((?:/[a-z0-9]+)*)", source, re.I):
        out.append(m.group(1).lower())
        out.extend(x.lower() for x in m.group(2).split("/") if x)
    if re.search(r"stm32c5xx", source):
        out.append("c5")
    return out


def documents(source):
    docs = re.findall(r"\b(RM\d{4}|AN\d{4}(?: rev \d+)?|DS\d{4,5}|ES\d{4}|STM32[\w/]* datasheets?)\b", source)
    seen = []
    for d in docs:
        if d not in seen:
            seen.append(d)
    return seen


# ------------------------------------------------------------ the report

class Report:
    def __init__(self):
        self.sections = []  # (title, [lines])
        self.counts = {}

    def section(self, title, intro=None):
        self.sections.append((title, intro, []))

    def add(self, what, value, status, detail):
        self.counts[status] = self.counts.get(status, 0) + 1
        if status == MISMATCH:
            text = "MISMATCH: " + detail
        elif status == CONFIRMED:
            text = "confirmed by " + detail
        elif status == NOT_IN_HEADERS:
            text = "not in headers: confirmed by " + detail
        elif status == SVD_DISAGREES:
            text = "SVD disagrees: confirmed by " + detail
        else:
            text = "%s: %s" % (status, detail)
        self.sections[-1][2].append("- %s = `%s`: %s" % (what, value, text))


# ------------------------------------------------------- checking a fact

def tokens_of(text):
    """Field names a comment or source string names, with A..B ranges and
    PLLxRDY / PSI*ON patterns."""
    toks = set(re.findall(r"[A-Za-z0-9_]+", text))
    # CMSIS spellings name a field with its peripheral and register in front
    # (RCC_CR_HSION, FLASH_ACR_LATENCY): each tail after an underscore counts
    for t in list(toks):
        parts = t.split("_")
        for i in range(1, len(parts)):
            toks.add("_".join(parts[i:]))
    pats = []
    for m in re.finditer(r"([A-Za-z_]*?[A-Za-z_])(\d+)([A-Za-z_]*)\.\.(?:\1)?(\d+)(\3)?", text):
        for i in range(int(m.group(2)), int(m.group(4)) + 1):
            toks.add("%s%d%s" % (m.group(1), i, m.group(3)))
    for t in re.findall(r"[A-Z0-9_]*[A-Z0-9](?:x|\*)[A-Z0-9_]*", text):
        parts = t.split("_")
        for i in range(len(parts)):  # RCC_CR_PLLxRDY names PLLxRDY, as above
            tail = "_".join(parts[i:])
            if re.search(r"[A-Z0-9](?:x|\*)", tail):
                pats.append(re.compile("^" + re.escape(tail).replace("x", "[0-9]*").replace("\\*", "[A-Z0-9_]*") + "$"))
    return toks, pats


def named(field, toks):
    words, pats = toks
    return field in words or any(p.match(field) for p in pats)


def reg_candidates(text, periphs):
    """Registers a comment names as PERIPH_REG (RCC_CSR2.SFTRSTF -> CSR2)."""
    out = []
    for m in re.finditer(r"\b([A-Z][A-Z0-9]*)_([A-Z][A-Za-z0-9_]*?)(?=[.:\s,)]|$)", text):
        if m.group(1) in periphs:
            out.append(m.group(2))
    return out


def reg_matches(cands, member):
    base = re.sub(r"_(CUR|PRG)$", "", member)
    return any(c == member or c == base or c.startswith(member + "_") or c.startswith(base + "_")
               for c in cands)


def fields_in(fields, mask):
    return sorted(f for f, m in fields.items() if m & mask)


class Checker:
    def __init__(self, inputs, report):
        self.inp, self.rep = inputs, report

    def headers_for(self, source, profile=None):
        """The headers a row names; else those of the repositories it names;
        else those of the profile's family. (headers, how they were chosen)"""
        names = header_names(source)
        hs = [self.inp.header(n) for n in names]
        hs = [h for h in hs if h is not None]
        if hs:
            return hs, ""
        fams = family_names(source)
        if fams:
            out = []
            for f in fams:
                out.extend(self.inp.headers_in(f))
            if out:
                return out, "every header of cmsis_device_%s" % "/".join(fams)
        if profile:
            key = profile.lower()
            for n in range(len(key), 0, -1):
                out = self.inp.headers_in(key[:n])
                if out:
                    return out, "row names no header; every header of the %s family" % key[:n]
        return [], ""

    # A register fact: addr (and mask) must be a register of `periphs`
    # whose name is in `regs` (if given), named like the comment says, and
    # mask must be exactly the fields `want` selects (a predicate on names).
    def reg_fact(self, hs, addr, mask, periphs, regs=None, want=None, comment="",
                 exact_one=True, how=""):
        cands = reg_candidates(comment, periphs)
        oks, bad, absent = [], [], []
        for h in hs:
            res = [r for r in h.resolve(addr)
                   if set(prefixes_of(r[0], r[1])) & set(periphs)]
            if not res:
                owners = h.resolve(addr)
                if owners:
                    inst, _, base, member, off = owners[0]
                    bad.append("%s: %s is %s.%s, not %s" % (h.name, hexv(addr), inst, member,
                                                             "/".join(periphs)))
                elif any(set(prefixes_of(n, t)) & set(periphs) for n, t, _ in h.instances):
                    bad.append("%s: %s is no register of %s" % (h.name, hexv(addr), "/".join(periphs)))
                else:
                    absent.append(hname(h))
                continue
            inst, tname, base, member, off = res[0]
            where = "%s %s.%s @0x%X (%s %s)" % (h.name, tname, member, off, inst, hexv(base))
            if member.upper().startswith("RESERVED"):
                bad.append("%s: %s is a reserved word of %s" % (h.name, hexv(addr), tname))
                continue
            if off != addr - base:
                bad.append("%s: %s is inside %s, not its start" % (h.name, hexv(addr), where))
                continue
            if regs is not None and not any(re.fullmatch(r, member) for r in regs):
                bad.append("%s: %s is %s.%s, not %s" % (h.name, hexv(addr), inst, member,
                                                         " or ".join(regs)))
                continue
            if cands and not reg_matches(cands, member):
                bad.append("%s: %s is %s.%s, the comment names %s" % (h.name, hexv(addr), inst,
                                                                     member, ", ".join(cands)))
                continue
            if mask is None:
                oks.append(where)
                continue
            fields = h.fields(prefixes_of(inst, tname), member)
            sel = {f: m for f, m in fields.items() if want is None or want(f)}
            macro = lambda f: "%s_%s_%s_Msk" % (prefixes_of(inst, tname)[0], re.sub(r"_(CUR|PRG)$", "", member), f)
            if exact_one:
                hit = [f for f, m in sel.items() if m == mask]
                if hit:
                    oks.append("%s, %s" % (where, " = ".join(macro(f) for f in sorted(hit))))
                    continue
            else:
                union, used = 0, []
                for f, m in sorted(sel.items()):
                    if m & mask and not m & ~mask:
                        union |= m
                        used.append(f)
                if union == mask:
                    oks.append("%s, %s" % (where, " | ".join(macro(f) for f in used)))
                    continue
            others = fields_in(fields, mask)
            if not others and not sel:
                absent.append("%s (bits %s reserved in %s)" % (h.name, hexv(mask), member))
            else:
                bad.append("%s: %s in %s.%s is %s%s" % (
                    h.name, hexv(mask), inst, member,
                    ", ".join("%s (%s)" % (f, hexv(fields[f])) for f in others) or "reserved",
                    "" if not sel else "; expected %s" % ", ".join(
                        "%s (%s)" % (f, hexv(m)) for f, m in sorted(sel.items()))))
        if bad:
            return MISMATCH, "; ".join(bad)
        if oks:
            more = " (%d headers agree)" % len(oks) if len(oks) > 1 else ""
            note = "; reserved or absent in " + ", ".join(absent) if absent else ""
            return CONFIRMED, oks[0] + more + note + (" [%s]" % how if how else "")
        if not hs:
            return NOT_CONFIRMED, "no header of this line in the inputs"
        return NOT_CONFIRMED, "not found in " + ", ".join(absent or [h.name for h in hs])

    def instance_fact(self, hs, addr, typedefs, how=""):
        """addr must be the base of an instance of one of typedefs."""
        oks, bad, absent = [], [], []
        for h in hs:
            insts = [(n, t, b) for n, t, b in h.instances if any(re.fullmatch(x, t) for x in typedefs)]
            if not insts:
                absent.append(hname(h))
                continue
            hit = sorted([(n.endswith("_S"), len(n), n, t) for n, t, b in insts if b == addr])
            if hit:
                _, _, n, t = hit[0]
                stem = re.sub(r"_(NS|S)$", "", n)
                base_macro = sorted((not m.startswith(stem), len(m), m) for m, v in h.macros.items()
                                    if m.endswith(("_BASE", "_BASE_NS")) and h.value_of(m) == addr)
                oks.append("%s %s (%s *)%s" % (h.name, n, t, " " + base_macro[0][2] if base_macro else ""))
            else:
                bad.append("%s: no %s at %s (%s)" % (h.name, "/".join(typedefs), hexv(addr), ", ".join(
                    "%s %s" % (n, hexv(b)) for n, t, b in insts if not n.endswith("_S"))))
        if bad:
            # a line whose header lacks the instance does not contradict
            if oks:
                return MISMATCH, "; ".join(bad) + "; but " + oks[0]
            return MISMATCH, "; ".join(bad)
        if oks:
            more = " (%d headers agree)" % len(oks) if len(oks) > 1 else ""
            return CONFIRMED, oks[0] + more + (" [%s]" % how if how else "")
        return NOT_CONFIRMED, "no %s in %s" % ("/".join(typedefs), ", ".join(absent) or "the inputs")

    def not_in_headers(self, source):
        docs = documents(source)
        doubt = re.search(r"[^;(]*\b(unconfirmed|assumed|not re-read|not read)\b[^;)]*", source)
        if docs and doubt:
            return NOT_CONFIRMED, "the row names %s but says: \"%s\"" % (", ".join(docs), doubt.group(0).strip())
        if docs:
            return NOT_IN_HEADERS, ", ".join(docs) + " (named in the row)"
        if doubt:
            return NOT_CONFIRMED, "no header holds it; the row says: \"%s\"" % doubt.group(0).strip()
        return NOT_CONFIRMED, "no header holds it and the row names no document"


# ------------------------------------------------------------ the rows

def arg_num(a):
    return num(a[0])


def each_row(ck, rows, kind, ncols, exact=False):
    """(args, their numbers, source string) of the rows with ncols columns
    (or more, unless exact); any other row is reported not checked."""
    for args in rows:
        if len(args) < ncols or exact and len(args) != ncols:
            ck.rep.add("%s %s" % (kind, args[0][0] if args else "?"), "%d columns" % len(args), NOT_CHECKED,
                       "expected %d" % ncols)
            continue
        yield args, [arg_num(a) for a in args], string_value(args[-1][0])


def group_comment(args, lo, hi):
    return " ".join(c for a in args[lo:hi] for c in a[1])


PROFILE_COLS = 23


def check_idcode(ck, rows):
    ck.rep.section("DBGMCU_IDCODE sites (SYSBOOT_IDCODE)",
                   "The IDCODE address must be the IDCODE register of the DBGMCU (DBG) block "
                   "in the headers the row names (or every header of the repositories it names).")
    for args, v, src in each_row(ck, rows, "IDCODE", 4):
        mask, val, addr = v[:3]
        what = "IDCODE CPUID&%s==%s" % (hexv(mask), hexv(val))
        hs, how = ck.headers_for(src)
        st, d = ck.reg_fact(hs, addr, None, ["DBGMCU", "DBG"], regs=["IDCODE"], how=how)
        ck.rep.add(what + " address", hexv(addr), st, d)
        st, d = cpuid_fact(hs, mask, val)
        ck.rep.add(what + " CPUID part/revision", "%s/%s" % (hexv(mask), hexv(val)), st, d)


# CPUID PARTNO of each core (ARM's Cortex-M technical reference manuals),
# by the CMSIS core header a device header includes.
ARM_PARTS = {"core_cm0.h": 0xC20, "core_cm0plus.h": 0xC60, "core_cm3.h": 0xC23, "core_cm4.h": 0xC24,
             "core_cm7.h": 0xC27, "core_cm33.h": 0xD21, "core_cm55.h": 0xD22}


def cpuid_fact(hs, mask, val):
    """The core part number from the header's core include; variant and
    revision (when the mask holds them) from its __CMx_REV (0xVVRR)."""
    part = (val & mask) >> 4 & 0xFFF
    oks, others = [], []
    for h in hs:
        cores = [c for c in getattr(h, "includes", ()) if c in ARM_PARTS]
        if not cores:
            continue
        cores = [c for c in cores if ARM_PARTS[c] == part]
        if not cores or mask & 0xFFF0 != 0xFFF0:
            continue
        core = cores[0]
        if mask & 0x00F0000F:
            rev = [h.value_of(n) for n in h.macros if re.fullmatch(r"__CM\w*_REV", n)]
            rev = [r for r in rev if r is not None]
            want = ((val >> 20 & 0xF) << 8) | (val & 0xF)
            if rev and rev[0] == want:
                oks.append("%s %s, __CMx_REV 0x%04X (r%dp%d)" % (h.name, core, rev[0], rev[0] >> 8, rev[0] & 0xFF))
            elif rev:
                others.append("%s 0x%04X" % (h.name, rev[0]))
        else:
            oks.append("%s includes %s" % (h.name, core))
    if oks:
        return CONFIRMED, "%s%s (part number 0x%03X per ARM's TRM)%s" % (
            oks[0], " (%d headers agree)" % len(oks) if len(oks) > 1 else "", part,
            "; %d other headers give other revisions (%s)" % (len(others), others[0]) if others else "")
    if others:
        return NOT_CONFIRMED, "no header of the row gives this revision: " + ", ".join(others)
    return NOT_CONFIRMED, "no header of the row includes the core with part number 0x%03X" % part


def value_fact(ck, what, value, mask, src):
    """A code written into a field: inside the mask; setting a one-bit field
    needs no document, any other code is the reference manual's."""
    if value & ~mask:
        ck.rep.add(what, hexv(value), MISMATCH, "value has bits outside the mask %s" % hexv(mask))
    elif value == mask and bin(mask).count("1") == 1:
        ck.rep.add(what, hexv(value), CONFIRMED, "the one-bit field set")
    else:
        ck.rep.add(what, hexv(value), *ck.not_in_headers(src))


def is_sw_flag(f):
    # SFT1RSTF: CPU1's, the core that runs the ROM on dual-core parts
    return f in ("SFTRSTF", "SFT1RSTF")


def check_profiles(ck, rows, profiles):
    ck.rep.section("Register profiles (SYSBOOT_PROFILE)",
                   "Each address must be a register of the block the fact needs (SYSCFG, RCC or "
                   "FLASH), named as the row's comment names it; each mask must equal the CMSIS "
                   "_Msk of the field the fact needs: MEM_MODE, the SYSCFG clock enable, a "
                   "software-reset flag SFTRSTF (SFT1RSTF: CPU1's on dual-core parts) and RMVF in RCC CSR/RSR/CSR2, RDP or "
                   "PRODUCT_STATE, TZEN, the dual-boot fields the comment names, the empty flag. "
                   "Codes (RDP level 2, TZEN on, MEM_MODE value) are reference-manual facts.")
    for args, v, src in each_row(ck, rows, "PROFILE", PROFILE_COLS, exact=True):
        key = args[0][0]
        hs, how = ck.headers_for(src, key)
        profiles[key] = {"rst_reg": v[8]}
        kind = args[2][0]
        P = "PROFILE %s " % key
        if v[3]:
            regs = ["MEMRMP"] if kind == "MEMRMP" else ["CFGR1"] if kind == "MEM_MODE" else None
            c = group_comment(args, 2, 6)
            st, d = ck.reg_fact(hs, v[3], v[4], ["SYSCFG"], regs, lambda f: f == "MEM_MODE", c, how=how)
            ck.rep.add(P + "remap %s register/mask" % kind, "%s/%s" % (hexv(v[3]), hexv(v[4])), st, d)
            value_fact(ck, P + "remap value (system memory code)", v[5], v[4], src)
        if v[6]:
            c = group_comment(args, 6, 8)
            st, d = ck.reg_fact(hs, v[6], v[7], ["RCC"], [r".*ENR\d?"], lambda f: "SYSCFG" in f, c, how=how)
            ck.rep.add(P + "SYSCFG clock enable", "%s/%s" % (hexv(v[6]), hexv(v[7])), st, d)
        if v[8]:
            c = group_comment(args, 8, 11)
            regs = ["CSR", "RSR", "CSR2"]
            st, d = ck.reg_fact(hs, v[8], v[9], ["RCC"], regs, is_sw_flag, c, how=how)
            ck.rep.add(P + "reset cause register/software-reset flag", "%s/%s" % (hexv(v[8]), hexv(v[9])), st, d)
            st, d = ck.reg_fact(hs, v[8], v[10], ["RCC"], regs, lambda f: f == "RMVF", c, how=how)
            ck.rep.add(P + "reset cause clear flag (RMVF)", "%s/%s" % (hexv(v[8]), hexv(v[10])), st, d)
        # (reg, mask, value) groups of FLASH option fields; the dual-boot
        # fields are the ones its comment names
        for lo, label, want in ((11, "RDP field", lambda f, t: re.fullmatch(r"RDP\w*|PRODUCT_STATE", f) is not None),
                                (14, "TrustZone field", lambda f, t: f == "TZEN"),
                                (17, "dual-boot field", named)):
            if v[lo]:
                c = group_comment(args, lo, lo + 3)
                toks = tokens_of(c)
                st, d = ck.reg_fact(hs, v[lo], v[lo + 1], ["FLASH"], None, lambda f: want(f, toks), c,
                                    exact_one=label.startswith("TrustZone"), how=how)
                ck.rep.add(P + label, "%s/%s" % (hexv(v[lo]), hexv(v[lo + 1])), st, d)
                value_fact(ck, P + label + " value", v[lo + 2], v[lo + 1], src)
        if v[20]:
            c = group_comment(args, 20, 22)
            st, d = ck.reg_fact(hs, v[20], v[21], ["FLASH"], ["ACR", "SR"],
                                lambda f: f in ("EMPTY", "PROGEMPTY", "PEMPTY"), c, how=how)
            ck.rep.add(P + "flash empty flag", "%s/%s" % (hexv(v[20]), hexv(v[21])), st, d)


def check_usb(ck, rows):
    ck.rep.section("USB device blocks (SYSBOOT_USB)",
                   "The base must be an instance of the kind's block (OTG: USB_OTG_GlobalTypeDef; "
                   "FS: USB_TypeDef or USB_DRD_TypeDef); the clock enable one RCC field with USB or "
                   "OTG in its name; the pull-up USB BCDR.DPPU or SYSCFG PMC.USB_PU; the PHY bits "
                   "USB_OTG_GCCFG_PWRDWN; the sticky enables USB/OTG/ULPI fields of an RCC register.")
    for args, v, src in each_row(ck, rows, "USB", 11):
        prof, kind = args[0][0], args[1][0]
        hs, how = ck.headers_for(src, prof)
        P = "USB %s %s %s " % (prof, kind, hexv(v[2]))
        typedefs = [r"USB_OTG_GlobalTypeDef"] if kind == "OTG" else [r"USB_TypeDef", r"USB_DRD_TypeDef"]
        st, d = ck.instance_fact(hs, v[2], typedefs, how)
        ck.rep.add(P + "block base", hexv(v[2]), st, d)
        usb = lambda f: re.search(r"USB|OTG", f) is not None
        toks = tokens_of(src)
        # the enable the source names, if it names one
        names_one = any(re.search(r"(USB|OTG)\w*EN$", t) for t in toks[0])
        st, d = ck.reg_fact(hs, v[3], v[4], ["RCC"], [r".*ENR\d?"],
                            lambda f: usb(f) and (named(f, toks) or not names_one), src, how=how)
        ck.rep.add(P + "RCC clock enable", "%s/%s" % (hexv(v[3]), hexv(v[4])), st, d)
        if v[5]:
            st, d = ck.reg_fact(hs, v[5], v[6], ["USB", "SYSCFG"], ["BCDR", "PMC"],
                                lambda f: f in ("DPPU", "USB_PU"), src, how=how)
            ck.rep.add(P + "D+ pull-up", "%s/%s" % (hexv(v[5]), hexv(v[6])), st, d)
        if v[7]:
            oks, bad, absent = [], [], []
            for h in hs:
                m = h.value_of("USB_OTG_GCCFG_PWRDWN_Msk")
                if m is None:
                    absent.append(hname(h))
                elif m == v[7]:
                    oks.append("%s USB_OTG_GCCFG_PWRDWN_Msk" % h.name)
                else:
                    bad.append("%s: USB_OTG_GCCFG_PWRDWN_Msk is %s" % (h.name, hexv(m)))
            if bad:
                st, d = MISMATCH, "; ".join(bad)
            elif oks:
                st, d = CONFIRMED, oks[0] + ("; no PWRDWN in " + ", ".join(absent) if absent else "")
            else:
                st, d = NOT_CONFIRMED, "no USB_OTG_GCCFG_PWRDWN in " + ", ".join(absent)
            ck.rep.add(P + "PHY power-down bits", hexv(v[7]), st, d)
        if v[8]:
            st, d = ck.reg_fact(hs, v[8], v[9], ["RCC"], [r".*ENR\d?"],
                                lambda f: re.search(r"USB|OTG|ULPI", f) is not None, src,
                                exact_one=False, how=how)
            ck.rep.add(P + "sticky enables", "%s/%s" % (hexv(v[8]), hexv(v[9])), st, d)


def check_watchdogs(ck, rows):
    ck.rep.section("Watchdogs (SYSBOOT_WATCHDOG)",
                   "Bases must be IWDG/WWDG instances; the window flag says whether IWDG_TypeDef "
                   "has WINR; ONF must be IWDG_SR_ONF_Msk; the option bits a FLASH field "
                   "IWDG_SW/WDG_SW/IWDGx_SW (on = 0) or IWDG_HW (on = mask), WWDG_SW for the WWDG.")
    for args, v, src in each_row(ck, rows, "WATCHDOG", 12):
        prof = args[0][0]
        hs, how = ck.headers_for(src, prof)
        P = "WATCHDOG %s " % prof
        st, d = ck.instance_fact(hs, v[1], [r"IWDG_TypeDef"], how)
        ck.rep.add(P + "IWDG base", hexv(v[1]), st, d)
        has = [h for h in hs if h.structs.get("IWDG_TypeDef")]
        winr = [h.name for h in has if any(m == "WINR" for _, _, m in (h.layout("IWDG_TypeDef") or []))]
        if not has:
            ck.rep.add(P + "IWDG_WINR present", v[2], NOT_CONFIRMED, "no IWDG_TypeDef in the headers")
        elif (v[2] != 0) == (len(winr) == len(has)):
            ck.rep.add(P + "IWDG_WINR present", v[2], CONFIRMED, "%s IWDG_TypeDef %s WINR" % (
                has[0].name, "has" if winr else "has no"))
        else:
            ck.rep.add(P + "IWDG_WINR present", v[2], MISMATCH, "IWDG_TypeDef has WINR in %s, not in %s" % (
                ", ".join(winr) or "none", ", ".join(h.name for h in has if h.name not in winr) or "none"))
        onf = [(h.name, h.value_of("IWDG_SR_ONF_Msk")) for h in hs]
        known = [(n, m) for n, m in onf if m]
        if v[3]:
            bad = [n for n, m in known if m != v[3]]
            if bad or not known:
                ck.rep.add(P + "IWDG_SR.ONF", hexv(v[3]), MISMATCH if bad else NOT_CONFIRMED,
                           "IWDG_SR_ONF_Msk differs in %s" % ", ".join(bad) if bad else "no IWDG_SR_ONF in the headers")
            else:
                ck.rep.add(P + "IWDG_SR.ONF", hexv(v[3]), CONFIRMED, "%s IWDG_SR_ONF_Msk" % known[0][0])
        elif known:
            ck.rep.add(P + "IWDG_SR.ONF", "0 (not readable)", NOT_CONFIRMED,
                       "%s defines IWDG_SR_ONF_Msk %s: the row does not use it" % (known[0][0], hexv(known[0][1])))
        iwdg_opt = lambda f: re.fullmatch(r"(IWDG\d?_SW|WDG_SW|IWDG\d?_HW)", f) is not None
        if v[4]:
            st, d = ck.reg_fact(hs, v[4], v[5], ["FLASH"], None, iwdg_opt, src, how=how)
            ck.rep.add(P + "hardware-IWDG option bit", "%s/%s" % (hexv(v[4]), hexv(v[5])), st, d)
            pol = re.search(r"IWDG\d?_HW", d or "")
            want_on = v[5] if pol else 0
            if st == CONFIRMED:
                ck.rep.add(P + "hardware-IWDG option value", hexv(v[6]),
                           CONFIRMED if v[6] == want_on else MISMATCH,
                           "%s field: hardware when %s" % ("IWDG_HW" if pol else "IWDG_SW/WDG_SW",
                                                         "1" if pol else "0")
                           if v[6] == want_on else "expected %s for this field" % hexv(want_on))
        st, d = ck.instance_fact(hs, v[7], [r"WWDG_TypeDef"], how) if v[7] else (None, None)
        if v[7]:
            ck.rep.add(P + "WWDG base", hexv(v[7]), st, d)
        if v[8]:
            st, d = ck.reg_fact(hs, v[8], v[9], ["FLASH"], None,
                                lambda f: re.fullmatch(r"WWDG\d?_SW", f) is not None, src, how=how)
            ck.rep.add(P + "hardware-WWDG option bit", "%s/%s" % (hexv(v[8]), hexv(v[9])), st, d)
            if v[10] != 0:
                ck.rep.add(P + "hardware-WWDG option value", hexv(v[10]), MISMATCH,
                           "WWDG_SW is 0 for hardware")


def check_power_on(ck, rows, profiles):
    ck.rep.section("Power-on reset flags (SYSBOOT_POWER_ON)",
                   "The mask must be the union of the fields the row names, each a field of the "
                   "profile's reset-cause register.")
    for args, v, src in each_row(ck, rows, "POWER_ON", 3):
        prof, mask = args[0][0], v[1]
        P = "POWER_ON %s flags" % prof
        if not mask:
            continue
        p = profiles.get(prof)
        if not p or not p["rst_reg"]:
            ck.rep.add(P, hexv(mask), NOT_CONFIRMED, "the profile has no reset-cause register")
            continue
        hs, how = ck.headers_for(src, prof)
        toks = tokens_of(src)
        flag = re.compile(r"(POR|BOR|PWR|PDR|D\d)RSTF")
        names_any = any(named(f, toks) for h in hs for r in h.resolve(p["rst_reg"])
                        for f in h.fields(prefixes_of(r[0], r[1]), r[3]))
        want = (lambda f: named(f, toks)) if names_any else (lambda f: flag.fullmatch(f) is not None)
        st, d = ck.reg_fact(hs, p["rst_reg"], mask, ["RCC"], ["CSR", "RSR", "CSR2"],
                            want, "", exact_one=False, how=how)
        if st == CONFIRMED and not names_any:
            d += " (the row names no flag: power-on/brown-out flag names)"
        ck.rep.add(P, hexv(mask), st, d)


def check_rdp_open(ck, rows):
    ck.rep.section("Read protection level 0 (SYSBOOT_RDP_OPEN)",
                   "The register must be the FLASH register the comment names (the one that shows the "
                   "protection in force), the mask the union of the CMSIS _Msk of its read-protection "
                   "fields (RDP, RDPRT, RDPROT, LEVEL1_PROT/LEVEL2_PROT) or product-state field "
                   "(PRODUCT_STATE, NVSTATE, RDP_LEVEL). The level-0 code is the HAL's or the "
                   "reference manual's.")
    want = re.compile(r"RDP|RDPRT\d?|RDPROT|RDP_LEVEL|PRODUCT_STATE|NVSTATE|LEVEL[12]_PROT")
    for args, v, src in each_row(ck, rows, "RDP_OPEN", 5):
        prof = args[0][0]
        if not v[1]:
            continue
        P = "RDP_OPEN %s " % prof
        hs, how = ck.headers_for(src, prof)
        c = group_comment(args, 1, 4)
        st, d = ck.reg_fact(hs, v[1], v[2], ["FLASH"], None, lambda f: want.fullmatch(f) is not None, c,
                            exact_one=False, how=how)
        ck.rep.add(P + "read-protection field", "%s/%s" % (hexv(v[1]), hexv(v[2])), st, d)
        value_fact(ck, P + "level-0 code", v[3], v[2], src)


FLASH_BASE_MACROS = ("FLASH_BASE_NS", "FLASH_BASE", "FLASH_BANK1_BASE", "NVM_BASE")


def check_flash(ck, rows):
    ck.rep.section("Main flash base (SYSBOOT_FLASH_BASE)",
                   "The base must be the value of one of %s in the headers the row names (the "
                   "main flash, non-secure alias)." % ", ".join(FLASH_BASE_MACROS))
    for args, v, src in each_row(ck, rows, "FLASH", 3):
        prof, base = args[0][0], v[1]
        if not base:
            continue
        hs, how = ck.headers_for(src, prof)
        oks, bad = [], []
        for h in hs:
            vals = [(m, h.value_of(m)) for m in FLASH_BASE_MACROS if m in h.macros]
            hit = [m for m, x in vals if x == base]
            if hit:
                oks.append("%s %s" % (h.name, hit[0]))
            else:
                bad.append("%s: %s" % (h.name, ", ".join("%s %s" % (m, hexv(x) if x is not None else "?")
                                                         for m, x in vals) or "no flash base macro"))
        if bad:
            st, d = MISMATCH, "; ".join(bad)
        elif oks:
            st, d = CONFIRMED, oks[0] + (" (%d headers agree)" % len(oks) if len(oks) > 1 else "") + \
                (" [%s]" % how if how else "")
        else:
            st, d = NOT_CONFIRMED, "no header of this line in the inputs"
        ck.rep.add("FLASH %s base" % prof, hexv(base), st, d)


def check_dbgmcu(ck, rows):
    ck.rep.section("DBGMCU_IDCODE of a named line (SYSBOOT_DBGMCU)",
                   "Where a build that names its line reads the DEV_ID: the IDCODE register of the "
                   "DBGMCU (DBG) block in the headers the row names; 0 means nothing is read.")
    for args, v, src in each_row(ck, rows, "DBGMCU", 3):
        prof, addr = args[0][0], v[1]
        if not addr:
            continue
        hs, how = ck.headers_for(src, prof)
        st, d = ck.reg_fact(hs, addr, None, ["DBGMCU", "DBG"], regs=["IDCODE"], how=how)
        ck.rep.add("DBGMCU %s IDCODE address" % prof, hexv(addr), st, d)


FLASH_END_MACROS = ("FLASH_END", "FLASH_BANK1_END", "FLASH_BANK2_END")


def check_flash_rows(ck, rows):
    ck.rep.section("Flash programmed by `sysboot flash` (SYSBOOT_FLASH)",
                   "The base must be one of %s and the last byte (base + size - 1) one of %s in the "
                   "headers the row names; rows naming no header are confirmed by the documents they "
                   "name." % (", ".join(FLASH_BASE_MACROS), ", ".join(FLASH_END_MACROS)))
    for args, v, src in each_row(ck, rows, "FLASH", 8):
        dev, base, size = args[0][0], v[1], v[2]
        hs, how = ck.headers_for(src)
        what = "FLASH %s base, last byte" % dev
        value = "%s, %s" % (hexv(base), hexv(base + size - 1))
        if not hs:
            st, d = ck.not_in_headers(src)
            ck.rep.add(what, value, st, d)
            continue
        oks, bad = [], []
        for h in hs:
            b = [m for m in FLASH_BASE_MACROS if m in h.macros and h.value_of(m) == base]
            e = [m for m in FLASH_END_MACROS if m in h.macros and h.value_of(m) == base + size - 1]
            if b and e:
                oks.append("%s %s, %s" % (h.name, b[0], e[0]))
            else:
                bad.append("%s: %s" % (h.name, ", ".join(
                    "%s %s" % (m, hexv(h.value_of(m)) if h.value_of(m) is not None else "?")
                    for m in FLASH_BASE_MACROS + FLASH_END_MACROS if m in h.macros) or "no flash macros"))
        if bad:
            st, d = MISMATCH, "; ".join(bad)
        else:
            st, d = CONFIRMED, oks[0] + (" [%s]" % how if how else "")
        ck.rep.add(what, value, st, d)


def device_macros(inputs):
    """{macro: header} for every `defined(STM32...)` test of the inputs'
    headers: the device macros ST's family headers select a device header by."""
    out = {}
    pat = re.compile(r"defined\s*\(?\s*(STM32[A-Za-z0-9_]+)")
    for rel, _, repo, commit in inputs.files:
        if not rel.lower().endswith(".h"):
            continue
        with open(os.path.join(inputs.folder, rel), errors="replace") as f:
            text = f.read()
        for line in text.splitlines():
            if line.lstrip().startswith(("#if", "#elif")):
                for m in pat.findall(line):
                    out.setdefault(m, "%s (%s %s)" % (os.path.basename(rel), repo, commit[:8]))
    return out


def check_cmsis(ck, rows):
    ck.rep.section("CMSIS device macros (SYSBOOT_CMSIS)",
                   "The macro must be one ST's family header tests (`#if defined(...)`) to pick a "
                   "device header: a misspelt macro would leave a project's build universal. The "
                   "DEV_ID it maps to is not in the headers: confirmed by the document the row names.")
    known = device_macros(ck.inp)
    for args in rows:
        if len(args) < 3:
            ck.rep.add("CMSIS row", "%d columns" % len(args), NOT_CHECKED, "expected 3")
            continue
        macro, src = args[0][0], string_value(args[-1][0])
        what = "CMSIS %s -> %s" % (macro, args[1][0])
        if macro in known:
            st, d = CONFIRMED, "%s tests it" % known[macro]
        elif ck.headers_for(src)[0]:
            st, d = MISMATCH, "no header of the inputs tests defined(%s)" % macro
        else:
            st, d = NOT_CONFIRMED, "no header of the row's source in the inputs"
        ck.rep.add(what, macro, st, d)


def check_rcc(ck, rows, layouts):
    ck.rep.section("Clock sites (SYSBOOT_RCC)",
                   "RCC, FLASH and ICACHE bases must be instances of RCC_TypeDef, FLASH_TypeDef and "
                   "ICACHE_TypeDef; columns after the ICACHE base are matched to any instance base.")
    names = ["RCC", "FLASH", "ICACHE"]
    for args, v, src in each_row(ck, rows, "RCC", 4):
        prof, layout = args[0][0], args[1][0]
        hs, how = ck.headers_for(src, prof)
        layouts.setdefault(layout, []).append((prof, src))
        for i in range(len(args) - 3):
            base = v[i + 2]
            if not base:
                continue
            label = names[i] if i < len(names) else "column %d" % (i + 3)
            P = "RCC %s (%s) %s base" % (prof, layout, label)
            if i < len(names):
                st, d = ck.instance_fact(hs, base, [label + r"_TypeDef"], how)
            else:
                found = ["%s %s (%s *)" % (h.name, n, t) for h in hs for n, t, b in h.instances
                         if b == base and not n.endswith("_S")]
                st, d = (CONFIRMED, found[0]) if found else (NOT_CHECKED, "unknown column, no instance at that base")
            ck.rep.add(P, hexv(base), st, d)


def check_not_in_headers(ck, title, rows, what):
    ck.rep.section(title)
    for args in rows:
        src = string_value(args[-1][0]) if args else ""
        st, d = ck.not_in_headers(src)
        label, value = what(args)
        ck.rep.add(label, value, st, d)


# ----------------------------------------------------------- clock steps

STEP_DEFS = """
#define STEP(block, offset, op, word) @@STEP(block, offset, op, word)@@
#define HALVES(word) @@HALVES(word)@@
#define SYSBOOT_CLOCK_SITE_OF(layout, tree, enables, ...) @@SITE(layout, tree, enables)@@
#define SYSBOOT_CLOCK_SITE_NONE(...) @@SITE(NONE, -, -)@@
"""


def expand_steps(clock_path, layouts):
    """{table: [step]} and {layout: (tree, enables)} from src/clock.c."""
    with open(clock_path) as f:
        src = f.read()
    own = ("STEP", "HALVES", "SYSBOOT_CLOCK_SITE_OF", "SYSBOOT_CLOCK_SITE_NONE")
    out, skip = [], False
    for line in src.splitlines():
        if skip:
            skip = line.rstrip().endswith("\\")
            continue
        m = re.match(r"\s*#\s*define\s+(\w+)", line)
        if m and m.group(1) in own or re.match(r"\s*#\s*include\b", line):
            skip = line.rstrip().endswith("\\")
            continue
        out.append(line)
    arity = dict((m.group(1), len(m.group(2).split(","))) for m in
                 re.finditer(r"#\s*define\s+SYSBOOT_CLOCK_SITE_(\w+)\(([^)]*)\)", src))
    tail = ["@@LAYOUT(%s)@@ SYSBOOT_CLOCK_SITE_%s(%s)" % (l, l, ", ".join(["0"] * arity.get(l, 3)))
            for l in sorted(layouts)]
    text = cpp(["-P", "-CC", "-"], STEP_DEFS + "\n".join(out) + "\n" + "\n".join(tail) + "\n")
    tables = {}
    for m in re.finditer(r"(\w+)\s*\[\s*\]\s*=\s*\{(.*?)\n\s*\};", text, re.S):
        steps = []
        body = m.group(2)
        for t in re.finditer(r"@@STEP\((.*?)\)@@|@@HALVES\((.*?)\)@@|/\*(.*?)\*/|\n", body, re.S):
            if t.group(1) is not None:
                a = [x.strip() for x in split_top(t.group(1), ",")]
                steps.append({"block": a[0], "offset": num(a[1]), "op": a[2], "raw": a[3],
                              "word": num(a[3]), "value": None, "comment": None, "open": True})
            elif t.group(2) is not None and steps:
                steps[-1]["value"] = num(t.group(2))
            elif t.group(3) is not None and steps and steps[-1]["open"] and steps[-1]["comment"] is None:
                steps[-1]["comment"] = " ".join(t.group(3).split())
            elif t.group(0) == "\n" and steps:
                steps[-1]["open"] = False
        if steps:
            tables[m.group(1)] = steps
    sites = {}
    for m in re.finditer(r"@@LAYOUT\((\w+)\)@@\s*(@@SITE\((.*?)\)@@|.*)", text):
        if m.group(3):
            a = [x.strip() for x in m.group(3).split(",")]
            sites[m.group(1)] = (a[1], a[2])
        else:
            sites[m.group(1)] = None
    return tables, sites


def step_kind(s):
    op = s["op"]
    wait = "SYSBOOT_CLOCK_OP_WAIT" in op
    if "SYSBOOT_CLOCK_OP_FIELD" in op:
        k = "FIELD"
    elif "SYSBOOT_CLOCK_OP_ZERO" in op:
        k = "CLEAR"
    elif "SYSBOOT_CLOCK_OP_WHOLE" in op:
        k = "LOAD"
    else:
        k = "SET"
    return ("WAIT_" if wait else "") + k


def step_mask_value(s, kind):
    w = s["word"]
    if kind.endswith("FIELD"):
        return w, s["value"] if s["value"] is not None else 0
    if kind.endswith("CLEAR"):
        return w, 0
    if kind == "LOAD":
        return ALL, w
    return w, w


RESET_WORDS = re.compile(r"\bat reset\b|\(reset\)|\breset\)")

# ST SVD reset values that other documents contradict, each reviewed on its
# own: (SVD files, the register as they name it, the bits, the SVD's value
# and the documented one under those bits, the documents and what they say).
# A clock step that writes the documented value there reads "SVD disagrees:
# confirmed by <documents>"; any other difference stays a mismatch.
F7_SVDS_V24 = ("STM32F722.svd", "STM32F723.svd", "STM32F730.svd", "STM32F732.svd", "STM32F733.svd",
               "STM32F745.svd", "STM32F746.svd", "STM32F750.svd", "STM32F756.svd", "STM32F765.svd",
               "STM32F767.svd", "STM32F768.svd", "STM32F769.svd", "STM32F777.svd", "STM32F778.svd",
               "STM32F779.svd")
F7_DCKCFGR_DOC = (
    "every SVD of the STM32F7_svd_V2.4 set gives RCC_PLLI2SCFGR, RCC_PLLSAICFGR, RCC_DCKCFGR1 and "
    "RCC_DCKCFGR2 one value, 0x20003000, PLLI2SCFGR's: in DCKCFGR2 it would pick LSE, off at reset, "
    "for UART7 (stm32f746xx.h RCC_DCKCFGR2_UART7SEL [13:12]); STM32CubeF7 HAL_RCC_DeInit "
    "(stm32f7xx_hal_rcc.c, zephyrproject-rtos/hal_stm32 fe7d2e2) writes RCC->PLLSAICFGR = "
    "PLLSAIN_6 | PLLSAIN_7 | PLLSAIQ_2 | 0x20000000 (0x24003000) where the same SVD says 0x20003000; "
    "the F4 dedicated clock registers at these offsets (DCKCFGR, DCKCFGR2) reset to 0 in ST's F4 SVDs")
SVD_DISAGREEMENTS = (
    (("STM32C011.svd", "STM32C031.svd"), ("RCC.RCC_CR",), 0x00003800, 0x00000000, 0x00001000,
     "STM32CubeC0 v1.4.0 stm32c0xx_hal_rcc.h (zephyrproject-rtos/hal_stm32 fe7d2e2), "
     "__HAL_RCC_GET_HSI_DIVIDER: \"RCC_CR_HSIDIV_4  HSI oscillator divided by 4 (default after reset)\"; "
     "cmsis_device_c0 v1.2.0 system_stm32c0xx.c: \"SystemCoreClock = 12000000UL\" (HSI48 / 4); "
     "RCC_CR 0x00001540 in the STM32C051/C071/C091/C092 SVDs of the same STM32C0_svd_V1.5 set"),
    (("STM32C011.svd", "STM32C031.svd"), ("RCC.RCC_CR",), 0x000000E0, 0x00000000, 0x00000040,
     "RCC_CR 0x00001540 (HSIKERDIV 010, /3) in the STM32C051/C071/C091/C092 SVDs of the same "
     "STM32C0_svd_V1.5 set, whose C011/C031 files give 0x00000500, without HSIDIV's /4 either"),
    (("STM32H562.svd", "STM32H563.svd", "STM32H573.svd"), ("RCC.RCC_CR",), 0x00000018, 0x00000000, 0x00000008,
     "zephyrproject-rtos/zephyr PR 57750 (ST, run on the STM32H573I-DK): \"By default the HSI clock is "
     "32MHz (oscillator 64MHz div-by-2)\"; PR 57241: \"By default HSIDIV is set to 0x01, so default "
     "frequency is 32 MHz\"; RCC_CR 0x0000002B in the STM32H523/H533 SVDs of the same STM32H5_svd_V1.9 "
     "set (against them: stm32h5xx_hal_rcc.h calls RCC_HSI_DIV1 the default after reset; RM0481 not "
     "read)"),
    (F7_SVDS_V24, ("RCC.DCKCFGR1", "RCC.DKCFGR1", "RCC.DCKCFGR2", "RCC.DKCFGR2"), ALL, 0x20003000, 0,
     F7_DCKCFGR_DOC),
)


def svd_disagreement(label, rst, checked, value):
    """The documents of SVD_DISAGREEMENTS that explain every bit where the
    SVD behind label (\"FILE.svd PERIPH.REG\") gives rst and a step writes
    value, on the bits checked; None when some bit is not explained."""
    svd, _, reg = label.partition(" ")
    docs, covered = [], 0
    for files, regs, bits, svd_value, doc_value, doc in SVD_DISAGREEMENTS:
        b = bits & checked
        if svd in files and reg in regs and b and rst & b == svd_value & b and value & b == doc_value & b:
            docs.append(doc)
            covered |= b
    return docs if docs and (rst ^ value) & checked & ~covered == 0 else None


def some(names, n=3):
    """A list of header names, cut short: 'a.h, b.h, c.h and 7 more'."""
    names = list(names)
    if len(names) <= n + 1:
        return ", ".join(names)
    return "%s and %d more" % (", ".join(names[:n]), len(names) - n)


def main_fields(fs):
    """Drop value aliases (PPRE_DIV16 beside PPRE) from a list of fields."""
    return sorted(f for f in fs if not any(f != g and f.startswith(g + "_") for g in fs))


def check_step(ck, label, index, s, hs, final=None):
    kind = step_kind(s)
    block = s["block"]
    comment = s["comment"] or ""
    mask, value = step_mask_value(s, kind)
    what = "%s[%d] %s(%s, 0x%02X, %s)" % (label, index, kind, block, s["offset"] or 0,
                                         hexv(s["word"]) if s["word"] is not None else s["raw"])
    value_text = "%s /* %s */" % (hexv(value), comment) if kind.endswith("FIELD") else "/* %s */" % comment
    if s["word"] is None or s["offset"] is None:
        ck.rep.add(what, value_text, NOT_CHECKED, "word or offset is not a constant")
        return
    tname = block + "_TypeDef"
    toks = tokens_of(comment)
    per_header = []
    for h in hs:
        insts = sorted((n.endswith("_S"), len(n), n, b) for n, b in h.instances_of(tname))
        if not insts or h.layout(tname) is None:
            continue
        inst, base = insts[0][2], insts[0][3]
        member = [m for o, sz, m in h.layout(tname) if o == s["offset"]]
        member = member[0] if member and not member[0].upper().startswith("RESERVED") else None
        per_header.append((h, inst, base, member, h.fields(prefixes_of(inst, tname), member) if member else {}))
    if not per_header:
        ck.rep.add(what, value_text, NOT_CHECKED, "unknown block %s (no %s in the headers of the layout)"
                   % (block, tname))
        return
    if not comment:
        ck.rep.add(what, value_text, MISMATCH, "the step has no comment naming its bits")
        return
    regs = {}
    for h, inst, base, m, fields in per_header:
        if m:
            regs.setdefault(m, []).append(h.name)
    if not regs:
        ck.rep.add(what, value_text, MISMATCH, "offset 0x%X is reserved in %s in every header (%s)" % (
            s["offset"], tname, some(x[0].name for x in per_header)))
        return
    problems, notes, used = [], [], set()
    absent = [h.name for h, _, _, m, _ in per_header if m is None]
    # reserved on a part is fine where the part lacks the register, not
    # where its register sits at another offset
    for h, inst, base, m, fields in per_header:
        moved = ["%s is at 0x%X" % (r, o) for o, sz, r in (h.layout(tname) if m is None else [])
                 if r in regs]
        if moved:
            absent.remove(h.name)
            problems.append("offset 0x%X is reserved in %s, where %s" % (s["offset"], h.name, ", ".join(moved)))
    if absent:
        notes.append("reserved in " + some(absent))
    if kind.endswith("FIELD") and value & ~mask & ALL:
        problems.append("value %s has bits outside the mask %s" % (hexv(value), hexv(mask)))
    # The bits the comment must name: the mask; for whole-register steps
    # (LOAD, CLEAR of ~keep) the register itself and the bits kept.
    whole = kind == "LOAD" or s["raw"].lstrip().startswith("~")
    if whole:
        unnamed = {}
        for h, inst, base, m, fields in per_header:
            if not m or named(m, toks) or m in comment:
                continue
            if kind == "LOAD" and any(named(f, toks) for f in fields):
                used.update(f for f in fields if named(f, toks))
                continue
            unnamed.setdefault(m, []).append(h.name)
        for m, names in sorted(unnamed.items()):
            problems.append("the comment does not name %s (%s)" % (m, some(names)))
        check_bits = ~s["word"] & ALL if kind != "LOAD" else 0
    else:
        check_bits = mask
    other, reserved = {}, 0
    for b in bits_of(check_bits):
        in_named, in_any = False, False
        for h, inst, base, m, fields in per_header:
            fs = [f for f, fm in fields.items() if fm >> b & 1]
            if not fs:
                continue
            in_any = True
            hit = [f for f in fs if named(f, toks)]
            if hit:
                in_named = True
                used.update(hit)
            else:
                for f in main_fields(fs):
                    other.setdefault((f, fields[f]), set()).add(h.name)
        if not in_any:
            reserved |= 1 << b
    for (f, fm), names in sorted(other.items()):
        problems.append("%s (%s) in %s is not named in the comment" % (f, hexv(fm), some(sorted(names))))
    if reserved and not whole:
        problems.append("bits %s are reserved in every header" % hexv(reserved))
    # Reset values: a step said to write the reset value must write the
    # SVD's; a step on a clock-enable register must not clear a bit that is
    # 1 at reset.
    writes = not kind.startswith("WAIT")
    says_reset = RESET_WORDS.search(comment) is not None and writes
    is_enable = any(re.fullmatch(r"[A-Z0-9]*ENR\d?", m) for m in regs) and writes and kind != "SET"
    resets = []
    if writes:
        for h, inst, base, m, fields in per_header:
            if not m:
                continue
            svd = ck.inp.svd_for(h)
            r = svd.at(base + s["offset"]) if svd else None
            if r:
                resets.append((h, m, fields, r[2], r[3], "%s %s.%s" % (svd.label.split(" ")[0], r[0], r[1])))
            pre = prefixes_of(inst, tname)[0]
            rst = h.value_of("%s_%s_Rst" % (pre, m))
            if rst is not None:
                resets.append((h, m, fields, rst & ALL, ALL, "%s %s_%s_Rst" % (h.name, pre, m)))
        have = set(h.name for h, m, f, rst, w, l_ in resets)
        if (says_reset or is_enable) and len(have) < len(per_header) - len(absent):
            notes.append("no reset value for %s" % some(
                h.name for h, _, _, m, _ in per_header if m and h.name not in have))
    if final is not None:
        # the table's last write to this register: what all its writes
        # leave, beside the reset value (a note for review, not a check)
        fmask, fvalue = final
        diff = ["%s reset %s" % (label_, hexv(rst)) for h, m, f, rst, w, label_ in resets
                if rst & fmask & w != fvalue & fmask & w]
        if diff:
            notes.append("after the table this register holds %s under %s where %s" % (
                hexv(fvalue & fmask), hexv(fmask), "; ".join(diff)))
    documented = []
    if says_reset:
        # compared on the bits software can write (SVD fields not read-only)
        bad = []
        for h, m, f, rst, w, label_ in resets:
            if rst & mask & w == value & mask & w:
                continue
            docs = svd_disagreement(label_, rst, mask & w, value)
            if docs is None:
                bad.append("%s reset %s" % (label_, hexv(rst)))
            else:
                documented.append("%s reset %s, but %s" % (label_, hexv(rst), "; ".join(docs)))
        if bad:
            problems.append("writes %s, but %s" % (hexv(value & mask), some(bad, 2).replace(", ", "; ")))
        elif resets:
            notes.append("reset %s (%s%s)" % (hexv(resets[0][3]), resets[0][5],
                                              ", %d sources agree" % len(resets) if len(resets) > 1 else ""))
    if is_enable:
        cleared = mask & ~value & ALL
        bad = []
        for h, m, fields, rst, w, label_ in resets:
            lost = rst & cleared & w
            if lost:
                bad.append("%s (%s reset %s: %s)" % (hexv(lost), label_, hexv(rst),
                                                     ", ".join(main_fields(fields_in(fields, lost))) or "reserved bits"))
        # a memory's clock enable cleared on a part no SVD gives the reset of
        unsure = []
        for h, inst, base, m, fields in per_header:
            if m and h.name not in have:
                mem = [f for f, fm in fields.items() if fm & mask & ~value
                       and re.fullmatch(r"\w*(SRAM|RAM|FLASH|FLITF|MIF)\w*EN", f)]
                if mem:
                    unsure.append("%s in %s" % ("/".join(main_fields(mem)), h.name))
        if bad:
            problems.append("clears enables that are 1 at reset: " + "; ".join(bad))
        elif unsure:
            status_unsure = "clears memory clock enables whose reset value no SVD in the inputs gives: " + \
                "; ".join(unsure)
            notes.append(status_unsure)
        elif resets:
            notes.append("keeps every enable that is 1 at reset (%s reset %s)" % (resets[0][5], hexv(resets[0][3])))
    where = "; ".join("%s.%s @0x%X in %s" % (tname, r, s["offset"], some(n)) for r, n in sorted(regs.items()))
    if problems:
        ck.rep.add(what, value_text, MISMATCH, where + ": " + "; ".join(problems))
    elif any(n.startswith("clears memory clock enables") for n in notes):
        ck.rep.add(what, value_text, NOT_CONFIRMED, where + ": " + "; ".join(notes))
    elif documented:
        ck.rep.add(what, value_text, SVD_DISAGREES, where + ": writes %s; %s" % (
            hexv(value & mask), "; ".join(documented + notes)))
    else:
        fields = (", fields " + ", ".join(sorted(used))) if used else ""
        ck.rep.add(what, value_text, CONFIRMED, where + fields + ("; " + "; ".join(notes) if notes else ""))


def check_clock(ck, clock_path, layouts, prof_sources):
    ck.rep.section("Clock step tables (src/clock.c)",
                   "Each step is checked in every header named by the rows of the profiles that use "
                   "its table (through their SYSBOOT_RCC layout): the offset must be a register of the "
                   "block's _TypeDef; every bit of the mask must lie in a field whose CMSIS name the "
                   "comment names, or be reserved on that part; for a LOAD or a CLEAR of ~bits the "
                   "comment must name the register and every field of the bits kept; a step whose "
                   "comment says it writes the reset value must write the SVD reset value (under its "
                   "mask), or the value a document of SVD_DISAGREEMENTS gives where it contradicts "
                   "that SVD; a step on a clock-enable register must not clear a bit that is 1 at reset.")
    tables, sites = expand_steps(clock_path, layouts)
    users = {}  # table -> [layout]
    for layout in sorted(layouts):
        if layout == "NONE":
            continue
        site = sites.get(layout)
        if not site or not all(t in tables for t in site):
            ck.rep.add("layout %s" % layout, "-", NOT_CHECKED, "no step tables found for it in clock.c")
            continue
        for t in site:
            users.setdefault(t, []).append(layout)
    for table in sorted(users, key=lambda t: (users[t][0], t)):
        hs, seen = [], set()
        for layout in users[table]:
            for prof, _ in layouts[layout]:
                for source in prof_sources.get(prof, []):
                    for h in ck.headers_for(source, prof)[0]:
                        if h.name not in seen:
                            seen.add(h.name)
                            hs.append(h)
        label = "%s %s" % ("/".join(users[table]), table)
        net, last = {}, {}
        for i, s in enumerate(tables[table]):
            kind = step_kind(s)
            if kind.startswith("WAIT") or s["word"] is None:
                continue
            m, v = step_mask_value(s, kind)
            key = (s["block"], s["offset"])
            om, ov = net.get(key, (0, 0))
            net[key] = (om | m, (ov & ~m | v & m) & ALL)
            last[key] = i
        for i, s in enumerate(tables[table]):
            key = (s["block"], s["offset"])
            check_step(ck, label, i, s, hs, net[key] if last.get(key) == i else None)


# -------------------------------------------------------------- writing

def write_report(args, rep, inputs, def_path, clock_path, n_unknown):
    lines = []
    rel = lambda p: os.path.relpath(p, ROOT)
    lines.append("# Facts check: data/stm32.def and src/clock.c against ST's CMSIS headers and SVD files")
    lines.append("")
    lines.append("Generated by `tools/facts_check.py`; do not edit by hand. Every register fact of the "
                 "data file and every clock step is one line below: what it is, its value, and either "
                 "the header (or SVD) and name that confirmed it, \"not in headers: confirmed by\" the "
                 "document the row names (facts no header can hold: AN2606 addresses, RDP codes), "
                 "\"SVD disagrees: confirmed by\" the documents that contradict an SVD reset value "
                 "(tools/facts_check.py SVD_DISAGREEMENTS, each entry reviewed on its own), "
                 "\"not confirmed\" with the reason, or a mismatch with why.")
    lines.append("")
    lines.append("To re-run (inputs fetched outside the repository as `tools/README.md` says):")
    lines.append("")
    lines.append("    python3 tools/facts_check.py --inputs /work/facts-src --write docs/facts-check.md")
    lines.append("")
    lines.append("`tests/facts/run.sh` (in `make test`) fails when the two files below changed after this "
                 "report was written, or when a line below reports a mismatch.")
    lines.append("")
    lines.append("- `%s` sha256 `%s`" % (rel(def_path), sha256_file(def_path)))
    lines.append("- `%s` sha256 `%s`" % (rel(clock_path), sha256_file(clock_path)))
    digest = hashlib.sha256("".join("%s  %s\n" % (h, p) for p, h, _, _ in inputs.files).encode()).hexdigest()
    lines.append("- inputs: %d files, digest `%s` (sha256 of the file list at the end)" % (len(inputs.files), digest))
    c = rep.counts
    lines.append("")
    lines.append("Summary: %d facts: %d confirmed, %d not in headers (confirmed by the document named), "
                 "%d where the SVD disagrees (confirmed by the documents named), "
                 "%d not confirmed, %d not checked, %d mismatches.%s" % (
                     sum(c.values()), c.get(CONFIRMED, 0), c.get(NOT_IN_HEADERS, 0), c.get(SVD_DISAGREES, 0),
                     c.get(NOT_CONFIRMED, 0), c.get(NOT_CHECKED, 0), c.get(MISMATCH, 0),
                     " %d rows of kinds this tool does not know were skipped." % n_unknown if n_unknown else ""))
    for title, intro, items in rep.sections:
        lines.append("")
        lines.append("## " + title)
        lines.append("")
        if intro:
            lines.append(intro)
            lines.append("")
        lines.extend(items or ["(none)"])
    lines.append("")
    lines.append("## Inputs")
    lines.append("")
    lines.append("| folder | repository | commit |")
    lines.append("|---|---|---|")
    for d, repo, commit in inputs.dirs:
        lines.append("| %s | %s | %s |" % (d, repo, commit))
    lines.append("")
    lines.append("Files (sha256, path under the inputs folder):")
    lines.append("")
    lines.append("```")
    lines.extend("%s  %s" % (h, p) for p, h, _, _ in inputs.files)
    lines.append("```")
    text = "\n".join(lines) + "\n"
    with open(args.write, "w") as f:
        f.write(text)
    return c.get(MISMATCH, 0)


def run(args):
    def_path = os.path.abspath(args.data)
    clock_path = os.path.abspath(args.clock)
    inputs = Inputs(args.inputs)
    rep = Report()
    ck = Checker(inputs, rep)
    rows = expand_rows(def_path)
    by_kind = {}
    for kind, a in rows:
        by_kind.setdefault(kind, []).append(a)
    known = {"SYSBOOT_IDCODE", "SYSBOOT_PROFILE", "SYSBOOT_USB", "SYSBOOT_WATCHDOG",
             "SYSBOOT_POWER_ON", "SYSBOOT_RCC", "SYSBOOT_DEVICE", "SYSBOOT_MAX_CLOCK",
             "SYSBOOT_RDP_OPEN", "SYSBOOT_FLASH_BASE", "SYSBOOT_DBGMCU", "SYSBOOT_FLASH",
             "SYSBOOT_CMSIS", "SYSBOOT_ROM_RAM"}
    n_unknown = sum(len(v) for k, v in by_kind.items() if k not in known)
    profiles, layouts = {}, {}
    check_idcode(ck, by_kind.get("SYSBOOT_IDCODE", []))
    check_profiles(ck, by_kind.get("SYSBOOT_PROFILE", []), profiles)
    check_usb(ck, by_kind.get("SYSBOOT_USB", []))
    check_watchdogs(ck, by_kind.get("SYSBOOT_WATCHDOG", []))
    check_power_on(ck, by_kind.get("SYSBOOT_POWER_ON", []), profiles)
    check_rcc(ck, by_kind.get("SYSBOOT_RCC", []), layouts)
    check_rdp_open(ck, by_kind.get("SYSBOOT_RDP_OPEN", []))
    check_flash(ck, by_kind.get("SYSBOOT_FLASH_BASE", []))
    check_dbgmcu(ck, by_kind.get("SYSBOOT_DBGMCU", []))
    check_flash_rows(ck, by_kind.get("SYSBOOT_FLASH", []))
    check_cmsis(ck, by_kind.get("SYSBOOT_CMSIS", []))
    prof_sources = {}
    for kind, rs in by_kind.items():
        if kind in ("SYSBOOT_PROFILE", "SYSBOOT_RCC", "SYSBOOT_USB", "SYSBOOT_WATCHDOG", "SYSBOOT_POWER_ON"):
            for a in rs:
                if a:
                    prof_sources.setdefault(a[0][0], []).append(string_value(a[-1][0]))
    check_clock(ck, clock_path, layouts, prof_sources)
    check_not_in_headers(ck, "Devices (SYSBOOT_DEVICE): AN2606 facts", by_kind.get("SYSBOOT_DEVICE", []),
                         lambda a: ("DEVICE %s %s system memory, bootloader, SRAM" % (a[0][0], a[2][0]),
                                    "%s+%s, %s, %s+%s" % tuple(a[i][0] for i in (4, 5, 6, 7, 8)))
                         if len(a) >= 9 else ("DEVICE row", "?"))
    check_not_in_headers(ck, "Highest core clock (SYSBOOT_MAX_CLOCK): datasheet facts",
                         by_kind.get("SYSBOOT_MAX_CLOCK", []),
                         lambda a: ("MAX_CLOCK %s" % a[0][0], a[1][0]) if len(a) >= 2 else ("MAX_CLOCK row", "?"))
    check_not_in_headers(ck, "The ROM's own SRAM (SYSBOOT_ROM_RAM): AN2606 facts", by_kind.get("SYSBOOT_ROM_RAM", []),
                         lambda a: ("ROM_RAM %s" % a[0][0], "%s-%s" % (a[1][0], a[2][0]))
                         if len(a) >= 4 else ("ROM_RAM row", "?"))
    mism = write_report(args, rep, inputs, def_path, clock_path, n_unknown)
    print("%s: %s" % (args.write, ", ".join("%d %s" % (v, k) for k, v in sorted(rep.counts.items()))))
    return 1 if mism and args.strict else 0


def verify(report, data, clock):
    """0 when the report is fresh and holds no mismatch; messages else."""
    problems = []
    if not os.path.exists(report):
        return ["%s does not exist: run tools/facts_check.py" % report]
    with open(report) as f:
        text = f.read()
    for path in (data, clock):
        rel = os.path.relpath(os.path.abspath(path), ROOT)
        m = re.search(r"^- `%s` sha256 `([0-9a-f]{64})`" % re.escape(rel), text, re.M)
        if not m:
            problems.append("%s: no sha256 of %s recorded" % (report, rel))
        elif m.group(1) != sha256_file(path):
            problems.append("%s changed after %s was generated: re-run tools/facts_check.py" % (rel, report))
    bad = [l for l in text.splitlines() if l.startswith("- ") and "MISMATCH" in l]
    for l in bad:
        problems.append("%s holds a mismatch: %s" % (report, l[:300]))
    return problems


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--inputs", help="folder with the fetched headers and SVD files (and %s)" % MANIFEST)
    ap.add_argument("--write", help="report to write (docs/facts-check.md)")
    ap.add_argument("--verify", metavar="REPORT", help="only check REPORT: hashes fresh, no mismatch")
    ap.add_argument("--data", default=os.path.join(ROOT, "data", "stm32.def"))
    ap.add_argument("--clock", default=os.path.join(ROOT, "src", "clock.c"))
    ap.add_argument("--strict", action="store_true", help="exit 1 when a mismatch is found")
    args = ap.parse_args(argv)
    if args.verify:
        problems = verify(args.verify, args.data, args.clock)
        for p in problems:
            print(p)
        return 1 if problems else 0
    if not args.inputs or not args.write:
        ap.error("--inputs and --write, or --verify")
    return run(args)


if __name__ == "__main__":
    sys.exit(main())

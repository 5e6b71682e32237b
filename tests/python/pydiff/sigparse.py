"""Reads the Python-visible functions of a .pyx file and the declared type
of every parameter.

Deliberately simple: it scans top-level ``def`` / ``cpdef`` headers (which may
span lines inside parentheses), splits the parameter list on top-level commas
and classifies each parameter's type.  ``ctypedef`` aliases and ``ctypedef
fused`` types of the file (and of the ``.pxd`` files beside it) are resolved.
Anything it does not understand becomes kind ``object`` and is fed generic
Python values, which is always safe.
"""

from __future__ import annotations

import dataclasses
import os
import re

# C scalar type name -> (kind, numpy dtype name, lo, hi)
_INT_BITS = {
    "char": (True, 8), "signed char": (True, 8), "unsigned char": (False, 8),
    "short": (True, 16), "signed short": (True, 16), "unsigned short": (False, 16),
    "short int": (True, 16), "unsigned short int": (False, 16),
    "int": (True, 32), "signed int": (True, 32), "signed": (True, 32),
    "unsigned int": (False, 32), "unsigned": (False, 32),
    "long": (True, 64), "signed long": (True, 64), "long int": (True, 64),
    "unsigned long": (False, 64), "unsigned long int": (False, 64),
    "long long": (True, 64), "signed long long": (True, 64),
    "unsigned long long": (False, 64), "long long int": (True, 64),
    "Py_ssize_t": (True, 64), "ssize_t": (True, 64), "size_t": (False, 64),
    "Py_hash_t": (True, 64), "ptrdiff_t": (True, 64),
    "intptr_t": (True, 64), "uintptr_t": (False, 64),
    "int8_t": (True, 8), "int16_t": (True, 16), "int32_t": (True, 32), "int64_t": (True, 64),
    "uint8_t": (False, 8), "uint16_t": (False, 16), "uint32_t": (False, 32), "uint64_t": (False, 64),
    "intp_t": (True, 64), "uintp_t": (False, 64), "intp": (True, 64),
    "npy_intp": (True, 64), "npy_uintp": (False, 64),
    "int8": (True, 8), "int16": (True, 16), "int32": (True, 32), "int64": (True, 64),
    "uint8": (False, 8), "uint16": (False, 16), "uint32": (False, 32), "uint64": (False, 64),
    "npy_int8": (True, 8), "npy_int16": (True, 16), "npy_int32": (True, 32), "npy_int64": (True, 64),
    "npy_uint8": (False, 8), "npy_uint16": (False, 16), "npy_uint32": (False, 32), "npy_uint64": (False, 64),
    "long_t": (True, 64), "int_t": (True, 64), "uint_t": (False, 64),
}
_FLOATS = {
    "float": "float32", "double": "float64", "long double": "longdouble",
    "float32_t": "float32", "float64_t": "float64", "float32": "float32", "float64": "float64",
    "npy_float32": "float32", "npy_float64": "float64", "npy_float": "float32", "npy_double": "float64",
    "float_t": "float64", "double_t": "float64",
}
_COMPLEX = {
    "float complex": "complex64", "double complex": "complex128",
    "complex64_t": "complex64", "complex128_t": "complex128",
}
_BOOLS = {"bint"}
_OBJECTS = {"object", "", "list", "tuple", "dict", "str", "bytes"}


@dataclasses.dataclass
class Scalar:
    kind: str            # "int" | "float" | "complex" | "bool" | "object"
    ctype: str = ""
    dtype: str = ""      # numpy dtype name for int/float/complex
    lo: int = 0
    hi: int = 0


@dataclasses.dataclass
class View:
    base: Scalar         # element type (kind int/float/complex/bool/object)
    ndim: int
    contig: str          # "" | "C" (last axis ::1) | "F" (first axis ::1)
    const: bool


@dataclasses.dataclass
class Param:
    name: str
    types: list          # one entry, or several for a fused type
    default: str | None  # source text of the default, or None
    not_none: bool
    star: str = ""       # "", "*", "**"


@dataclasses.dataclass
class Function:
    name: str
    kind: str            # "def" | "cpdef"
    params: list
    line: int


def _norm_ctype(t: str) -> str:
    t = re.sub(r"\s+", " ", t.strip())
    for prefix in ("cython.", "np.", "cnp.", "numpy.", "libc.stdint."):
        if t.startswith(prefix):
            t = t[len(prefix):]
    t = t.replace("cython.", "")
    return t


def _split_top(s: str, sep: str = ",") -> list[str]:
    out, depth, cur = [], 0, []
    quote = None
    for ch in s:
        if quote:
            cur.append(ch)
            if ch == quote:
                quote = None
            continue
        if ch in "'\"":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == sep and depth == 0:
            out.append("".join(cur))
            cur = []
            continue
        cur.append(ch)
    out.append("".join(cur))
    return [x for x in (p.strip() for p in out)]


class Aliases:
    def __init__(self):
        self.plain: dict[str, str] = {}
        self.fused: dict[str, list[str]] = {
            "floating": ["float", "double"],
            "integral": ["short", "int", "long"],
            "numeric": ["short", "int", "long", "float", "double", "float complex", "double complex"],
        }

    def feed(self, text: str):
        lines = text.splitlines()
        i = 0
        while i < len(lines):
            line = lines[i]
            m = re.match(r"\s*ctypedef\s+fused\s+(\w+)\s*:\s*$", line)
            if m:
                members = []
                i += 1
                while i < len(lines) and (lines[i].startswith((" ", "\t")) or not lines[i].strip()):
                    s = lines[i].split("#")[0].strip()
                    if s:
                        members.append(s)
                    i += 1
                self.fused[m.group(1)] = members
                continue
            m = re.match(r"\s*ctypedef\s+([\w\s\.]+?)\s+(\w+)\s*(#.*)?$", line)
            if m and "fused" not in m.group(1):
                self.plain[m.group(2)] = m.group(1)
            i += 1

    def resolve(self, t: str, depth: int = 0) -> list[str]:
        t = _norm_ctype(t)
        if depth > 10:
            return [t]
        if t in self.fused:
            out = []
            for member in self.fused[t]:
                out += self.resolve(member, depth + 1)
            return out
        if t in self.plain:
            return self.resolve(self.plain[t], depth + 1)
        return [t]


def scalar_of(t: str) -> Scalar:
    t = _norm_ctype(t)
    if t in _INT_BITS:
        signed, bits = _INT_BITS[t]
        lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
        dt = ("int%d" if signed else "uint%d") % bits
        return Scalar("int", t, dt, lo, hi)
    if t in _FLOATS:
        return Scalar("float", t, _FLOATS[t])
    if t in _COMPLEX:
        return Scalar("complex", t, _COMPLEX[t])
    if t in _BOOLS:
        return Scalar("bool", t)
    return Scalar("object", t)


def _parse_type(t: str, aliases: Aliases) -> list:
    """A parameter's type text -> list of Scalar | View (several for fused)."""
    t = t.strip()
    const = False
    if t.startswith("const "):
        const, t = True, t[6:].strip()
    if "[" in t:
        base, _, rest = t.partition("[")
        axes = _split_top(rest.rsplit("]", 1)[0])
        contig = ""
        for k, ax in enumerate(axes):
            if ax.replace(" ", "").endswith("::1"):
                contig = "C" if k == len(axes) - 1 else "F"
        return [View(scalar_of(b), len(axes), contig, const) for b in aliases.resolve(base)]
    return [scalar_of(b) for b in aliases.resolve(t)]


def _parse_param(p: str, aliases: Aliases) -> Param | None:
    if p in ("/", "*", ""):
        return None
    star = ""
    if p.startswith("**"):
        star, p = "**", p[2:]
    elif p.startswith("*"):
        star, p = "*", p[1:]
    parts = _split_top(p, "=")
    decl = parts[0].strip()
    default = "=".join(parts[1:]).strip() if len(parts) > 1 else None
    not_none = False
    if decl.endswith("not None"):
        not_none, decl = True, decl[: -len("not None")].strip()
    elif decl.endswith("or None"):
        decl = decl[: -len("or None")].strip()
    ann = _split_top(decl, ":")
    if len(ann) == 2 and re.match(r"^\w+$", ann[0]):
        # annotation syntax: name: type (Python builtins stay objects)
        name, typ = ann[0], ann[1].strip()
        if not typ.startswith(("cython.", "np.", "cnp.")) and "[" not in typ:
            typ = "object"
    else:
        m = re.match(r"^(.*?)(\w+)$", decl, re.S)
        if not m:
            return None
        typ, name = m.group(1).strip(), m.group(2)
    if typ.endswith("*") or "(" in typ:
        types = [Scalar("object", typ)]
    else:
        types = _parse_type(typ, aliases) if typ else [Scalar("object", "")]
    return Param(name, types, default, not_none, star)


_HEADER = re.compile(r"^(def|cpdef)\s+(.*)$")


def parse_file(path: str) -> list[Function]:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    aliases = Aliases()
    d = os.path.dirname(os.path.abspath(path))
    stem = os.path.splitext(os.path.basename(path))[0]
    pxd = os.path.join(d, stem + ".pxd")
    for extra in [pxd] + [os.path.join(d, n) for n in sorted(os.listdir(d)) if n.endswith(".pxd")]:
        if os.path.exists(extra):
            with open(extra, encoding="utf-8") as f:
                aliases.feed(f.read())
    aliases.feed(text)
    lines = text.splitlines()
    funcs = []
    i = 0
    while i < len(lines):
        m = _HEADER.match(lines[i])
        if not m:
            i += 1
            continue
        kind = m.group(1)
        header = m.group(2)
        start = i
        # join continuation lines until the parentheses balance and a ':' ends it
        while header.count("(") > header.count(")") and i + 1 < len(lines):
            i += 1
            header += " " + lines[i].split("#")[0].strip()
        i += 1
        # find the name: the identifier right before the parameter list's '('
        # (a cpdef's return type can itself be a ctuple "(int, double)")
        depth, open_at = 0, -1
        for k, ch in enumerate(header):
            if ch == "(":
                prev = header[:k].rstrip()
                if depth == 0 and prev and (prev[-1].isalnum() or prev[-1] == "_"):
                    open_at = k
                    break
                depth += 1
            elif ch == ")":
                depth -= 1
        if open_at < 0:
            continue
        name = re.search(r"(\w+)\s*$", header[:open_at]).group(1)
        depth, close_at = 0, -1
        for k in range(open_at, len(header)):
            if header[k] == "(":
                depth += 1
            elif header[k] == ")":
                depth -= 1
                if depth == 0:
                    close_at = k
                    break
        if close_at < 0:
            continue
        inner = header[open_at + 1:close_at]
        params = []
        for p in _split_top(inner):
            q = _parse_param(p.strip(), aliases)
            if q is not None:
                params.append(q)
        funcs.append(Function(name, kind, params, start + 1))
    return funcs


if __name__ == "__main__":
    import sys
    for path in sys.argv[1:]:
        for fn in parse_file(path):
            print(path, fn.kind, fn.name, [(p.name, p.types, p.default, p.not_none) for p in fn.params])

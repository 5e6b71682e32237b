"""Generates argument values from a parameter's declared type.

A *recipe* is ``(label, valid, make)`` where ``make(ctx)`` builds a fresh
value (so each build gets its own copy of a mutable argument) from a context
holding a seeded generator and the call's common size ``n``.  ``valid`` says
whether Cython is expected to accept the value; it only steers which values
are combined with each other, the outcome is always compared.
"""

from __future__ import annotations

import array
import fractions
import math

import numpy as np

from .sigparse import Scalar, View

DTYPES = [
    "bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64",
    "float16", "float32", "float64", "longdouble", "complex64", "complex128",
]
ARRAY_TYPECODES = "bBhHiIlLqQfd"


class Ctx:
    def __init__(self, seed: int, n: int):
        self.seed = seed
        self.n = n
        self.rng = np.random.default_rng(seed)


class HasIndex:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __repr__(self):
        return f"HasIndex({self.v})"


class HasInt:
    def __int__(self):
        return 3

    def __repr__(self):
        return "HasInt()"


class HasFloat:
    def __float__(self):
        return 2.5

    def __repr__(self):
        return "HasFloat()"


class BadBool:
    def __bool__(self):
        raise RuntimeError("no truth value here")

    def __repr__(self):
        return "BadBool()"


class BadIndex:
    def __index__(self):
        raise ValueError("index refused")

    def __repr__(self):
        return "BadIndex()"


def R(label, valid, make):
    return (label, valid, make)


def const(v):
    return lambda ctx: v


def _fill(dtype: str, shape, ctx: Ctx):
    dt = np.dtype(dtype)
    size = int(np.prod(shape)) if shape else 1
    hi = max(ctx.n, 1)
    if dt.kind == "b":
        vals = ctx.rng.integers(0, 2, size).astype(bool)
    elif dt.kind in "iu":
        vals = ctx.rng.integers(0, hi, size)
    elif dt.kind == "f":
        vals = ctx.rng.integers(-6, 7, size) / 2.0
    elif dt.kind == "c":
        vals = ctx.rng.integers(-6, 7, size) / 2.0 + 1j * (ctx.rng.integers(-6, 7, size) / 2.0)
    elif dt.kind == "O":
        vals = np.array([float(x) for x in ctx.rng.integers(0, 5, size)], dtype=object)
    else:
        vals = ctx.rng.integers(0, 5, size)
    return np.asarray(vals).astype(dt).reshape(shape)


def _shape(ndim: int, n: int, square: bool = True):
    if square:
        return (n,) * ndim
    return tuple(n + k for k in range(ndim))


# ---------------------------------------------------------------- scalars

def int_pool(t: Scalar, extremes: bool):
    out = [R("int 0", True, const(0)), R("int 1", True, const(1)), R("int 2", True, const(2)),
           R("int 3", True, const(3)), R("int 7", True, const(7))]
    if t.lo < 0:
        out += [R("int -1", True, const(-1)), R("int -4", True, const(-4))]
    else:
        out += [R("int -1 (unsigned)", False, const(-1))]
    if extremes:
        out += [R("int lo", True, const(t.lo)), R("int hi", True, const(t.hi)),
                R("int hi-1", True, const(t.hi - 1))]
    out += [
        R("int hi+1", False, const(t.hi + 1)), R("int lo-1", False, const(t.lo - 1)),
        R("int 2**64", False, const(2 ** 64)), R("int -2**64", False, const(-(2 ** 64))),
        R("int 10**30", False, const(10 ** 30)),
        R("True", True, const(True)), R("False", True, const(False)),
        R("float 2.0", False, const(2.0)), R("float 1.5", False, const(1.5)),
        R("float nan", False, const(float("nan"))),
        R("str '3'", False, const("3")), R("None", False, const(None)),
        R("bytes", False, const(b"\x01")), R("list", False, const([1])),
        R("np.int64(2)", True, lambda c: np.int64(2)), R("np.int8(-1)", True, lambda c: np.int8(-1)),
        R("np.uint8(5)", True, lambda c: np.uint8(5)), R("np.float64(2.0)", False, lambda c: np.float64(2.0)),
        R("np.bool_(True)", False, lambda c: np.bool_(True)),
        R("HasIndex(2)", True, lambda c: HasIndex(2)), R("HasIndex(2**70)", False, lambda c: HasIndex(2 ** 70)),
        R("HasInt()", False, lambda c: HasInt()), R("BadIndex()", False, lambda c: BadIndex()),
        R("Fraction(3)", False, lambda c: fractions.Fraction(3)),
        R("complex", False, const(1 + 2j)),
    ]
    return out


def float_pool(t: Scalar, extremes: bool):
    out = [R("0.0", True, const(0.0)), R("1.5", True, const(1.5)), R("-2.25", True, const(-2.25)),
           R("-0.0", True, const(-0.0)), R("int 3", True, const(3)), R("True", True, const(True)),
           R("nan", True, const(float("nan"))), R("inf", True, const(math.inf)),
           R("-inf", True, const(-math.inf)), R("1e-3", True, const(1e-3))]
    if extremes:
        out += [R("1e300", True, const(1e300)), R("5e-324", True, const(5e-324)),
                R("3.5e38", True, const(3.5e38)), R("int 2**53+1", True, const(2 ** 53 + 1))]
    out += [
        R("int 2**1100", False, const(2 ** 1100)), R("str '1.0'", False, const("1.0")),
        R("None", False, const(None)), R("complex", False, const(1j)), R("list", False, const([1.0])),
        R("np.float32(1.5)", True, lambda c: np.float32(1.5)), R("np.float64(-2.5)", True, lambda c: np.float64(-2.5)),
        R("np.int64(4)", True, lambda c: np.int64(4)), R("HasFloat()", True, lambda c: HasFloat()),
        R("HasIndex(5)", True, lambda c: HasIndex(5)), R("HasInt()", False, lambda c: HasInt()),
        R("Fraction(1,4)", True, lambda c: fractions.Fraction(1, 4)), R("bytes", False, const(b"1")),
    ]
    return out


def bool_pool(t: Scalar, extremes: bool):
    return [R("True", True, const(True)), R("False", True, const(False)), R("int 0", True, const(0)),
            R("int 2", True, const(2)), R("None", True, const(None)), R("''", True, const("")),
            R("'a'", True, const("a")), R("[]", True, const([])), R("[0]", True, const([0])),
            R("0.0", True, const(0.0)), R("nan", True, const(float("nan"))),
            R("np.bool_(False)", True, lambda c: np.bool_(False)),
            R("np.zeros(2)", False, lambda c: np.zeros(2)),
            R("BadBool()", False, lambda c: BadBool())]


def complex_pool(t: Scalar, extremes: bool):
    return [R("1+2j", True, const(1 + 2j)), R("0j", True, const(0j)), R("1.5", True, const(1.5)),
            R("int 2", True, const(2)), R("None", False, const(None)), R("str", False, const("1j")),
            R("np.complex64", True, lambda c: np.complex64(1 - 1j))]


def object_pool(t: Scalar, extremes: bool):
    return [R("int 1", True, const(1)), R("int 3", True, const(3)), R("2.5", True, const(2.5)),
            R("None", True, const(None)), R("str", True, const("ab")), R("list", True, lambda c: [1, 2]),
            R("tuple", True, const((1, 2.0))), R("np.arange(3.0)", True, lambda c: np.arange(3.0)),
            R("True", True, const(True)), R("-7", True, const(-7))]


# ------------------------------------------------------------------ views

def _arr(dtype, ndim, layout, readonly=False, square=True):
    def make(ctx):
        n = ctx.n
        if layout == "C":
            a = _fill(dtype, _shape(ndim, n, square), ctx)
        elif layout == "F":
            a = np.asfortranarray(_fill(dtype, _shape(ndim, n, square), ctx))
        elif layout == "T":
            a = _fill(dtype, _shape(ndim, n, square)[::-1], ctx).T
        elif layout == "step2":
            shape = list(_shape(ndim, n, square))
            shape[-1] = 2 * shape[-1]
            a = _fill(dtype, tuple(shape), ctx)[..., ::2]
        elif layout == "step2_first":
            shape = list(_shape(ndim, n, square))
            shape[0] = 2 * shape[0]
            a = _fill(dtype, tuple(shape), ctx)[::2]
        elif layout == "neg":
            a = _fill(dtype, _shape(ndim, n, square), ctx)[..., ::-1]
        elif layout == "neg_first":
            a = _fill(dtype, _shape(ndim, n, square), ctx)[::-1]
        elif layout == "zero":
            shape = list(_shape(ndim, max(n, 1), square))
            shape[0] = 0
            a = _fill(dtype, tuple(shape), ctx)
        elif layout == "zero_last":
            shape = list(_shape(ndim, max(n, 1), square))
            shape[-1] = 0
            a = _fill(dtype, tuple(shape), ctx)
        elif layout == "bcast":
            # stride 0 along the first axis, read-only like numpy makes it
            base = _fill(dtype, _shape(ndim, n, square)[1:] if ndim > 1 else (1,), ctx)
            a = np.broadcast_to(base, _shape(ndim, n, square))
        else:
            raise ValueError(layout)
        if readonly:
            a.setflags(write=False)
        return a
    return make


def _layouts_ok(v: View):
    """Layouts Cython accepts for the view's axis spec."""
    if v.contig == "C":
        lay = ["C", "zero"]
        if v.ndim >= 2:
            lay += ["step2_first", "zero_last"]
        return lay
    if v.contig == "F":
        return ["F", "zero"] + (["T"] if v.ndim >= 2 else [])
    lay = ["C", "F", "step2", "neg", "zero", "zero_last"]
    if v.ndim >= 2:
        lay += ["T", "neg_first", "step2_first"]
    return lay


def _layouts_bad(v: View):
    if v.contig == "C":
        return ["step2", "neg"] + (["F", "T"] if v.ndim >= 2 else [])
    if v.contig == "F":
        return (["C"] if v.ndim >= 2 else []) + ["step2_first", "neg_first"]
    return []


def _sdt(fields, align=False):
    return np.dtype(fields, align=align)


STRUCT_DTYPES = [
    ("i4,f8 aligned", _sdt([("a", "i4"), ("b", "f8")], True)),
    ("i4,f8 packed", _sdt([("a", "i4"), ("b", "f8")])),
    ("f8,i4 aligned", _sdt([("b", "f8"), ("a", "i4")], True)),
    ("i8,f8", _sdt([("a", "i8"), ("b", "f8")], True)),
    ("i4,f4", _sdt([("a", "i4"), ("b", "f4")], True)),
    ("u4,f8", _sdt([("a", "u4"), ("b", "f8")], True)),
    ("i4", _sdt([("a", "i4")], True)),
    ("i4 pad 12,f8", np.dtype({"names": ["a", "b"], "formats": ["i4", "f8"], "offsets": [0, 12], "itemsize": 24})),
    ("i4,f8 itemsize 24", np.dtype({"names": ["a", "b"], "formats": ["i4", "f8"], "offsets": [0, 8], "itemsize": 24})),
    ("(i4,f8),i4 nested", _sdt([("inner", _sdt([("a", "i4"), ("b", "f8")], True)), ("c", "i4")], True)),
    ("i4,f8,i4 flat", _sdt([("a", "i4"), ("b", "f8"), ("c", "i4")], True)),
    ("(i4,f8 packed),i4", _sdt([("inner", _sdt([("a", "i4"), ("b", "f8")])), ("c", "i4")])),
    ("(i4,i8),i4", _sdt([("inner", _sdt([("a", "i4"), ("b", "i8")], True)), ("c", "i4")], True)),
    ("f8[3],i4", _sdt([("x", "f8", (3,)), ("n", "i4")], True)),
    ("f8[2],i4", _sdt([("x", "f8", (2,)), ("n", "i4")], True)),
    ("f8[3,1],i4", _sdt([("x", "f8", (3, 1)), ("n", "i4")], True)),
    ("f8,i4", _sdt([("x", "f8"), ("n", "i4")], True)),
    ("i1,i1,u1", _sdt([("c", "i1"), ("s", "i1"), ("u", "u1")])),
    ("u1,u1,u1", _sdt([("c", "u1"), ("s", "u1"), ("u", "u1")])),
    ("S1,i1,u1", _sdt([("c", "S1"), ("s", "i1"), ("u", "u1")])),
    ("f4,i8", _sdt([("f", "f4"), ("l", "i8")], True)),
    ("big-endian i4,f8", _sdt([("a", ">i4"), ("b", ">f8")], True)),
]


def view_pool(v: View, extremes: bool):
    dt = v.base.dtype if v.base.kind != "object" else None
    if v.base.kind == "bool":
        dt = None
    out = []
    if dt:
        for lay in _layouts_ok(v):
            out.append(R(f"{dt} {lay}", True, _arr(dt, v.ndim, lay)))
        if v.ndim >= 2:
            out.append(R(f"{dt} C non-square", True, _arr(dt, v.ndim, "C", square=False)))
        out.append(R(f"{dt} C read-only", v.const, _arr(dt, v.ndim, "C", readonly=True)))
        out.append(R(f"{dt} broadcast stride 0", v.const and v.contig == "" and v.ndim >= 2,
                     _arr(dt, v.ndim, "bcast")))
        for lay in _layouts_bad(v):
            out.append(R(f"{dt} {lay}", False, _arr(dt, v.ndim, lay)))
        for other in DTYPES:
            if other != dt:
                out.append(R(f"dtype {other}", False, _arr(other, v.ndim, "C")))
        out.append(R("byteswapped", False,
                     lambda c, dt=dt: _fill(dt, _shape(v.ndim, c.n), c).astype(np.dtype(dt).newbyteorder())))
        if v.ndim == 1:
            code = np.dtype(dt).char
            for tc in ARRAY_TYPECODES:
                if np.dtype(tc).char == code or tc == code:
                    out.append(R(f"array.array('{tc}')", True,
                                 lambda c, tc=tc: array.array(tc, [int(x) if tc not in "fd" else float(x)
                                                                    for x in range(c.n)])))
            out.append(R("memoryview(ndarray)", True, lambda c, dt=dt: memoryview(_fill(dt, (c.n,), c))))
            out.append(R("array.array('d')", False, lambda c: array.array("d", [1.0, 2.0])))
            out.append(R("array.array('b')", False, lambda c: array.array("b", [1, 2])))
    else:
        out.append(R("float64 C", False, _arr("float64", v.ndim, "C")))
        out.append(R("int32 C", False, _arr("int32", v.ndim, "C")))
        out.append(R("bool C", False, _arr("bool", v.ndim, "C")))
        if v.base.kind == "object":
            # A view of structs (or of a type pydiff does not know): numpy
            # structured dtypes, aligned and packed, nested, with C array
            # fields, padding, fewer and more fields. Those of the parameter's
            # struct are accepted; the others give Cython's dtype messages.
            for label, dt in STRUCT_DTYPES:
                out.append(R(f"struct {label}", False,
                             lambda c, dt=dt: np.zeros(_shape(v.ndim, c.n), dtype=dt)))
    out += [
        R(f"wrong ndim {v.ndim + 1}", False, _arr(dt or "float64", v.ndim + 1, "C")),
        R(f"wrong ndim {v.ndim - 1}", False, _arr(dt or "float64", v.ndim - 1, "C") if v.ndim > 1
          else (lambda c, dt=dt: np.array(1, dtype=dt or "float64"))),
        R("None", False, const(None)),
        R("bytearray", False, lambda c: bytearray(b"abcd")),
        R("bytes", False, const(b"abc")),
        R("memoryview(bytearray)", False, lambda c: memoryview(bytearray(b"abcd"))),
        R("list", False, lambda c: [1.0, 2.0]),
        R("tuple", False, const((1, 2))),
        R("int", False, const(3)),
        R("str", False, const("ab")),
        R("structured", False, lambda c: np.zeros(3, dtype=[("a", "f8"), ("b", "i4")])),
        R("datetime64", False, lambda c: np.zeros(3, dtype="datetime64[s]")),
        R("object array", False, lambda c: np.array([1.0, None, 2.0], dtype=object)),
    ]
    return out


def pool(t, extremes: bool):
    if isinstance(t, View):
        return view_pool(t, extremes)
    return {"int": int_pool, "float": float_pool, "bool": bool_pool, "complex": complex_pool,
            "object": object_pool}[t.kind](t, extremes)


def param_pool(p, extremes: bool):
    """Union of the pools of a (possibly fused) parameter, labels unique."""
    seen, out = set(), []
    for t in p.types:
        for r in pool(t, extremes):
            if r[0] not in seen:
                seen.add(r[0])
                out.append(r)
    return out

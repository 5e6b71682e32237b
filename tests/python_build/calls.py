"""Calls every function of pyapi (imported from the directory given) with a
table of arguments and prints one line per call: the result's repr, or the
exception's type and message. tests/python_build.rs compares the lines of a
cytrus build with those of a Cython build."""
import array
import importlib
import inspect
import sys
import traceback

import numpy as np

sys.path.insert(0, sys.argv[1])
m = importlib.import_module("pyapi")


class Index:
    def __index__(self):
        return 7


class Floaty:
    def __float__(self):
        return 2.5


class Inty:
    def __int__(self):
        return 9


def show(value):
    if type(value).__name__ in ("_memoryviewslice", "view"):
        a = np.asarray(value)
        return "view %r %s %r" % (a.tolist(), a.dtype.str, a.shape)
    return repr(value)


def frame(tb):
    """The innermost .pyx traceback entry: file, line, function."""
    last = None
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_filename.endswith((".pyx", ".pxd")):
            last = "%s:%d in %s" % (code.co_filename.rsplit("/", 1)[-1], tb.tb_lineno, code.co_name)
        tb = tb.tb_next
    return last


def call(text):
    try:
        value = eval(text, {"m": m, "np": np, "array": array, "Index": Index, "Floaty": Floaty, "Inty": Inty})
        print(text, "->", show(value))
    except Exception as e:
        print(text, "!!", type(e).__name__ + ":", e, "@", frame(e.__traceback__))


scalars = ["1", "-1", "2**7", "2**8", "2**15", "2**16", "2**31", "2**32", "2**63", "2**64", "-2**63-1",
           "1.5", "'x'", "None", "Index()", "Floaty()", "Inty()", "True", "1e300", "float('nan')", "np.int64(5)",
           "np.float32(2.5)", "[]"]
for name in ["schar", "char", "uchar", "short", "ushort", "int", "uint", "long", "ulong", "llong", "ullong",
             "ssize", "size", "double", "float", "bint"]:
    for v in scalars:
        call("m.t_%s(%s)" % (name, v))

for text in ["m.mixed(1)", "m.mixed(1, 2)", "m.mixed(1, c=0)", "m.mixed(a=3)", "m.mixed()", "m.mixed(1, 2, 3, 4)",
             "m.mixed(1, a=2)", "m.mixed(1, d=2)", "m.mixed(b=2.0)", "m.mixed(1, 'x')", "m.mixed(**{'a': 1, 'z': 2})",
             "m.with_defaults()", "m.with_defaults(1, 2, 3, 4)", "m.with_defaults(w=1)", "m.nothing()", "m.nothing(1)",
             "m.nothing(x=1)", "m.narrow(1e300)", "m.narrow(0.1)", "m.biggest()", "m.truth(3)", "m.truth(0)",
             "m.answer", "m.ratio", "m.mixed.__doc__", "m.with_defaults.__doc__", "m.mixed.__name__",
             "str(inspect.signature(m.mixed))", "str(inspect.signature(m.with_defaults))",
             "str(inspect.signature(m.nothing))", "str(inspect.signature(m.readonly_sum))",
             "str(inspect.signature(m.maybe))"]:
    call(text.replace("inspect.", "__import__('inspect')."))

arrays = []
for dtype in ["float64", "float32", "int64", "int32", "uint8", "int8", "int16", "uint64", "bool", "complex128"]:
    arrays += ["np.ones(3, dtype='%s')" % dtype, "np.ones((2, 3), dtype='%s')" % dtype,
               "np.ones((2, 3), dtype='%s').T" % dtype, "np.ones((3, 4), dtype='%s')[:, ::2]" % dtype]
arrays += ["None", "[1.0]", "b'abcdefgh'", "bytearray(8)", "array.array('d', [1, 2])", "array.array('i', [1, 2])",
           "memoryview(b'abcdefgh').cast('d')", "memoryview(bytearray(16)).cast('d')", "np.zeros(0)",
           "np.zeros((0, 3))", "np.ones(5)[::-1]", "np.ones((2, 2))[::-1]", "np.ones(3)[None, :]",
           "np.ones(4, dtype='>f8')", "np.ones((1, 3))", "np.ones((3, 1))", "1.0", "np.ones((2, 2, 2))",
           "np.frombuffer(b'\\0' * 16)"]
for name in ["c_contig", "f_contig", "not_none", "readonly_sum", "int_sum", "bytes_len", "float_2d", "maybe"]:
    for a in arrays:
        call("m.%s(%s)" % (name, a))
    call("m.%s(a=np.ones(2))" % name)

for text in ["m.every_other(np.arange(5.0))", "m.transposed(np.arange(6.0).reshape(2, 3))", "m.new_array(3)",
             "m.every_other(None)", "m.every_other(array.array('d', [1, 2, 3]))", "m.outer(3)", "m.outer(-1)",
             "m.raises(0)", "m.raises(1)", "m.raises(2)", "m.raises(3)", "m.raises(4)", "m.raises(5)",
             "m.at(np.arange(3.0), 2)", "m.at(np.arange(3.0), -1)", "m.at(np.arange(3.0), 3)",
             "m.at(np.arange(3.0), 2**70)", "m.readonly_sum(np.arange(3.0), k=None)",
             "m.readonly_sum(np.arange(3.0), 2.5)"]:
    call(text)

# Element types named by a ctypedef, a numpy typedef or const: the message names them as written.
for name in ["typed_real", "typed_const_real", "typed_npy", "typed_byte"]:
    for a in ["np.ones(3)", "np.ones(3, dtype='int8')", "np.ones(3, dtype='uint8')", "np.ones(3, dtype='float32')"]:
        call("m.%s(%s)" % (name, a))

# Defaults of float parameters: the signature shows the literal.
for name in ["float_defaults"]:
    call("str(__import__('inspect').signature(m.%s))" % name)
    call("m.%s()" % name)


# Re-raised exceptions keep the frame they were raised in.
for text in ["m.reraise_bare(1)", "m.reraise_bare(0)", "m.reraise_unmatched(1)", "m.reraise_in_callee(1)",
             "m.reraise_after_inner(1)", "m.reraise_from_finally(1)"]:
    call(text)

x = np.arange(5.0)
r = m.every_other(x)
x[0] = 42
print("a returned view shares memory:", np.asarray(r)[0])
del x
print("and keeps it alive:", np.asarray(r).tolist())
x, y = np.arange(5.0), np.ones(5)
m.saxpy(2.0, x, y)
print("saxpy:", y.tolist())
a = np.ones(4)
m.fill(a, 3.0)
print("fill:", a.tolist())
for f, arg in [(m.outer, -1), (m.raises, 1), (m.raises, 0)]:
    try:
        f(arg)
    except Exception:
        print([line.strip() for line in traceback.format_exc().splitlines() if ".pyx" in line])

# returned views: indexing, iteration, attributes, repr (addresses blanked),
# writability; per-return result conversion
def blank(text):
    return __import__("re").sub(r" at 0x[0-9a-f]+>", " at 0x…>", text)


rw = np.arange(6.0).reshape(2, 3)
ro = np.arange(3.0)
ro.flags.writeable = False
for text in ["v[0, 1]", "v[-1, -1]", "v[1][2]", "v[0]", "v[:, 1]", "v[::-1, ::2]", "v[...]", "v[1, ...]",
             "v[2]", "v[0, 5]", "v[0, -4]", "v[0, 0, 0]", "v['a']", "v[1.0]", "v[None]", "v[::0]", "v[0][5]",
             "len(v)", "v.shape", "v.strides", "v.ndim", "v.size", "v.itemsize", "v.nbytes", "v.T.shape",
             "np.asarray(v.T).tolist()", "np.asarray(v.copy()).tolist()", "v.copy()", "v.base is rw",
             "[list(row) for row in v]", "np.asarray(v[:, 1]).tolist()", "memoryview(v).readonly",
             "memoryview(m.ret_const(rw[0])).readonly", "memoryview(m.ret_const(ro)).readonly",
             "m.ret_const(ro)[1]", "m.ret_const(array.array('d', [1, 2]))",
             "m.ret_ints(np.array([-1, 2], dtype=np.intc))[0]", "m.ret_uints(np.array([65535], dtype=np.uint16))[0]",
             "m.ret_ident(np.zeros((2, 0)))[0]", "m.ret_kind(0)", "m.ret_kind(1)", "m.ret_kind(2)",
             "m.ret_kind(-1)"]:
    try:
        v = m.ret_ident(rw)
        value = eval(text, {"m": m, "np": np, "array": array, "v": v, "rw": rw, "ro": ro})
        print(text, "->", blank(repr(value)))
    except Exception as e:
        print(text, "!!", type(e).__name__ + ":", e)

# print goes through sys.stdout (redirect_stdout sees it)
import contextlib
import io

for arg in [3, -8]:
    captured = io.StringIO()
    with contextlib.redirect_stdout(captured):
        r = m.say(arg)
    print("say(%d) ->" % arg, r, "printed", repr(captured.getvalue()))

base = np.arange(5.0)
r = m.ret_ndarray(base)
base[2] = -1.0
print("ret_ndarray:", type(r).__name__, r.dtype.str, r.tolist(), r.flags.writeable)

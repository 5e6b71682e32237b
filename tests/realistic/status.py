#!/usr/bin/env python3
"""Write tests/realistic/STATUS.md: what each realistic kernel uses, and what
`cytrus check` says about it today.

    python3 tests/realistic/status.py [--cytrus PATH] [--validate-probes]

For every kernel (NAME.pyx here whose name does not start with `_`):
  * the constructs it uses, found by the detectors below (line patterns over
    the source with comments removed, statements joined across brackets);
  * `cytrus check --color=never NAME.pyx`: every diagnostic (code, position,
    message), the first one attributed to a construct by matching the
    detectors against the source line it points at.

For every construct, a probe: the smallest program that uses it (and only
what it cannot do without), checked by cytrus. A construct whose probe is
rejected fails in every kernel that uses it, whether or not today's
diagnostics reach it (cytrus stops after a syntax error, so later problems
of a file are not reported yet). With --validate-probes each probe is first
translated by Cython (`cython -3`) to make sure it is valid Cython.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


# --------------------------------------------------------------------------
# Constructs: key, description, detector, probe.
#
# A detector is a regex searched in each logical line (comments removed),
# or a function (text, logical_lines, name) -> set of line numbers.
# A probe is a dict {filename: source}; the first file is checked.

NP = "import numpy as np\n"
CNP = "cimport numpy as cnp\n"


def probe(src, **extra):
    files = {"probe.pyx": src}
    files.update(extra)
    return files


CONSTRUCTS = [
    # numpy, C side
    ("cimport numpy", "`cimport numpy as cnp` / `cimport numpy as np` / `from numpy cimport ...`",
     r"^\s*(cimport numpy\b|from numpy cimport)",
     probe(CNP + "print(1)\n")),
    ("numpy C typedefs", "`cnp.float64_t`, `np.intp_t`, `cnp.npy_intp`, `cnp.npy_float64`, ... as C types",
     r"\b(cnp|np)\.(npy_\w+|(float|int|uint|intp|uintp|complex)\d*_t)\b|^\s*from numpy cimport",
     probe(CNP + "cdef cnp.float64_t x = 1.5\ncdef cnp.intp_t i = 2\nprint(x, i)\n")),
    ("ctypedef of a numpy type", "`ctypedef cnp.float64_t DTYPE_t` and the like",
     r"^\s*ctypedef\s+(cnp|np)\.\w+\s+\w+",
     probe(CNP + "ctypedef cnp.float64_t DTYPE_t\ncdef DTYPE_t x = 2.5\nprint(x)\n")),
    ("cnp.import_array()", "`cnp.import_array()` / `np.import_array()` at module level",
     r"\b(cnp|np)\.import_array\(\)",
     probe(CNP + "cnp.import_array()\nprint(1)\n")),
    # numpy, Python side
    ("import numpy", "`import numpy as np`",
     r"^\s*import numpy as np\b",
     probe(NP + "print(1)\n")),
    ("np allocation into a view", "`np.zeros/empty/ones/full(shape, dtype=...)` assigned to a typed memoryview",
     r"\bnp\.(zeros|empty|ones|full)\(",
     probe(NP + "cdef double[::1] a = np.zeros(3, dtype=np.float64)\n"
                "cdef long[:, ::1] b = np.full((2, 2), 7, dtype=np.int64)\nprint(a[0], b[1, 1])\n")),
    ("np.*_like", "`np.zeros_like/empty_like/ones_like(view)`",
     r"\bnp\.(zeros|empty|ones|full)_like\(",
     probe(NP + "cdef double[::1] a = np.zeros(3)\ncdef double[::1] b = np.zeros_like(a)\nprint(b[2])\n")),
    ("np.arange", "`np.arange(n, dtype=...)` into a view",
     r"\bnp\.arange\(",
     probe(NP + "cdef Py_ssize_t[::1] a = np.arange(4, dtype=np.intp)\nprint(a[3])\n")),
    ("order='F'", "Fortran-ordered allocation (`order='F'`) into a `[::1, :]` view",
     r"order\s*=\s*['\"]F['\"]",
     probe(NP + "cdef double[::1, :] a = np.zeros((2, 3), order='F')\nprint(a.strides[1])\n")),
    ("dtype object in a Python variable", "`DTYPE = np.intp`, `dtype = np.float32 if ... else ...`, `np.dtype([...])` kept in a name",
     r"^\s*\w+\s*=\s*(np\.(dtype\(|intp\b|int32\b|float64\b|float32\b)|np\.float32 if|np\.asarray\(<)",
     probe(NP + "DTYPE = np.intp\ncdef Py_ssize_t[::1] a = np.zeros(2, dtype=DTYPE)\nprint(a[0])\n")),
    ("np.nan / np.inf", "numpy float constants (`np.nan`, `np.inf`) as C doubles",
     r"\bnp\.(nan|inf|NaN|NINF)\b",
     probe(NP + "cdef double x = np.nan\ncdef double y = np.inf\nprint(x, y)\n")),
    ("return np.asarray(view)", "a `def` function handing a view back with `np.asarray(view)` (caller holds it in a view)",
     r"\breturn np\.asarray\(",
     probe(NP + "def f(int n):\n    cdef double[::1] a = np.ones(n)\n    return np.asarray(a)\n"
                "cdef double[::1] r = f(3)\nprint(r[2])\n")),
    # fused types
    ("cython.floating", "`from cython cimport floating` / `cython.floating` arguments and locals",
     r"\bfloating\b",
     probe("from cython cimport floating\ncdef floating twice(floating x):\n    return 2 * x\n"
           "print(twice(1.5), twice(<float>0.25))\n")),
    ("ctypedef fused block", "`ctypedef fused name:` with scalar members (also fused of fused)",
     r"^\s*ctypedef fused\b",
     probe("ctypedef fused num:\n    int\n    double\ncdef num twice(num x):\n    return 2 * x\n"
           "print(twice(3), twice(1.5))\n")),
    ("fused memoryview", "views over a fused type, e.g. `floating[:, ::1]`, `dz[::1]`",
     lambda text, lines, name: _fused_view_lines(text, lines),
     probe("from cython cimport floating\ndef total(floating[::1] a):\n    cdef floating s = 0\n"
           "    cdef Py_ssize_t i\n    for i in range(a.shape[0]):\n        s += a[i]\n    return s\n"
           "cdef double buf[3]\nbuf[0] = 1.0\nbuf[1] = 2.0\nbuf[2] = 3.5\ncdef double[::1] v = buf\nprint(total(v))\n")),
    ("`if T is ...` on a fused type", "compile-time branch `if floating is double:` / `add_t is int64_t`",
     r"\bif\s+\w+\s+is\s+(not\s+)?(double|float|int|long|\w+_t)\b|\b(floating|\w+_t)\s+is\s+(float|double)\b",
     probe("from cython cimport floating\ncdef int width(floating x):\n    if floating is double:\n"
           "        return 8\n    return 4\nprint(width(1.0), width(<float>1.0))\n")),
    ("func[type](...)", "explicit specialisation of a fused function, `f[double](...)`",
     r"\b\w+\[(double|float|int|long)\]\(",
     probe("ctypedef fused num:\n    int\n    double\ncdef num ident(num x):\n    return x\n"
           "print(ident[double](2))\n")),
    ("cython.integral", "`cython.integral` fused arguments",
     r"\bcython\.integral\b",
     probe("cimport cython\ncdef cython.integral twice(cython.integral x):\n    return 2 * x\n"
           "print(twice(<int>3), twice(<long>4))\n")),
    ("cython.numeric", "`cython.numeric` fused arguments (all specialisations, complex included, are generated)",
     r"\bcython\.numeric\b",
     probe("cimport cython\ncdef cython.numeric twice(cython.numeric x):\n    return x + x\n"
           "print(twice(<long>3), twice(1.25))\n")),
    # declarations
    ("cdef struct", "`cdef struct` / `ctypedef struct` declarations and field access",
     r"^\s*(cdef|ctypedef)\s+(packed\s+)?struct\b",
     probe("cdef struct Pt:\n    double x\n    int n\ncdef Pt p\np.x = 1.5\np.n = 2\nprint(p.x, p.n)\n")),
    ("packed struct", "`cdef packed struct`",
     r"^\s*cdef\s+packed\s+struct\b",
     probe("cdef packed struct P:\n    double a\n    unsigned int n\ncdef P p\np.a = 1.0\np.n = 3\n"
           "print(sizeof(P), p.a, p.n)\n")),
    ("struct-dtype memoryview", "a memoryview whose element is a struct (`Node[::1]`, `hist_struct[:, ::1]`) over a numpy structured array",
     lambda text, lines, name: _struct_view_lines(text, lines, name),
     probe(NP + "cdef struct P:\n    double a\n    double b\nP_DTYPE = np.dtype([('a', np.float64), ('b', np.float64)])\n"
                "cdef P[::1] v = np.zeros(3, dtype=P_DTYPE)\nv[1].a = 2.5\nprint(v[1].a, v[2].b)\n")),
    ("struct literal", "struct constructed by call syntax, `Pt(x=1.0, n=2)`",
     lambda text, lines, name: _struct_literal_lines(text, lines, name),
     probe("cdef struct Pt:\n    double x\n    int n\ncdef Pt p = Pt(x=1.5, n=2)\nprint(p.x, p.n)\n")),
    ("union", "`cdef union`",
     r"^\s*cdef\s+union\b",
     probe("cdef union U:\n    double d\n    unsigned long long u\ncdef U v\nv.d = 1.0\nprint(v.u)\n")),
    ("cdef enum", "`cdef enum` (named or anonymous) and its constants",
     r"^\s*cdef\s+enum\b",
     probe("cdef enum:\n    A, B, C\ncdef enum Mode:\n    FAST = 1\n    SLOW = 2\nprint(A, C, FAST, SLOW)\n")),
    ("cpdef enum", "`cpdef enum` (a C enum plus a Python enum class)",
     r"^\s*cpdef\s+enum\b",
     probe("cpdef enum Tie:\n    TIE_MIN\n    TIE_MAX\ncdef Tie t = TIE_MAX\nprint(<int>t)\n")),
    ("ctuple", "C tuple types `(double, int)`: cdef return types, variables, indexing",
     r"^\s*cdef\s+(inline\s+)?\(\s*[\w ]+(,\s*[\w ]+)+\)",
     probe("cdef (double, int) f(double x):\n    return x / 2, <int>x\ncdef (double, int) r = f(5.0)\n"
           "cdef double h\ncdef int k\nh, k = f(3.0)\nprint(r[0], r[1], h, k)\n")),
    ("tuple assignment", "`a, b = x, y` / `a, b = f()` on C values (not a swap)",
     lambda text, lines, name: _tuple_assign_lines(lines, swap=False),
     probe("cdef int a, b\ncdef double x, y\na, b = 1, 2\nx, y = a * 0.5, b * 0.25\nprint(a, b, x, y)\n")),
    ("swap by tuple assignment", "`a[i], a[j] = a[j], a[i]`",
     lambda text, lines, name: _tuple_assign_lines(lines, swap=True),
     probe("cdef double v[2]\nv[0] = 1.0\nv[1] = 2.0\nv[0], v[1] = v[1], v[0]\ncdef int a = 1, b = 2\n"
           "a, b = b, a\nprint(v[0], v[1], a, b)\n")),
    ("chained assignment", "`a = b = 0`",
     lambda text, lines, name: _chained_assign_lines(lines),
     probe("cdef int a, b\ncdef double v[2]\na = b = 3\nv[0] = v[1] = 0.5\nprint(a, b, v[0], v[1])\n")),
    ("C array declared as `T[N] name`", "Cython 3's array declarator in the type: `cdef double[3] a`, `cdef Py_ssize_t[4] dr`",
     r"^\s*cdef\s+[\w.]+\s*\[\s*\d+\s*\]\s*\w+",
     probe("cdef int[3] a\na[0] = 1\nprint(a[0])\n")),
    ("C array literal", "list-literal initialisers: `cdef double[3] a = [...]`, `cdef int* p = [...]`",
     r"^\s*cdef\s+[\w.]+\s*(\[\s*\w*\s*\]\s*\w+|\*\s*\w+|\w+\s*\[\s*\w*\s*\])\s*=\s*\[",
     probe("cdef int a[3] = [1, 2, 3]\ncdef double* p = [0.5, 1.5]\nprint(a[2], p[1])\n")),
    ("function pointer type", "`ctypedef void (*f)(...)` and calls through it",
     r"^\s*ctypedef\s+[\w ]+\(\s*\*",
     probe("ctypedef double (*unary)(double) noexcept nogil\ncdef double sq(double x) noexcept nogil:\n"
           "    return x * x\ncdef unary f = sq\nprint(f(3.0))\n")),
    ("cdef default arguments", "optional arguments of cdef functions",
     lambda text, lines, name: _cdef_default_lines(lines),
     probe("cdef int add(int a, int b=10):\n    return a + b\nprint(add(1), add(1, 2))\n")),
    ("cdef inline noexcept nogil", "`cdef inline ... noexcept nogil` functions",
     r"^\s*cdef\s+inline\b.*\bnoexcept\b",
     probe("cdef inline double sq(double x) noexcept nogil:\n    return x * x\nprint(sq(1.5))\n")),
    ("except clauses", "`except -1`, `except *`, `except -1 nogil` on cdef functions",
     r"\)\s*except\s+(-1|\*|\?)",
     probe("cdef int check(int x) except -1:\n    if x < 0:\n        raise ValueError('negative')\n"
           "    return x\ncdef double half(double x) except *:\n    return x / 2\n"
           "print(check(2), half(1.0))\n")),
    # parallelism, GIL
    ("with nogil", "`with nogil:` blocks",
     r"^\s*with\s+nogil\s*:",
     probe("cdef double s = 0\ncdef int i\nwith nogil:\n    for i in range(4):\n        s += i\nprint(s)\n")),
    ("with gil", "`with gil:` inside nogil code",
     r"^\s*with\s+gil\s*:",
     probe("cdef void f() noexcept nogil:\n    with gil:\n        print('held')\nf()\n")),
    ("prange", "`from cython.parallel cimport prange` loops (`nogil=True`, `schedule=`)",
     r"\bprange\(",
     probe("from cython.parallel cimport prange\ncdef double s = 0\ncdef int i\n"
           "for i in prange(8, nogil=True):\n    s += i\nprint(s)\n")),
    ("with nogil, parallel()", "`with nogil, parallel(num_threads=...)` blocks",
     r"^\s*with\s+nogil\s*,\s*parallel\(",
     probe("from cython.parallel cimport prange, parallel\ncdef double buf[2]\nbuf[0] = buf[1] = 0.0\n"
           "cdef double[::1] out = buf\ncdef int i\nwith nogil, parallel(num_threads=2):\n"
           "    for i in prange(4):\n        out[i % 2] += 1\nprint(out[0], out[1])\n")),
    # directives, pure Python mode
    ("directive comments", "`# cython: boundscheck=False, wraparound=False, cdivision=True` header comments",
     lambda text, lines, name: {i + 1 for i, l in enumerate(text.splitlines()) if re.match(r"^#\s*cython\s*:", l)},
     probe("# cython: boundscheck=False, wraparound=False, cdivision=True\nprint(7 // 2)\n")),
    ("cpow=True", "the `cpow=True` directive (C semantics for `**`)",
     lambda text, lines, name: {i + 1 for i, l in enumerate(text.splitlines()) if re.match(r"^#.*\bcpow\s*=\s*True", l)},
     probe("# cython: cpow=True\ncdef double a = 2.0, e = 0.5\ncdef double r = a ** e\nprint(r)\n")),
    ("@cython decorators", "`@cython.boundscheck(False)`, `@cython.wraparound`, `@cython.cdivision`, `@cython.initializedcheck`",
     r"^\s*@cython\.\w+",
     probe("cimport cython\n@cython.boundscheck(False)\n@cython.wraparound(False)\n"
           "cdef double first(double[::1] a):\n    return a[0]\ncdef double b[2]\nb[0] = 4.0\n"
           "cdef double[::1] v = b\nprint(first(v))\n")),
    ("import cython (pure-Python names)", "`import cython` with `cython.double`, `cython.Py_ssize_t`, `cython.uchar`, `cython.floating` as types",
     r"\bcython\.(double|float|int|long|uchar|char|Py_ssize_t|floating|bint)\b",
     probe("import cython\ncdef cython.double x = 1.5\ncdef cython.Py_ssize_t n = 3\ncdef cython.uchar c = 200\n"
           "print(x, n, c)\n")),
    ("xrange", "`xrange` loops",
     r"\bxrange\(",
     probe("cdef int i, s = 0\nfor i in xrange(5):\n    s += i\nprint(s)\n")),
    # C library and Cython modules
    ("libc.math cimports", "`from libc.math cimport sqrt, fabs, isnan, INFINITY, NAN, M_PI, ...`",
     r"^\s*from\s+libc\.math\s+cimport",
     probe("from libc.math cimport sqrt, isnan, INFINITY, NAN, M_PI, isfinite, log2\n"
           "print(sqrt(2.25), isnan(NAN), INFINITY > 1, M_PI > 3, isfinite(1.0), log2(8.0))\n")),
    ("`from libc cimport math/stdlib`", "libc modules cimported as modules: `math.log`, `stdlib.malloc`",
     r"^\s*from\s+libc\s+cimport\s+(math|stdlib|string)\b",
     probe("from libc cimport math, stdlib\ncdef double* p = <double*>stdlib.malloc(8)\np[0] = math.sqrt(6.25)\n"
           "print(p[0], math.M_PI > 3)\nstdlib.free(p)\n")),
    ("libc.float / libc.limits", "`from libc.float cimport DBL_MAX, FLT_MAX` and similar",
     r"^\s*from\s+libc\.(float|limits)\s+cimport",
     probe("from libc.float cimport DBL_MAX, FLT_MAX\nprint(DBL_MAX > 1e300, FLT_MAX > 1e38)\n")),
    ("malloc/calloc/realloc/free", "C heap memory from `libc.stdlib`",
     r"\b(malloc|calloc|realloc)\(",
     probe("from libc.stdlib cimport malloc, calloc, realloc, free\ncdef double* p = <double*>calloc(2, sizeof(double))\n"
           "p = <double*>realloc(p, 4 * sizeof(double))\np[3] = 1.5\nprint(p[0], p[3])\nfree(p)\n")),
    ("qsort with a cdef comparator", "`libc.stdlib.qsort(base, n, size, cmp)` with `cdef int cmp(const void*, const void*) noexcept nogil`",
     r"\bqsort\(",
     probe("from libc.stdlib cimport qsort\ncdef int cmp(const void* a, const void* b) noexcept nogil:\n"
           "    cdef double x = (<const double*>a)[0], y = (<const double*>b)[0]\n    return (x > y) - (x < y)\n"
           "cdef double v[4]\nv[0] = 3.0\nv[1] = 1.0\nv[2] = 2.0\nv[3] = 0.5\nqsort(v, 4, sizeof(double), cmp)\n"
           "print(v[0], v[3])\n")),
    ("libc.stdlib abs", "`from libc.stdlib cimport abs` (under another name)",
     r"^\s*from\s+libc\.stdlib\s+cimport.*\babs\b",
     probe("from libc.stdlib cimport abs as c_abs\nprint(c_abs(-3))\n")),
    ("libc.string", "`memset`, `memcpy` from `libc.string`",
     r"\b(memset|memcpy)\(",
     probe("from libc.string cimport memset, memcpy\ncdef double a[3]\ncdef double b[3]\nmemset(a, 0, sizeof(a))\n"
           "a[1] = 2.5\nmemcpy(b, a, sizeof(a))\nprint(b[0], b[1])\n")),
    ("cpython.mem", "`PyMem_Malloc` / `PyMem_Realloc` / `PyMem_Free`",
     r"\bPyMem_\w+\(",
     probe("from cpython.mem cimport PyMem_Malloc, PyMem_Free\ncdef int* p = <int*>PyMem_Malloc(4 * sizeof(int))\n"
           "p[0] = 5\nprint(p[0])\nPyMem_Free(p)\n")),
    ("cdef extern from header", "`cdef extern from \"math.h\" nogil:` / `\"string.h\"` blocks",
     r"^\s*cdef\s+extern\s+from\b",
     probe("cdef extern from \"math.h\" nogil:\n    double fabs(double x)\nprint(fabs(-2.5))\n")),
    ("cython.view.array", "`from cython.view cimport array as cvarray`, `<T[:n]>ptr` casts",
     r"\bcvarray\(|\bcython\.view\b|<\w+\[:\s*\d*\s*\]>",
     probe("from cython.view cimport array as cvarray\ncdef double[::1] a = cvarray(shape=(3,), itemsize=sizeof(double), format='d')\n"
           "a[:] = 1.5\nprint(a[2])\n")),
    # modules
    (".pxd beside the .pyx", "the kernel has its own NAME.pxd (declarations of its cdef functions, structs, enums)",
     lambda text, lines, name: {1} if os.path.exists(os.path.join(HERE, name + ".pxd")) else set(),
     probe("cdef int twice(int x):\n    return 2 * x\nprint(twice(4))\n",
           **{"probe.pxd": "cdef int twice(int x)\n"})),
    ("cimport of a shared .pxd", "`from _typedefs cimport ...`, `from ski_interp cimport ...`: declarations (and inline functions) of another .pxd",
     lambda text, lines, name: _local_cimport_lines(lines, with_impl=False),
     probe("from shared cimport scale\nprint(scale(2.0))\n",
           **{"shared.pxd": "cdef inline double scale(double x) noexcept nogil:\n    return 3 * x\n"})),
    ("cimport of another module's cdef functions", "`from _heap cimport heap_push`: calls into another compiled project module",
     lambda text, lines, name: _local_cimport_lines(lines, with_impl=True),
     probe("from other cimport twice\nprint(twice(4))\n",
           **{"other.pxd": "cdef int twice(int x)\n",
              "other.pyx": "cdef int twice(int x):\n    return 2 * x\n"})),
    # messages and printing
    ("raise with % formatting", "`raise ValueError(\"... %d\" % (a, b))`",
     lambda text, lines, name: _raise_lines(lines, r"['\"]\s*%\s*[\w(]"),
     probe("cdef int n = 3\nif n > 5:\n    raise ValueError(\"n is %d, at most %d allowed\" % (n, 5))\nprint(n)\n")),
    ("raise with .format", "`raise ValueError(\"... {}\".format(x))`",
     lambda text, lines, name: _raise_lines(lines, r"\.format\("),
     probe("cdef int n = 3\nif n > 5:\n    raise ValueError(\"n is {}\".format(n))\nprint(n)\n")),
    ("f-strings", "f-strings with C values, in `raise` and `print` (with format specs such as `:.6f`)",
     r"(?<![\w])f['\"]",
     probe("cdef double x = 1.0 / 3\ncdef int n = 4\nprint(f\"n={n} x={x:.6f}\")\n")),
    ("print with % formatting", "`print(\"%.6f\" % x)`",
     r"\bprint\(\s*['\"][^'\"]*%[^'\"]*['\"]\s*%",
     probe("cdef double x = 0.1\nprint(\"%.3f %5.2f %d\" % (x, x * 3, 7))\n")),
    # views and misc
    ("view slice assignment", "`a[:] = scalar`, `a[i:k] = x`, `a[:, :] = b` (fill and copy)",
     r"^\s*\w+\[[^\]=]*:[^\]=]*\]\s*=[^=]",
     probe("cdef double buf[4]\ncdef double[::1] a = buf\na[:] = 0.5\na[1:3] = 2.0\nprint(a[0], a[1], a[3])\n")),
    ("optional view argument = None", "`const uint8_t[:] mask=None` and `is not None` tests",
     r"\]\s*\w+\s*=\s*None\b|\bis not None\b",
     probe("def f(double[::1] a=None):\n    return a is not None\nprint(f())\n")),
    ("`not None` view argument", "`const double[::1] x not None`",
     r"\]\s*\w+\s+not\s+None\b",
     probe("def f(double[::1] a not None):\n    return a[0]\ncdef double b[1]\nb[0] = 2.5\ncdef double[::1] v = b\n"
           "print(f(v))\n")),
    ("view attributes", "`len(view)`, `view.strides[i]`, `view.is_f_contig()`",
     r"\blen\(\w+\)|\.strides\[|\.is_[fc]_contig\(\)",
     probe("cdef double buf[6]\ncdef double* p = buf\ncdef double[:, ::1] a = <double[:2, :3]>p\n"
           "print(len(a), a.strides[0], a.is_c_contig())\n")),
    ("** power", "`**` on C numbers (double base, int or double exponent)",
     r"\*\*(?!\s*kw)",
     probe("cdef double b = 1.5\ncdef int e = 3\ncdef double r = b ** e\nprint(r, b ** 2)\n")),
    ("integer literal suffixes", "`0xff51afd7ed558ccdULL`-style C literals",
     r"\b(0x[0-9a-fA-F]+|\d+)(U?LL|ULL|UL)\b",
     probe("cdef unsigned long long m = 0xff51afd7ed558ccdULL\nprint(m >> 60)\n")),
    ("`x in (..)` / `c in b'..'` tests", "membership tests on C values against literal tuples or bytes",
     r"\b(not\s+)?in\s+(\(|b['\"])",
     probe("cdef int k = 2\ncdef char c = b'W'\nprint(k in (1, 2), c in b'CW')\n")),
    ("char from a bytes literal", "`char` values from `b'C'` literals, compared and passed",
     r"\bb'[^'\\]'|\bb\"[^\"\\]\"",
     probe("cdef char mode = b'R'\nprint(mode == b'R', mode)\n")),
    ("try/finally", "`try: ... finally:` around C resources",
     r"^\s*finally\s*:",
     probe("from libc.stdlib cimport malloc, free\ncdef double* p = <double*>malloc(8)\n"
           "try:\n    p[0] = 1.0\n    print(p[0])\nfinally:\n    free(p)\n")),
    ("module-level C globals from numpy", "`cdef float64_t NaN = <float64_t>np.nan` and similar module-level initialisations",
     r"^cdef\s+[\w.]+\s+\w+\s*=\s*(<[\w.]+>)?\s*np\.",
     probe(NP + "cdef double NaN = <double>np.nan\nprint(NaN)\n")),
    ("max/min/abs on C values", "the builtins `max(a, b)`, `min`, `abs` on C numbers",
     r"\b(max|min|abs)\(",
     probe("cdef double x = 2.75\ncdef int a = -3\nprint(max(a, 1), min(x, 1.0), abs(a))\n")),
    ("int(x) / float('nan') conversions", "Python type calls as conversions: `int(Z[i, 0])`, `float(\"nan\")`, `int(flag)`",
     r"(?<![\w.])(int|float)\(",
     probe("cdef double x = 2.75\ncdef double y = float(\"nan\")\nprint(int(x), y != y)\n")),
    ("C type name after a dot", "attributes spelled like C types: `np.double`, `libc.float`, `cython.double`, `np.float32` is fine",
     r"\.(double|float|int|long|char|short)\b",
     probe("cimport cython\ncdef cython.double x = 1.5\nprint(x)\n")),
]


def _struct_names(text, name=None):
    names = set(re.findall(r"^\s*(?:cdef|ctypedef)\s+(?:packed\s+)?struct\s+(\w+)", text, re.M))
    own = os.path.join(HERE, (name or "") + ".pxd")
    if name and os.path.exists(own):
        names |= set(re.findall(r"^\s*(?:cdef|ctypedef)\s+(?:packed\s+)?struct\s+(\w+)",
                                open(own).read(), re.M))
    return names | _pxd_struct_names(text)


def _pxd_struct_names(text):
    names = set()
    for mod in re.findall(r"^\s*(?:from\s+(\w+)\s+cimport|cimport\s+(\w+))", text, re.M):
        for m in mod:
            p = os.path.join(HERE, m + ".pxd") if m else None
            if p and os.path.exists(p):
                names |= set(re.findall(r"^\s*(?:cdef|ctypedef)\s+(?:packed\s+)?struct\s+(\w+)",
                                        open(p).read(), re.M))
    return names


def _fused_names(text):
    names = set(re.findall(r"^\s*ctypedef\s+fused\s+(\w+)", text, re.M))
    names |= {"floating", "integral", "numeric", "cython.floating", "cython.integral", "cython.numeric"}
    for mod in re.findall(r"^\s*from\s+(\w+)\s+cimport", text, re.M):
        p = os.path.join(HERE, mod + ".pxd")
        if os.path.exists(p):
            names |= set(re.findall(r"^\s*ctypedef\s+fused\s+(\w+)", open(p).read(), re.M))
    return names


def _fused_view_lines(text, lines):
    names = _fused_names(text)
    pat = re.compile(r"(?<![\w.])(" + "|".join(re.escape(n) for n in sorted(names)) + r")\s*\[\s*:")
    return {no for no, l in lines if pat.search(l)}


def _struct_view_lines(text, lines, name):
    names = _struct_names(text, name)
    if not names:
        return set()
    pat = re.compile(r"\b(" + "|".join(sorted(names)) + r")\s*\[\s*:")
    return {no for no, l in lines if pat.search(l) and not re.search(r"<\w+\[:", l)}


def _struct_literal_lines(text, lines, name):
    names = _struct_names(text, name)
    if not names:
        return set()
    pat = re.compile(r"=\s*(" + "|".join(sorted(names)) + r")\(")
    return {no for no, l in lines if pat.search(l)}


def _strip_brackets(s):
    """Remove the contents of (), [] and {} (keeping the brackets)."""
    out, depth = [], 0
    for ch in s:
        if ch in "([{":
            if depth == 0:
                out.append(ch)
            depth += 1
        elif ch in ")]}":
            depth -= 1
            if depth == 0:
                out.append(ch)
        elif depth == 0:
            out.append(ch)
    return "".join(out)


KEYWORD_START = re.compile(r"^\s*(cdef|cpdef|ctypedef|def|print|return|raise|for|if|elif|while|with|"
                           r"import|from|cimport|assert|del|lambda|@|else|try|except|finally)\b")


def _split_top_assign(line):
    """Targets and value of a plain assignment statement, or None."""
    if KEYWORD_START.match(line):
        return None
    flat = _strip_brackets(line)
    parts = re.split(r"(?<![=!<>+\-*/%&|^])=(?!=)", flat)
    if len(parts) < 2:
        return None
    return parts


def _tuple_assign_lines(lines, swap):
    found = set()
    for no, l in lines:
        parts = _split_top_assign(l)
        if not parts or len(parts) != 2 or "," not in parts[0]:
            continue
        # recover the real text of both sides
        m = re.match(r"^\s*(.*?)\s*(?<![=!<>+\-*/%&|^])=(?!=)\s*(.*)$", l)
        if not m:
            continue
        lhs = [x.strip() for x in _split_commas(m.group(1))]
        rhs = [x.strip() for x in _split_commas(m.group(2))]
        is_swap = len(lhs) == len(rhs) >= 2 and sorted(lhs) == sorted(rhs) and lhs != rhs
        if is_swap == swap:
            found.add(no)
    return found


def _split_commas(s):
    items, depth, cur = [], 0, ""
    for ch in s:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        if ch == "," and depth == 0:
            items.append(cur)
            cur = ""
        else:
            cur += ch
    items.append(cur)
    return items


def _chained_assign_lines(lines):
    found = set()
    for no, l in lines:
        m = re.match(r"^\s*(cdef\s+)?", l)
        body = l
        if re.match(r"^\s*cdef\b", l):
            continue
        parts = _split_top_assign(body)
        if parts and len(parts) >= 3:
            found.add(no)
    return found


def _cdef_default_lines(lines):
    found = set()
    for no, l in lines:
        m = re.match(r"^\s*cdef\s+(?!class)[^=(]*\w+\s*\((.*)\)[^)]*:\s*$", l)
        if m and re.search(r"(?<![=!<>])=(?!=)", _strip_brackets(m.group(1))):
            found.add(no)
    return found


def _local_cimport_lines(lines, with_impl):
    found = set()
    for no, l in lines:
        m = re.match(r"^\s*(?:from\s+(\w+)\s+cimport|cimport\s+(\w+))", l)
        if not m:
            continue
        mod = m.group(1) or m.group(2)
        if not os.path.exists(os.path.join(HERE, mod + ".pxd")):
            continue
        has_impl = os.path.exists(os.path.join(HERE, mod + ".pyx"))
        if has_impl == with_impl:
            found.add(no)
    return found


def _raise_lines(lines, pat):
    return {no for no, l in lines if re.match(r"^\s*raise\b", l) and re.search(pat, l)}


# --------------------------------------------------------------------------
# Source handling

def strip_comment(line):
    """Remove a trailing comment outside string literals."""
    quote = None
    i = 0
    while i < len(line):
        ch = line[i]
        if quote:
            if ch == "\\":
                i += 2
                continue
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch == "#":
            return line[:i].rstrip()
        i += 1
    return line.rstrip()


def logical_lines(text):
    """(first physical line number, joined text) for each statement."""
    out, buf, start, depth = [], "", None, 0
    in_doc = None
    for no, raw in enumerate(text.splitlines(), 1):
        stripped = raw.strip()
        if in_doc:
            if in_doc in stripped:
                in_doc = None
            continue
        if stripped.startswith(('"""', "'''")) and depth == 0 and not buf:
            q = stripped[:3]
            if stripped.count(q) == 1:
                in_doc = q
            continue
        line = strip_comment(raw)
        if not line.strip() and not buf:
            continue
        if start is None:
            start = no
        buf = buf + " " + line.strip() if buf else line
        flat = _strip_strings(line)
        depth += flat.count("(") + flat.count("[") + flat.count("{")
        depth -= flat.count(")") + flat.count("]") + flat.count("}")
        if depth <= 0 and not line.endswith("\\"):
            out.append((start, buf.replace("\\ ", " ")))
            buf, start, depth = "", None, 0
    return out


def _strip_strings(s):
    return re.sub(r"'[^']*'|\"[^\"]*\"", "''", s)


def detect(name, text, base=None):
    lines = logical_lines(text)
    uses = {}
    for key, _desc, det, _probe in CONSTRUCTS:
        if callable(det):
            found = det(text, lines, name) if base is None else set()
        else:
            rx = re.compile(det)
            found = {no for no, l in lines if rx.search(l)}
        if found:
            uses[key] = found
    return uses, lines


# --------------------------------------------------------------------------
# cytrus

DIAG = re.compile(r"^(error|warning)\[(E\d+)\]: (.*)$")
LOC = re.compile(r"┌─ (.*):(\d+):(\d+)\s*$")


def run_check(cytrus, path, cwd):
    p = subprocess.run([cytrus, "check", "--color=never", os.path.basename(path)],
                       cwd=cwd, capture_output=True, text=True)
    diags = []
    cur = None
    for line in p.stderr.splitlines():
        m = DIAG.match(line)
        if m:
            cur = {"severity": m.group(1), "code": m.group(2), "msg": m.group(3),
                   "line": None, "col": None, "file": None}
            diags.append(cur)
            continue
        m = LOC.search(line)
        if m and cur is not None and cur["line"] is None:
            cur["file"], cur["line"], cur["col"] = m.group(1), int(m.group(2)), int(m.group(3))
    return p.returncode, [d for d in diags if d["severity"] == "error"], p.stderr


def attribute(diag, uses, lines, text):
    """The construct a diagnostic points at: among the constructs detected on
    the logical line holding the diagnostic, the one whose text covers the
    diagnostic's column (else the nearest one starting after it; constructs
    found by whole-file detectors come last, in CONSTRUCTS order)."""
    if diag["line"] is None:
        return None
    stmt = None
    for no, _ in lines:
        if no <= diag["line"]:
            stmt = no
    hits = [c for c in CONSTRUCTS if c[0] in uses and (stmt in uses[c[0]] or diag["line"] in uses[c[0]])]
    if not hits:
        return None
    phys = text.splitlines()
    line = phys[diag["line"] - 1] if diag["line"] - 1 < len(phys) else ""
    col = (diag["col"] or 1) - 1
    best, best_score = None, None
    for rank, (key, _d, det, _p) in enumerate(hits):
        score = 10 ** 6 + rank
        if not callable(det):
            for m in re.finditer(det, line):
                if m.start() <= col < max(m.end(), m.start() + 1):
                    score = min(score, m.end() - m.start())          # covering: the tightest wins
                elif m.start() > col:
                    score = min(score, 1000 + m.start() - col)
        if best_score is None or score < best_score:
            best, best_score = key, score
    return best


def run_probes(cytrus, validate):
    results = {}
    for key, _desc, _det, files in CONSTRUCTS:
        with tempfile.TemporaryDirectory() as d:
            for fn, src in files.items():
                with open(os.path.join(d, fn), "w") as f:
                    f.write(src)
            first = next(iter(files))
            valid = None
            if validate:
                # compile every .pyx of the probe with Cython and import the checked one
                env = dict(os.environ)
                import numpy
                env["CFLAGS"] = env.get("CFLAGS", "") + " -I" + numpy.get_include()
                log = ""
                valid = True
                for fn in sorted(files, key=lambda f: f == first):
                    if fn.endswith(".pyx"):
                        v = subprocess.run(["cythonize", "-3", "-i", "-q", fn], cwd=d, env=env,
                                           capture_output=True, text=True)
                        valid = valid and v.returncode == 0
                        log += v.stdout + v.stderr
                if valid:
                    v = subprocess.run([sys.executable, "-c", "import " + first[:-4]], cwd=d,
                                       capture_output=True, text=True)
                    valid = v.returncode == 0
                    log += v.stderr
                    if valid:
                        print(f"probe {key!r}: {v.stdout.strip()!r}", file=sys.stderr)
                if not valid:
                    print(f"probe for {key!r} is not valid Cython:\n{log[-1500:]}", file=sys.stderr)
            rc, diags, raw = run_check(cytrus, os.path.join(d, first), d)
            blocker = None
            if diags:
                text = files[first]
                uses, lines = detect(first[:-4], text, base=d)
                blocker = attribute(diags[0], uses, lines, text)
            results[key] = {"rc": rc, "first": diags[0] if diags else None, "valid": valid,
                            "raw": raw, "blocker": blocker}
    return results


# --------------------------------------------------------------------------

def describe(text):
    """The kernel's first comment paragraph, up to the first colon."""
    head = []
    for l in text.splitlines():
        if not l.startswith("#") or re.match(r"^#\s*cython\s*:", l) or l.startswith("#!"):
            break
        head.append(l[1:].strip())
    s = " ".join(head)
    return s


def md_escape(s):
    return s.replace("|", "\\|")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cytrus", default=os.path.join(ROOT, "target", "release", "cytrus"))
    ap.add_argument("--validate-probes", action="store_true")
    ap.add_argument("--out", default=os.path.join(HERE, "STATUS.md"))
    args = ap.parse_args()
    cytrus = os.path.abspath(args.cytrus)

    kernels = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".pyx") and not f.startswith("_"))
    rows = []
    use_count = {c[0]: 0 for c in CONSTRUCTS}
    first_count = {c[0]: 0 for c in CONSTRUCTS}
    any_count = {c[0]: 0 for c in CONSTRUCTS}
    users = {c[0]: [] for c in CONSTRUCTS}
    unattributed_first = []
    n_pass = 0
    for name in kernels:
        text = open(os.path.join(HERE, name + ".pyx")).read()
        uses, lines = detect(name, text)
        rc, diags, raw = run_check(cytrus, os.path.join(HERE, name + ".pyx"), HERE)
        for k in uses:
            use_count[k] += 1
            users[k].append(name)
        attributed = set()
        first_attr = None
        for i, d in enumerate(diags):
            a = attribute(d, uses, lines, text) if d["file"] and d["file"].endswith(name + ".pyx") else None
            d["construct"] = a
            if a:
                attributed.add(a)
            if i == 0:
                first_attr = a
        for a in attributed:
            any_count[a] += 1
        if first_attr:
            first_count[first_attr] += 1
        elif diags:
            unattributed_first.append(name)
        if rc == 0:
            n_pass += 1
        rows.append((name, text, uses, rc, diags, first_attr))

    probes = run_probes(cytrus, args.validate_probes)
    version = subprocess.run([cytrus, "--version"], capture_output=True, text=True).stdout.strip()
    head = subprocess.run(["git", "-C", ROOT, "log", "-1", "--format=%h %ad", "--date=short"],
                          capture_output=True, text=True).stdout.strip()

    o = []
    o.append("# Realistic kernels: status under `cytrus check`\n")
    import datetime
    built = datetime.datetime.fromtimestamp(os.path.getmtime(cytrus)).strftime("%Y-%m-%d %H:%M")
    o.append("Generated by `python3 tests/realistic/status.py` (do not edit by hand) with "
             f"`{version}` (binary of {built}; repository at `{head}`).\n")
    o.append(f"**{n_pass} of {len(kernels)} kernels pass `cytrus check` today.** "
             "Every kernel is accepted by Cython 3.3.1 and its output is recorded "
             "(`NAME.stdout`, `NAME.error`); see README.md.\n")
    o.append("How to read this:\n\n"
             "- *uses*: the constructs the kernel's source contains (detectors in `status.py`).\n"
             "- *first diagnostic*: the first error `cytrus check` prints, with the construct it "
             "points at (the construct detected on that source line).\n"
             "- *probe*: for each construct, the smallest program using it, checked alone. "
             "A construct whose probe is rejected fails in **every** kernel that uses it, "
             "even where today's diagnostics stop earlier (cytrus reports syntax errors "
             "and stops before typing the file), so the *fail* column counts those kernels.\n")

    # construct table
    o.append("## Constructs\n")
    o.append("| construct | what | kernels using it | fail on it (probe rejected) | first diagnostic on it | any diagnostic on it | probe: first diagnostic |")
    o.append("|---|---|---:|---:|---:|---:|---|")
    for key, desc, _det, _p in sorted(CONSTRUCTS, key=lambda c: (-use_count[c[0]], c[0])):
        pr = probes[key]
        rejected = pr["rc"] != 0
        if pr["first"]:
            pmsg = f"`{pr['first']['code']}` {md_escape(pr['first']['msg'])}"
            if pr["blocker"] and pr["blocker"] != key:
                pmsg += f" (blocked first by *{pr['blocker']}*)"
        elif rejected:
            pmsg = f"exit {pr['rc']}"
        else:
            pmsg = "accepted"
        if pr["valid"] is False:
            pmsg += " (probe is not valid Cython!)"
        fail = use_count[key] if rejected else 0
        o.append(f"| {key} | {md_escape(desc)} | {use_count[key]} | {fail} | {first_count[key]} | "
                 f"{any_count[key]} | {pmsg} |")
    o.append("")
    if unattributed_first:
        o.append("Kernels whose first diagnostic is on no listed construct: "
                 + ", ".join(unattributed_first) + ".\n")

    # first-diagnostic summary
    o.append("## First diagnostics, grouped\n")
    groups = {}
    for name, _t, _u, rc, diags, fa in rows:
        if not diags:
            continue
        d = diags[0]
        key = (d["code"], re.sub(r"`[^`]*`", "`…`", d["msg"]))
        groups.setdefault(key, []).append(name)
    o.append("| code | message (names elided) | kernels |")
    o.append("|---|---|---|")
    for (code, msg), names in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        o.append(f"| {code} | {md_escape(msg)} | {len(names)}: {', '.join(names)} |")
    o.append("")

    # per kernel
    o.append("## Kernels\n")
    for name, text, uses, rc, diags, fa in rows:
        o.append(f"### {name}\n")
        o.append(md_escape(describe(text)) + "\n")
        files = [name + ".pyx"] + ([name + ".pxd"] if os.path.exists(os.path.join(HERE, name + ".pxd")) else [])
        ends = "error " + open(os.path.join(HERE, name + ".error")).read().strip() \
            if os.path.exists(os.path.join(HERE, name + ".error")) else "exit 0"
        nout = len(open(os.path.join(HERE, name + ".stdout")).read().splitlines())
        o.append(f"- files: {', '.join(files)}; Cython output: {nout} lines, {md_escape(ends)}")
        o.append("- uses: " + ", ".join(f"{k} (l. {', '.join(str(x) for x in sorted(v)[:4])}"
                                        f"{', …' if len(v) > 4 else ''})"
                                        for k, v in sorted(uses.items(), key=lambda kv: min(kv[1]))))
        if rc == 0:
            o.append("- cytrus check: **accepted**")
        else:
            d = diags[0] if diags else None
            if d:
                line = text.splitlines()[d["line"] - 1].strip() if d["line"] else ""
                o.append(f"- first diagnostic: `{d['code']}` at {d['line']}:{d['col']}: "
                         f"{md_escape(d['msg'])} — on *{d['construct'] or 'no listed construct'}*: "
                         f"`{md_escape(line)}`")
            else:
                o.append(f"- cytrus check: exit {rc} without a parsed diagnostic")
            others = sorted({dd["construct"] for dd in diags[1:] if dd["construct"]} - {fa})
            o.append(f"- {len(diags)} diagnostic(s) in all"
                     + (f"; later ones also on: {', '.join(others)}" if others else ""))
        o.append("")

    with open(args.out, "w") as f:
        f.write("\n".join(o))
    print(f"{args.out}: {len(kernels)} kernels, {n_pass} pass cytrus check")


if __name__ == "__main__":
    main()

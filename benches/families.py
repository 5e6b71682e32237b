#!/usr/bin/env python3
"""Family-level instruction test: do the checks cost (almost) nothing for
whole families of loops, not only for the benchmark's shapes?

For every family of docs/performance.md (variable-width windows, stencils of
radius r, triangular loops, reversed ranges, bounds through min(), guards,
while loops, views reassigned in an outer loop) this script generates
variants (widths, radii, offsets, nesting, element types), builds each one
with `cytrus build --embed` twice -- default directives, and with
`# cython: boundscheck=False, wraparound=False` -- on both backends, runs
both under valgrind's callgrind (instruction counts do not depend on the
machine's load) and requires

    instructions(checks on) <= 1.05 x instructions(checks off)

and the same output.

    python3 benches/families.py            # every variant, table to stdout
    python3 benches/families.py --ci       # a small fixed subset (< 2 min)
    python3 benches/families.py --results benches/RESULTS.md  # its table there
    python3 benches/families.py --only window  # variants whose name matches

Exit status 1 when a variant is over the limit or its outputs differ.
Needs valgrind, cc, rustc and a release build of cytrus (target/release).
"""
import argparse, os, shutil, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LIMIT = 1.05
CHECKS_OFF = "# cython: boundscheck=False, wraparound=False\n"

# element type -> cython.view.array format
DTYPES = {"double": "d", "float": "f", "int": "i", "long long": "q"}

# Each kernel is `cdef double kern(...)`; `{T}` is the element type.
# The driver makes `a` (1-D, length N) and `m` (2-D, R x C), fills them with
# small values, and calls the kernel REPS times with the variant's arguments.

FAMILIES = {}


def family(name):
    def register(f):
        FAMILIES[name] = f
        return f
    return register


@family("window_slice")
def window_slice():
    # win = a[i:i + w]; for k in range(w): win[k]
    for w in (3, 8, 17):
        for lo in (0, 2):
            for T in ("double", "int"):
                yield (f"w{w}_lo{lo}_{T.replace(' ', '')}", T, f"""
cdef double kern({T}[::1] a, Py_ssize_t w):
    cdef double s = 0
    cdef {T}[::1] win
    cdef Py_ssize_t i, k
    for i in range({lo}, a.shape[0] - w):
        win = a[i:i + w]
        for k in range(w):
            s += win[k]
    return s
""", f"a, {w}")
    # the window's own extent as the inner bound, and a window inside a 2-D row
    yield ("w5_own_extent", "double", """
cdef double kern(double[::1] a, Py_ssize_t w):
    cdef double s = 0
    cdef double[::1] win
    cdef Py_ssize_t i, k
    for i in range(a.shape[0] - w + 1):
        win = a[i:i + w]
        for k in range(win.shape[0]):
            s += win[k]
    return s
""", "a, 5")


@family("window_range")
def window_range():
    # for k in range(i, i + w): a[k] on the original view
    for w in (2, 8, 17):
        for d in (0, 1):
            T = "double" if w != 8 else "long long"
            yield (f"w{w}_d{d}", T, f"""
cdef double kern({T}[::1] a, Py_ssize_t w):
    cdef double s = 0
    cdef Py_ssize_t i, k
    for i in range(a.shape[0] - w - {d}):
        for k in range(i, i + w):
            s += a[k + {d}]
    return s
""", f"a, {w}")
    yield ("w4_n_local", "float", """
cdef double kern(float[::1] a, Py_ssize_t w):
    cdef double s = 0
    cdef Py_ssize_t i, k
    cdef Py_ssize_t n = a.shape[0]
    for i in range(n - w + 1):
        for k in range(i, i + w):
            s += a[k]
    return s
""", "a, 4")


@family("stencil")
def stencil():
    for r in (1, 2, 5):
        for T in ("double", "int"):
            yield (f"r{r}_{T}", T, f"""
cdef double kern({T}[::1] a, Py_ssize_t r):
    cdef double s = 0
    cdef Py_ssize_t i, k
    cdef Py_ssize_t n = a.shape[0]
    for i in range(r, n - r):
        for k in range(-r, r + 1):
            s += a[i + k]
    return s
""", f"a, {r}")
    for r in (1, 3):
        yield (f"r{r}_2d", "double", f"""
cdef double kern(double[:, ::1] m, Py_ssize_t r):
    cdef double s = 0
    cdef Py_ssize_t i, j, k
    for i in range(r, m.shape[0] - r):
        for j in range(r, m.shape[1] - r):
            for k in range(-r, r + 1):
                s += m[i + k, j] + m[i, j + k]
    return s
""", f"m, {r}")


@family("triangular")
def triangular():
    shapes = {
        "below": ("range(i)", ""),
        "above": ("range(i + 1, n)", ""),
        "diag": ("range(i, n)", ""),
        "upto": ("range(i + 1)", ""),
    }
    for label, (inner, _) in shapes.items():
        yield (f"{label}_1d", "double", f"""
cdef double kern(double[::1] a):
    cdef double s = 0
    cdef Py_ssize_t i, j
    cdef Py_ssize_t n = a.shape[0]
    for i in range(n):
        for j in {inner}:
            s += a[i] * a[j]
    return s
""", "a[:300]")
        yield (f"{label}_2d", "int", f"""
cdef double kern(int[:, ::1] m):
    cdef double s = 0
    cdef Py_ssize_t i, j
    cdef Py_ssize_t n = min(m.shape[0], m.shape[1])
    for i in range(n):
        for j in {inner}:
            s += m[i, j]
    return s
""", "m")


@family("reversed")
def reversed_():
    for d in (0, 1, 3):
        for T in ("double", "float"):
            yield (f"d{d}_{T}", T, f"""
cdef double kern({T}[::1] a):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0] - 1, {d} - 1, -1):
        s += a[i - {d}] * 0.5 + a[i]
    return s
""", "a")
    yield ("nested_2d", "double", """
cdef double kern(double[:, ::1] m):
    cdef double s = 0
    cdef Py_ssize_t i, j
    for i in range(m.shape[0] - 1, -1, -1):
        for j in range(m.shape[1] - 1, 0, -1):
            s += m[i, j] - m[i, j - 1]
    return s
""", "m")


@family("min_bound")
def min_bound():
    for T in ("double", "int"):
        yield (f"param_{T}", T, f"""
cdef double kern({T}[::1] a, Py_ssize_t n):
    cdef double s = 0
    cdef Py_ssize_t i
    cdef Py_ssize_t m = min(n, a.shape[0])
    for i in range(m):
        s += a[i]
    return s
""", "a, 1 << 40")
    yield ("two_views", "double", """
cdef double kern(double[::1] a):
    cdef double s = 0
    cdef double[::1] b = a[1:]
    cdef Py_ssize_t i
    for i in range(min(a.shape[0], b.shape[0])):
        s += a[i] * b[i]
    return s
""", "a")
    yield ("rows_2d", "double", """
cdef double kern(double[:, ::1] m, Py_ssize_t k):
    cdef double s = 0
    cdef Py_ssize_t i, j
    for i in range(min(k, m.shape[0])):
        for j in range(min(m.shape[1], k)):
            s += m[i, j]
    return s
""", "m, 1000")


@family("guard")
def guard():
    for T in ("double", "int"):
        yield (f"shape_{T}", T, f"""
cdef double kern({T}[::1] a, Py_ssize_t n):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(n):
        if i < a.shape[0]:
            s += a[i]
    return s
""", "a, 100000")
    yield ("chained", "double", """
cdef double kern(double[::1] a, Py_ssize_t n):
    cdef double s = 0
    cdef Py_ssize_t i, j
    cdef Py_ssize_t m = a.shape[0]
    for i in range(n):
        j = (i * 7) % 13 - 3
        if 0 <= j < m:
            s += a[j]
    return s
""", "a, 100000")
    # a longer chain: each pair says something of its own operands only
    yield ("chain3", "double", """
cdef double kern(double[::1] a, Py_ssize_t n):
    cdef double s = 0
    cdef Py_ssize_t i, j
    for i in range(n):
        j = (i * 5) % 11 - 2
        if -1 < j < n > 0 <= j < a.shape[0]:
            s += a[j]
    return s
""", "a, 100000")


@family("while")
def while_():
    for step in (1, 2):
        for d in (0, 1):
            yield (f"step{step}_d{d}", "double", f"""
cdef double kern(double[::1] a):
    cdef double s = 0
    cdef Py_ssize_t i = 0
    while i < a.shape[0] - {d}:
        s += a[i + {d}]
        i += {step}
    return s
""", "a")
    # `<=` bounds and a larger step: the loop is versioned on the bound
    for step in (3, 5):
        yield (f"le_step{step}", "double", f"""
cdef double kern(double[::1] a):
    cdef double s = 0
    cdef Py_ssize_t i = 0
    while i <= a.shape[0] - 1:
        s += a[i]
        i += {step}
    return s
""", "a")


@family("outer_view")
def outer_view():
    # a view reassigned in an outer loop, indexed in the inner one
    yield ("row", "double", """
cdef double kern(double[:, ::1] m):
    cdef double s = 0
    cdef double[::1] row
    cdef Py_ssize_t i, j
    for i in range(m.shape[0]):
        row = m[i]
        for j in range(m.shape[1]):
            s += row[j]
    return s
""", "m")
    yield ("row_own_extent", "int", """
cdef double kern(int[:, ::1] m):
    cdef double s = 0
    cdef int[::1] row
    cdef Py_ssize_t i, j
    for i in range(m.shape[0]):
        row = m[i, :]
        for j in range(1, row.shape[0]):
            s += row[j] - row[j - 1]
    return s
""", "m")
    yield ("col_window", "double", """
cdef double kern(double[:, ::1] m, Py_ssize_t w):
    cdef double s = 0
    cdef double[:, ::1] blk
    cdef Py_ssize_t i, j, k
    for i in range(m.shape[0] - w):
        blk = m[i:i + w]
        for k in range(w):
            for j in range(m.shape[1]):
                s += blk[k, j]
    return s
""", "m, 4")


# A fixed subset for CI, one variant per family (about 90 s on both backends).
CI = [
    "window_slice/w3_lo0_double", "window_range/w8_d1", "stencil/r1_double",
    "triangular/above_1d", "reversed/d1_double", "min_bound/param_double",
    "guard/shape_double", "while/step1_d1", "outer_view/row",
]

N = 20000         # length of `a`
R, C = 60, 60     # shape of `m`
REPS = 4


def program(T, kernel, args, checks_off):
    F = DTYPES[T]
    return (CHECKS_OFF if checks_off else "") + f"""from cython.view cimport array as cvarray
{kernel}
cdef void fill1({T}[::1] a):
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        a[i] = <{T}>((i * 7) % 11)

cdef void fill2({T}[:, ::1] m):
    cdef Py_ssize_t i, j
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            m[i, j] = <{T}>((i * 3 + j * 5) % 13)

cdef {T}[::1] a = cvarray(shape=({N},), itemsize=sizeof({T}), format="{F}")
cdef {T}[:, ::1] m = cvarray(shape=({R}, {C}), itemsize=sizeof({T}), format="{F}")
fill1(a)
fill2(m)
cdef double acc = 0
cdef int rep
for rep in range({REPS}):
    acc += kern({args})
print(acc)
"""


def cytrus():
    return os.path.join(ROOT, "target", "release", "cytrus")


def callgrind(exe):
    r = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", exe],
                       check=True, capture_output=True, text=True)
    for line in r.stderr.splitlines():
        if "Collected :" in line:
            return int(line.split("Collected :")[1]), r.stdout
    raise RuntimeError("no count from callgrind:\n" + r.stderr)


def measure(work, name, T, kernel, args, backend):
    counts, outs = [], []
    for off in (False, True):
        src = os.path.join(work, f"{name}_{int(off)}.pyx")
        with open(src, "w") as f:
            f.write(program(T, kernel, args, off))
        exe = os.path.join(work, f"{name}_{int(off)}.{backend}")
        r = subprocess.run([cytrus(), "build", "--embed", "--backend", backend, src, "-o", exe],
                           capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError(f"building {name} ({backend}, checks {'off' if off else 'on'}):\n{r.stderr}")
        n, out = callgrind(exe)
        counts.append(n)
        outs.append(out)
    return counts[0], counts[1], outs[0] == outs[1]


def variants(selected=None, only=None):
    for fam, gen in FAMILIES.items():
        for name, T, kernel, args in gen():
            full = f"{fam}/{name}"
            if selected is not None and full not in selected:
                continue
            if only and only not in full:
                continue
            yield full, T, kernel, args


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ci", action="store_true", help="the small fixed subset")
    ap.add_argument("--only", help="variants whose family/name contains this")
    ap.add_argument("--backend", action="append", help="c and/or rust (default both)")
    ap.add_argument("--out", help="write a markdown table here")
    ap.add_argument("--results", help="replace the table of this RESULTS.md's families section")
    ap.add_argument("--list", action="store_true")
    ns = ap.parse_args()
    backends = ns.backend or ["c", "rust"]
    chosen = list(variants(set(CI) if ns.ci else None, ns.only))
    if ns.list:
        for v in chosen:
            print(v[0])
        return 0
    if not shutil.which("valgrind"):
        if os.environ.get("CYTRUS_REQUIRE_VALGRIND") == "1":
            print("valgrind is required but not found", file=sys.stderr)
            return 1
        print("valgrind not found: instruction counts not checked")
        return 0
    rows, failed = [], []
    start = time.time()
    with tempfile.TemporaryDirectory() as work:
        for full, T, kernel, args in chosen:
            cells = []
            for b in backends:
                on, off, same = measure(work, full.replace("/", "__"), T, kernel, args, b)
                ratio = on / off
                ok = ratio <= LIMIT and same
                if not ok:
                    failed.append(f"{full} ({b})" + ("" if same else ": outputs differ"))
                cells.append((on, off, ratio, ok))
                print(f"{full:<32} {b:<4} {on:>11} {off:>11} {ratio:6.3f}{'' if ok else '  OVER'}", flush=True)
            rows.append((full, T, cells))
    elapsed = time.time() - start
    if ns.out:
        with open(ns.out, "w") as f:
            f.write(table(rows, backends, elapsed))
    if ns.results:
        old = open(ns.results).read() if os.path.exists(ns.results) else ""
        mark = "<!-- families-table -->"
        head = old[:old.index(mark)] if mark in old else old + "\n\n<!-- families -->\n## Families\n\n"
        # The table ends where the next section of the file begins.
        rest = old[old.index(mark):] if mark in old else ""
        tail = rest[rest.index("\n## "):] if "\n## " in rest else ""
        with open(ns.results, "w") as f:
            f.write(head + mark + "\n" + table(rows, backends, elapsed) + tail)
    print(f"{len(rows)} variants, {elapsed:.0f} s; over {LIMIT}x: {len(failed)}")
    for x in failed:
        print("  " + x)
    return 1 if failed else 0


def table(rows, backends, elapsed):
    lines = ["| family / variant | type | " + " | ".join(f"{b}: on / off" for b in backends) + " |",
             "|---|---|" + "---|" * len(backends)]
    for full, T, cells in rows:
        lines.append(f"| {full} | {T} | " + " | ".join(
            f"{on:,} / {off:,} = **{r:.3f}**" + ("" if ok else " (over)") for on, off, r, ok in cells) + " |")
    return "\n".join(lines) + f"\n\n{len(rows)} variants; {elapsed:.0f} s.\n"


if __name__ == "__main__":
    sys.exit(main())

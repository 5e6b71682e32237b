#!/usr/bin/env python3
"""Benchmarks cytrus against hand-written C and Rust (and Cython when it is
installed) on the kernels of benches/kernels.pyx, in one process; counts the
instructions the checks cost under callgrind; and times translation against
`cython -3`.

    python3 benches/bench.py [--reps N] [--out benches/RESULTS.md]

Every variant of a kernel runs on the same inputs, repetitions interleaved,
and the fastest repetition is reported as a ratio to the hand-written C
(lower is faster): on a shared machine, interference only ever adds time.
cytrus's C output and the hand C are compiled with -O3 -fwrapv.
Needs python3 with numpy, cc, rustc, and a release build of cytrus;
valgrind for the instruction counts, Cython for its columns.
"""
import argparse, ctypes, os, platform, shutil, statistics, subprocess, sys, tempfile, time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CFLAGS = ["-O3", "-fwrapv"]
FAMILIES_MARK = "<!-- families -->"


class Slice(ctypes.Structure):
    _fields_ = [("memview", ctypes.c_void_p), ("data", ctypes.c_void_p),
                ("shape", ctypes.c_ssize_t * 8), ("strides", ctypes.c_ssize_t * 8),
                ("suboffsets", ctypes.c_ssize_t * 8)]


def view(arr):
    """A cytrus_slice borrowing a numpy array (no owner, no copy)."""
    s = Slice()
    s.memview = None
    s.data = arr.ctypes.data
    for k in range(8):
        s.shape[k] = arr.shape[k] if k < arr.ndim else 0
        s.strides[k] = arr.strides[k] if k < arr.ndim else 0
        s.suboffsets[k] = -1 if k < arr.ndim else 0
    return s


def run(cmd, **kw):
    subprocess.run(cmd, check=True, **kw)


RUST_SHIM = """
#![allow(clippy::all)]
#[path = "kernels.rs"]
mod kernels;
use cytrus_runtime::Slice;
#[no_mangle] pub extern "C" fn rs_sum_(a: Slice) -> f64 { kernels::sum_(a).unwrap() }
#[no_mangle] pub extern "C" fn rs_dot(a: Slice, b: Slice) -> f64 { kernels::dot(a, b).unwrap() }
#[no_mangle] pub extern "C" fn rs_saxpy(alpha: f64, x: Slice, y: Slice) { kernels::saxpy(alpha, x, y).unwrap() }
#[no_mangle] pub extern "C" fn rs_matmul_c(a: Slice, b: Slice, c: Slice) { kernels::matmul_c(a, b, c).unwrap() }
#[no_mangle] pub extern "C" fn rs_matmul_s(a: Slice, b: Slice, c: Slice) { kernels::matmul_s(a, b, c).unwrap() }
#[no_mangle] pub extern "C" fn rs_stencil(a: Slice, b: Slice) { kernels::stencil(a, b).unwrap() }
#[no_mangle] pub extern "C" fn rs_colsum_t(a: Slice, b: Slice) { kernels::colsum_t(a, b).unwrap() }
#[no_mangle] pub extern "C" fn rs_colsum_step(a: Slice, b: Slice) { kernels::colsum_step(a, b).unwrap() }
#[no_mangle] pub extern "C" fn rs_window_sums(a: Slice) -> f64 { kernels::window_sums(a).unwrap() }
"""


def build(work):
    cytrus = os.path.join(ROOT, "target", "release", "cytrus")
    if not os.path.exists(cytrus):
        run(["cargo", "build", "--release", "--quiet"], cwd=ROOT)
    out = os.path.join(work, "c")
    run([cytrus, "build", os.path.join(HERE, "kernels.pyx"), "--emit", "c", "-o", out])
    lib = subprocess.run([cytrus, "runtime"], check=True, capture_output=True, text=True).stdout.strip()
    libs = {}
    libs["cytrus C"] = os.path.join(work, "libcytrus_kernels.so")
    run(["cc", *CFLAGS, "-shared", "-fPIC", "-I", out, os.path.join(out, "kernels.c"), lib,
         "-lpthread", "-ldl", "-lm", "-o", libs["cytrus C"]])
    libs["hand C"] = os.path.join(work, "libhand.so")
    run(["cc", *CFLAGS, "-shared", "-fPIC", os.path.join(HERE, "hand.c"), "-o", libs["hand C"]])
    if shutil.which("rustc"):
        # cytrus's Rust output, behind C-ABI shims so that ctypes can call it.
        rs = os.path.join(work, "rs")
        run([cytrus, "build", os.path.join(HERE, "kernels.pyx"), "--emit", "rust", "-o", rs])
        with open(os.path.join(rs, "shim.rs"), "w") as f:
            f.write(RUST_SHIM)
        release = os.path.join(ROOT, "target", "release")
        libs["cytrus Rust"] = os.path.join(work, "libcytrus_rust_kernels.so")
        run(["rustc", "-C", "opt-level=3", "--edition", "2021", "--crate-type", "cdylib",
             "--extern", "cytrus_runtime=" + os.path.join(release, "libcytrus_runtime.rlib"),
             "-L", "dependency=" + os.path.join(release, "deps"),
             os.path.join(rs, "shim.rs"), "-o", libs["cytrus Rust"]])
        libs["hand Rust"] = os.path.join(work, "libhandrust.so")
        run(["rustc", "-C", "opt-level=3", "--edition", "2021", "--crate-type", "cdylib",
             os.path.join(HERE, "hand.rs"), "-o", libs["hand Rust"]])
    return libs


def build_cython(work):
    """The same kernels.pyx through Cython: default directives and checks off."""
    if not shutil.which("cythonize"):
        return {}
    mods = {}
    for name, header in [("cy_default", ""), ("cy_nocheck", "# cython: boundscheck=False, wraparound=False\n")]:
        src = os.path.join(work, name + ".pyx")
        with open(src, "w") as f:
            f.write(header + open(os.path.join(HERE, "kernels.pyx")).read())
        env = dict(os.environ, CFLAGS=" ".join(CFLAGS))
        run(["cythonize", "-3", "-i", "-q", src], cwd=work, env=env, stdout=subprocess.DEVNULL)
    sys.path.insert(0, work)
    import cy_default, cy_nocheck  # noqa: E402
    return {"Cython default": cy_default, "Cython checks off": cy_nocheck}


def kernels(libs, cython):
    """For each kernel: its inputs and a call per variant."""
    rng = np.random.default_rng(42)
    n = 10_000_000
    a, b = rng.random(n), rng.random(n)
    y = rng.random(n)
    mm = 256
    ma, mb, mc = rng.random((mm, mm)), rng.random((mm, mm)), np.zeros((mm, mm))
    g = 2048
    src, dst = rng.random((g, g)), np.zeros((g, g))
    out = np.zeros(g)
    P = ctypes.c_void_p
    cy = ctypes.CDLL(libs["cytrus C"])
    cy.kernels_init()
    rs = ctypes.CDLL(libs["cytrus Rust"]) if "cytrus Rust" in libs else None
    if rs:
        for fn in ["sum_", "dot", "window_sums"]:
            getattr(rs, "rs_" + fn).restype = ctypes.c_double
        rs.rs_saxpy.argtypes = [ctypes.c_double, Slice, Slice]
    hc = ctypes.CDLL(libs["hand C"])
    hr = ctypes.CDLL(libs["hand Rust"]) if "hand Rust" in libs else None
    for lib in filter(None, [hc, hr]):
        for fn in ["sum", "dot", "window_sums"]:
            f = getattr(lib, ("hand_" if lib is hc else "rust_") + fn, None)
            if f is not None:
                f.restype = ctypes.c_double
    for fn in ["sum_", "dot", "window_sums"]:
        getattr(cy, "kernels_" + fn).restype = ctypes.c_double
    cy.kernels_saxpy.argtypes = [ctypes.c_double, Slice, Slice]
    Z = ctypes.c_ssize_t
    signatures = {
        "sum": [P, Z], "dot": [P, P, Z], "saxpy": [ctypes.c_double, P, P, Z],
        "matmul": [P, Z, Z, P, Z, Z, P, Z, Z, Z, Z, Z], "matmul_c": [P, P, P, Z, Z, Z],
        "stencil": [P, P, Z, Z], "colsum_t": [P, P, Z, Z], "colsum_step": [P, P, Z, Z], "window_sums": [P, Z],
    }
    for lib, prefix in [(hc, "hand_"), (hr, "rust_")]:
        if lib is None:
            continue
        for fn, argtypes in signatures.items():
            f = getattr(lib, prefix + fn, None)
            if f is not None:
                f.argtypes = argtypes
    d = lambda arr: arr.ctypes.data  # noqa: E731
    table = {
        "sum of 10⁷ doubles": {
            "hand C": lambda: hc.hand_sum(P(d(a)), ctypes.c_ssize_t(n)),
            "hand Rust": hr and (lambda: hr.rust_sum(P(d(a)), ctypes.c_ssize_t(n))),
            "cytrus C": lambda: cy.kernels_sum_(view(a)),
            "cytrus Rust": rs and (lambda: rs.rs_sum_(view(a))),
            **{k: (lambda m=m: m.sum_(a)) for k, m in cython.items()},
        },
        "dot": {
            "hand C": lambda: hc.hand_dot(P(d(a)), P(d(b)), ctypes.c_ssize_t(n)),
            "hand Rust": hr and (lambda: hr.rust_dot(P(d(a)), P(d(b)), ctypes.c_ssize_t(n))),
            "cytrus C": lambda: cy.kernels_dot(view(a), view(b)),
            "cytrus Rust": rs and (lambda: rs.rs_dot(view(a), view(b))),
            **{k: (lambda m=m: m.dot(a, b)) for k, m in cython.items()},
        },
        "saxpy": {
            "hand C": lambda: hc.hand_saxpy(1.0001, P(d(a)), P(d(y)), n),
            "hand Rust": hr and (lambda: hr.rust_saxpy(1.0001, P(d(a)), P(d(y)), n)),
            "cytrus C": lambda: cy.kernels_saxpy(1.0001, view(a), view(y)),
            "cytrus Rust": rs and (lambda: rs.rs_saxpy(1.0001, view(a), view(y))),
            **{k: (lambda m=m: m.saxpy(1.0001, a, y)) for k, m in cython.items()},
        },
        "matmul 256, `double[:, ::1]`": {
            "hand C": lambda: hc.hand_matmul_c(P(d(ma)), P(d(mb)), P(d(mc)), mm, mm, mm),
            "hand Rust": hr and (lambda: hr.rust_matmul_c(P(d(ma)), P(d(mb)), P(d(mc)), mm, mm, mm)),
            "cytrus C": lambda: cy.kernels_matmul_c(view(ma), view(mb), view(mc)),
            "cytrus Rust": rs and (lambda: rs.rs_matmul_c(view(ma), view(mb), view(mc))),
            **{k: (lambda m=m: m.matmul_c(ma, mb, mc)) for k, m in cython.items()},
        },
        "matmul 256, `double[:, :]`": {
            "hand C": lambda: hc.hand_matmul(P(d(ma)), mm, 1, P(d(mb)), mm, 1, P(d(mc)), mm, 1, mm, mm, mm),
            "cytrus C": lambda: cy.kernels_matmul_s(view(ma), view(mb), view(mc)),
            "cytrus Rust": rs and (lambda: rs.rs_matmul_s(view(ma), view(mb), view(mc))),
            **{k: (lambda m=m: m.matmul_s(ma, mb, mc)) for k, m in cython.items()},
        },
        "5-point stencil 2048²": {
            "hand C": lambda: hc.hand_stencil(P(d(src)), P(d(dst)), g, g),
            "hand Rust": hr and (lambda: hr.rust_stencil(P(d(src)), P(d(dst)), g, g)),
            "cytrus C": lambda: cy.kernels_stencil(view(src), view(dst)),
            "cytrus Rust": rs and (lambda: rs.rs_stencil(view(src), view(dst))),
            **{k: (lambda m=m: m.stencil(src, dst)) for k, m in cython.items()},
        },
        "column sums over `.T`": {
            "hand C": lambda: hc.hand_colsum_t(P(d(src)), P(d(out)), g, g),
            "cytrus C": lambda: cy.kernels_colsum_t(view(src), view(out)),
            "cytrus Rust": rs and (lambda: rs.rs_colsum_t(view(src), view(out))),
            **{k: (lambda m=m: m.colsum_t(src, out)) for k, m in cython.items()},
        },
        "column sums over `[:, ::2]`": {
            "hand C": lambda: hc.hand_colsum_step(P(d(src)), P(d(out)), g, g),
            "cytrus C": lambda: cy.kernels_colsum_step(view(src), view(out)),
            "cytrus Rust": rs and (lambda: rs.rs_colsum_step(view(src), view(out))),
            **{k: (lambda m=m: m.colsum_step(src, out)) for k, m in cython.items()},
        },
        "window sums (`a[i:i+8]` per iteration)": {
            "hand C": lambda: hc.hand_window_sums(P(d(a)), ctypes.c_ssize_t(n)),
            "hand Rust": hr and (lambda: hr.rust_window_sums(P(d(a)), ctypes.c_ssize_t(n))),
            "cytrus C": lambda: cy.kernels_window_sums(view(a)),
            "cytrus Rust": rs and (lambda: rs.rs_window_sums(view(a))),
            **{k: (lambda m=m: m.window_sums(a)) for k, m in cython.items()},
        },
    }
    return {k: {v: f for v, f in variants.items() if f} for k, variants in table.items()}


def measure(calls, reps):
    times = {v: [] for v in calls}
    for f in calls.values():
        f()  # warm up
    for _ in range(reps):
        for v, f in calls.items():
            t = time.perf_counter()
            f()
            times[v].append(time.perf_counter() - t)
    return {v: min(ts) for v, ts in times.items()}


def cytrus_bin():
    return os.path.join(ROOT, "target", "release", "cytrus")


def callgrind(exe):
    """Instructions executed by a program under callgrind, and its stdout."""
    r = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", exe],
                       check=True, capture_output=True, text=True)
    for line in r.stderr.splitlines():
        if "Collected :" in line:
            return int(line.split("Collected :")[1]), r.stdout
    raise RuntimeError("no count from callgrind:\n" + r.stderr)


def program_source(name, header=""):
    """A program of benches/programs: the kernels, then its driver."""
    kernels = open(os.path.join(HERE, "kernels.pyx")).read()
    driver = open(os.path.join(HERE, "programs", name + ".pyx")).read()
    return header + "from cython.view cimport array as cvarray\n" + kernels + "\n" + driver


def instruction_counts(work):
    """The programs of benches/programs, checked and unchecked, both backends
    (what tests/instructions.rs requires to stay within 1.05x)."""
    if not shutil.which("valgrind"):
        return ["Instruction counts: valgrind is not installed.", ""]
    rows = []
    for name in sorted(f[:-4] for f in os.listdir(os.path.join(HERE, "programs")) if f.endswith(".pyx")):
        cells = []
        for backend in ["c", "rust"]:
            counts = []
            for header in ["", "# cython: boundscheck=False, wraparound=False\n"]:
                src = os.path.join(work, f"{name}_{backend}_{len(header)}.pyx")
                with open(src, "w") as f:
                    f.write(program_source(name, header))
                exe = src[:-4]
                run([cytrus_bin(), "build", "--embed", "--backend", backend, src, "-o", exe])
                counts.append(callgrind(exe)[0])
            cells += [f"{counts[0] / 1e6:.2f}M", f"{counts[1] / 1e6:.2f}M", f"{counts[0] / counts[1]:.3f}"]
        rows.append(f"| {name} | " + " | ".join(cells) + " |")
        print(rows[-1], flush=True)
    return [
        "## What the checks cost, in instructions",
        "",
        "Each program of `benches/programs/` (a driver calling one kernel) built with "
        "`cytrus build --embed`, with default directives (checked) and with "
        "`boundscheck=False, wraparound=False` (unchecked), run under valgrind's callgrind. "
        "`cargo test` requires every ratio to stay at or below 1.05 (`tests/instructions.rs`).",
        "",
        "| program | C checked | C unchecked | ratio | Rust checked | Rust unchecked | ratio |",
        "|---|---:|---:|---:|---:|---:|---:|",
        *rows,
        "",
    ]


def synthetic_module(lines):
    """A module of many small kernels, `lines` long, that cytrus and Cython both accept."""
    out = ["# A synthetic module for translation speed: many small kernels.", ""]
    i = 0
    while len(out) < lines:
        out += f"""cdef double k{i}(double[:, ::1] a, double[::1] v, double alpha) noexcept nogil:
    cdef Py_ssize_t i, j
    cdef double s = {i}.5
    cdef double t
    for i in range(a.shape[0]):
        t = 0
        for j in range(1, a.shape[1] - 1):
            t += a[i, j] * v[j] - alpha * a[i, j - 1]
        if t > 100:
            s += t / 2
        elif t < -100:
            s -= t
        else:
            s = s * alpha + t
    return s

cpdef double run{i}(double[:, ::1] a, double[::1] v):
    cdef double r = k{i}(a, v, 0.5)
    if r != r:
        raise ValueError("not a number in kernel {i}")
    return r + a[0, 0] * {i}

""".splitlines()
        i += 1
    return "\n".join(out) + "\n"


def best_time(cmd, reps, cwd, output):
    """The fastest of `reps` runs, each writing `output` (a file or folder)
    anew: it is removed before every run, outside the timing."""
    best = float("inf")
    for _ in range(reps):
        path = os.path.join(cwd, output)
        if os.path.isdir(path):
            shutil.rmtree(path)
        elif os.path.exists(path):
            os.remove(path)
        t = time.perf_counter()
        subprocess.run(cmd, check=True, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - t)
    return best


def size_of(paths):
    data = b"".join(open(p, "rb").read() for p in paths)
    return len(data), data.count(b"\n")


def static_cytrus():
    """A statically linked cytrus (`cargo build-static`, Linux with glibc), or None."""
    if platform.system() != "Linux" or not platform.libc_ver()[0] == "glibc":
        return None
    r = subprocess.run(["cargo", "build-static"], cwd=ROOT, capture_output=True, text=True)
    exe = os.path.join(ROOT, "target", "static", "release", "cytrus")
    if r.returncode != 0 or not os.path.exists(exe):
        print("no static build:\n" + r.stderr[-2000:], file=sys.stderr)
        return None
    return exe


def translation(work):
    """Translation time (whole process, best of several, each run writing its
    output anew) and output size, cytrus against `cython -3`, on the bench
    modules (kernels.pyx, and each program of benches/programs: the kernels
    and a driver) and on a
    5,000-line module."""
    modules = {"kernels.pyx": open(os.path.join(HERE, "kernels.pyx")).read()}
    for name in sorted(os.listdir(os.path.join(HERE, "programs"))):
        if name.endswith(".pyx"):
            modules[f"programs/{name}"] = program_source(name[:-4])
    modules["synthetic, 5,000 lines"] = synthetic_module(5000)
    have_cython = shutil.which("cython") is not None
    static = static_cytrus()
    rows = []
    in_process = []
    static_lines = []
    speedups = []
    for label, text in modules.items():
        d = os.path.join(work, "translate-" + str(len(rows)))
        os.makedirs(d)
        with open(os.path.join(d, "m.pyx"), "w") as f:
            f.write(text)
        n = text.count("\n")
        c = best_time([cytrus_bin(), "build", "--emit", "c", "m.pyx", "-o", "c"], 100, d, "c")
        rs = best_time([cytrus_bin(), "build", "--emit", "rust", "m.pyx", "-o", "rs"], 100, d, "rs")
        c_size = size_of([os.path.join(d, "c", "m.c"), os.path.join(d, "c", "m.h")])
        rs_size = size_of([os.path.join(d, "rs", "m.rs")])
        cy = None
        if have_cython:
            cy = best_time(["cython", "-3", "m.pyx", "-o", "m_cython.c"], 5, d, "m_cython.c")
            cy_size = size_of([os.path.join(d, "m_cython.c")])
            cy_cells = [f"{cy * 1e3:.0f} ms", f"{cy / c:.0f}×", f"{cy / rs:.0f}×", f"{cy_size[1]:,} lines, {cy_size[0] / 1e6:.2f} MB"]
            if not label.startswith("synthetic"):
                speedups.append((cy / c, cy / rs))
        else:
            cy_cells = ["—"] * 4
        if static and not label.startswith("programs/"):
            sc = best_time([static, "build", "--emit", "c", "m.pyx", "-o", "c"], 100, d, "c")
            srs = best_time([static, "build", "--emit", "rust", "m.pyx", "-o", "rs"], 100, d, "rs")
            versus = f": {cy / sc:.0f}× and {cy / srs:.0f}× faster than Cython" if cy else ""
            static_lines.append(f"- {label}: {sc * 1e3:.1f} ms to C, {srs * 1e3:.1f} ms to Rust{versus}.")
        if not label.startswith("programs/"):
            phases = subprocess.run(["cargo", "bench", "-q", "--bench", "phases", "--", os.path.join(d, "m.pyx")],
                                    cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
            in_process.append(f"- {label}: {phases}.")
        rows.append(f"| {label} | {n:,} | {c * 1e3:.1f} ms | {rs * 1e3:.1f} ms | " + " | ".join(cy_cells[:3])
                    + f" | {c_size[1]:,} lines, {c_size[0] / 1e3:.0f} kB | {rs_size[1]:,} lines, {rs_size[0] / 1e3:.0f} kB | {cy_cells[3]} |")
        print(rows[-1], flush=True)
    summary = []
    if speedups:
        summary = [
            f"On the {len(speedups)} bench modules, the smallest speed-up is {min(s[0] for s in speedups):.0f}× "
            f"(to C) and {min(s[1] for s in speedups):.0f}× (to Rust); the geometric means are "
            f"{statistics.geometric_mean([s[0] for s in speedups]):.0f}× and "
            f"{statistics.geometric_mean([s[1] for s in speedups]):.0f}×.",
            "",
        ]
    static_text = []
    if static_lines:
        static_text = [
            "A statically linked `cytrus` (`cargo build-static`, Linux with glibc) skips the dynamic "
            "loader, which is most of the difference to `/bin/true`:",
            "",
            *static_lines,
            "",
        ]
    return [
        "## Translation speed and output size",
        "",
        "Whole-process wall time of `cytrus build --emit c|rust m.pyx -o DIR` (the binary of "
        "`cargo build --release`), the fastest of 100 runs, and of `cython -3 m.pyx -o m.c`, the "
        "fastest of 5; every run writes its output anew (it is removed before each run). "
        "Translation only: no C compiler in either. Starting any process, `/bin/true`, takes about "
        "0.6 ms here. cytrus's size counts its `.c` and `.h` (the shared `cytrus.h`, 17 kB, is "
        "written once per output directory and not counted); Cython's, its one `.c` file.",
        "",
        "| module | lines | cytrus → C | cytrus → Rust | cython -3 | speed-up (C) | speed-up (Rust) "
        "| cytrus C size | cytrus Rust size | Cython C size |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        *rows,
        "",
        *summary,
        *static_text,
        "The same translation inside one process, warm (`cargo bench --bench phases -- FILE`): "
        "most of a small module's whole-process time is starting the process.",
        "",
        *in_process,
        "",
    ]


def machine():
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reps", type=int, default=11)
    ap.add_argument("--out", default=os.path.join(HERE, "RESULTS.md"))
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="cytrus-bench-")
    libs = build(work)
    cython = build_cython(work)
    columns = ["cytrus C", "cytrus Rust", "hand Rust", "Cython default", "Cython checks off"]
    rows = []
    ratios = {c: [] for c in columns}
    for name, calls in kernels(libs, cython).items():
        t = measure(calls, args.reps)
        base = t["hand C"]
        cells = []
        for c in columns:
            if c in t:
                r = t[c] / base
                ratios[c].append(r)
                cells.append(f"{r:.2f}")
            else:
                cells.append("—")
        rows.append(f"| {name} | {base * 1e3:.1f} ms | " + " | ".join(cells) + " |")
        print(rows[-1], flush=True)
    geo = [f"{statistics.geometric_mean(ratios[c]):.2f}" if ratios[c] else "—" for c in columns]
    text = [
        "# Benchmark results",
        "",
        f"Machine: {machine()}. Generated by `python3 benches/bench.py`.",
        "",
        "## Run time",
        "",
        f"{args.reps} interleaved repetitions, the fastest of each; ratio to hand-written C, "
        "lower is faster. Inputs are numpy arrays passed as borrowed views; every kernel "
        "keeps Cython's default directives (bounds checks and wraparound on).",
        "",
        "| kernel | hand C | " + " | ".join(columns) + " |",
        "|---|---:|" + "---:|" * len(columns),
        *rows,
        "| geometric mean | | " + " | ".join(geo) + " |",
        "",
        *instruction_counts(work),
        *translation(work),
    ]
    # The family-level section (benches/families.py) is kept as it is.
    kept = ""
    if os.path.exists(args.out):
        old = open(args.out).read()
        if FAMILIES_MARK in old:
            kept = "\n\n" + old[old.index(FAMILIES_MARK):]
    with open(args.out, "w") as f:
        f.write("\n".join(text) + kept)
    print(f"wrote {args.out}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

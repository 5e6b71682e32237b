#!/usr/bin/env python3
"""Times the prange kernels of benches/prange_kernels.pyx at 1 and 2 threads:
cytrus's C output (built with -fopenmp), cytrus's Rust output (the
runtime's persistent team), Cython built with OpenMP, and hand-written OpenMP C
(benches/prange_hand.c); writes a Markdown table.

    python3 benches/prange_bench.py [--reps N] [--out FILE] [--settle MS]

Repetitions are interleaved and the fastest is reported (interference on a
shared machine only adds time); the load average before and after the run
is printed with the table, since other people's jobs take cores away.

Between two timed calls the bench sleeps --settle milliseconds (default 50):
libgomp's idle threads poll for the next region for a while (300 000 polls,
about 18 ms on the EPYC here) and so do the Rust output's (the same count);
without the pause, the threads of the runtime timed last keep a core busy
while the next variant runs, and each variant's 2-thread time depends on
which one ran before it. After the pause every team starts asleep.
"""
import argparse, ctypes, os, shutil, subprocess, sys, tempfile, time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from bench import Slice, view, run, machine  # noqa: E402

CFLAGS = ["-O3", "-fwrapv", "-fopenmp"]
KERNELS = ["psum", "pdot", "psaxpy", "pmatmul", "pstencil", "pwindows", "prows"]

RUST_SHIM = """
#![allow(clippy::all)]
#[path = "prange_kernels.rs"]
mod prange_kernels;
use cytrus_runtime::{Slice, ViewMut};
use prange_kernels as k;
/// The numpy array a `Slice` from ctypes describes (C-contiguous doubles), as the safe API's view.
fn v<'a>(s: Slice, ndim: usize) -> ViewMut<'a, f64> {
    let shape: Vec<usize> = (0..ndim).map(|d| s.shape[d] as usize).collect();
    let len = shape.iter().product();
    // SAFETY: the benchmark passes live, C-contiguous numpy arrays of doubles.
    ViewMut::new(unsafe { std::slice::from_raw_parts_mut(s.data as *mut f64, len) }, &shape).unwrap()
}
#[no_mangle] pub extern "C" fn rs_psum(a: Slice, t: i32) -> f64 { k::psum(v(a, 1), t).unwrap() }
#[no_mangle] pub extern "C" fn rs_pdot(a: Slice, b: Slice, t: i32) -> f64 { k::pdot(v(a, 1), v(b, 1), t).unwrap() }
#[no_mangle] pub extern "C" fn rs_psaxpy(alpha: f64, x: Slice, y: Slice, t: i32) { k::psaxpy(alpha, v(x, 1), v(y, 1), t).unwrap() }
#[no_mangle] pub extern "C" fn rs_pmatmul(a: Slice, b: Slice, c: Slice, t: i32) { k::pmatmul(v(a, 2), v(b, 2), v(c, 2), t).unwrap() }
#[no_mangle] pub extern "C" fn rs_pstencil(a: Slice, b: Slice, t: i32) { k::pstencil(v(a, 2), v(b, 2), t).unwrap() }
#[no_mangle] pub extern "C" fn rs_pwindows(a: Slice, o: Slice, w: i32, t: i32) { k::pwindows(v(a, 1), v(o, 1), w, t).unwrap() }
#[no_mangle] pub extern "C" fn rs_prows(x: Slice, c: Slice, o: Slice, t: i32) { k::prows(v(x, 2), v(c, 1), v(o, 1), t).unwrap() }
"""


def build(work):
    cytrus = os.path.join(ROOT, "target", "release", "cytrus")
    src = os.path.join(HERE, "prange_kernels.pyx")
    libs = {}
    out = os.path.join(work, "c")
    run([cytrus, "build", src, "--emit", "c", "-o", out])
    runtime = subprocess.run([cytrus, "runtime"], check=True, capture_output=True, text=True).stdout.strip()
    libs["cytrus C"] = os.path.join(work, "libcytrus_prange.so")
    run(["cc", *CFLAGS, "-shared", "-fPIC", "-I", out, os.path.join(out, "prange_kernels.c"), runtime,
         "-lpthread", "-ldl", "-lm", "-o", libs["cytrus C"]])
    libs["hand C"] = os.path.join(work, "libhand_prange.so")
    run(["cc", *CFLAGS, "-shared", "-fPIC", os.path.join(HERE, "prange_hand.c"), "-o", libs["hand C"]])
    rs = os.path.join(work, "rs")
    run([cytrus, "build", src, "--emit", "rust", "-o", rs])
    with open(os.path.join(rs, "shim.rs"), "w") as f:
        f.write(RUST_SHIM)
    release = os.path.join(ROOT, "target", "release")
    libs["cytrus Rust"] = os.path.join(work, "libcytrus_rust_prange.so")
    run(["rustc", "-C", "opt-level=3", "--edition", "2021", "--crate-type", "cdylib",
         "--extern", "cytrus_runtime=" + os.path.join(release, "libcytrus_runtime.rlib"),
         "-L", "dependency=" + os.path.join(release, "deps"),
         os.path.join(rs, "shim.rs"), "-o", libs["cytrus Rust"]])
    cython = None
    if shutil.which("cythonize"):
        shutil.copy(src, os.path.join(work, "cy_prange.pyx"))
        env = dict(os.environ, CFLAGS=" ".join(CFLAGS), LDFLAGS="-fopenmp")
        run(["cythonize", "-3", "-i", "-q", "cy_prange.pyx"], cwd=work, env=env, stdout=subprocess.DEVNULL)
        sys.path.insert(0, work)
        import cy_prange  # noqa: E402
        cython = cy_prange
    return libs, cython


def calls(libs, cython, threads):
    rng = np.random.default_rng(7)
    n = 10_000_000
    a, b, y = rng.random(n), rng.random(n), rng.random(n)
    mm = 320
    ma, mb, mc = rng.random((mm, mm)), rng.random((mm, mm)), np.zeros((mm, mm))
    g = 2048
    src, dst = rng.random((g, g)), np.zeros((g, g))
    wa, wout, w = rng.random(2_000_000), np.zeros(2_000_000), 16
    rows, cols = 40_000, 64
    x, coef, rout = rng.random((rows, cols)), rng.random(cols), np.zeros(rows)
    cy = ctypes.CDLL(libs["cytrus C"])
    cy.prange_kernels_init()
    rs = ctypes.CDLL(libs["cytrus Rust"])
    hc = ctypes.CDLL(libs["hand C"])
    P, Z, I, D = ctypes.c_void_p, ctypes.c_ssize_t, ctypes.c_int, ctypes.c_double
    for lib, prefix in [(cy, "prange_kernels_"), (rs, "rs_")]:
        for fn in ["psum", "pdot"]:
            getattr(lib, prefix + fn).restype = D
        getattr(lib, prefix + "psaxpy").argtypes = [D, Slice, Slice, I]
    hc.hand_psum.restype = hc.hand_pdot.restype = D
    hc.hand_psum.argtypes = [P, Z, I]
    hc.hand_pdot.argtypes = [P, P, Z, I]
    hc.hand_psaxpy.argtypes = [D, P, P, Z, I]
    hc.hand_pmatmul.argtypes = [P, P, P, Z, Z, Z, I]
    hc.hand_pstencil.argtypes = [P, P, Z, Z, I]
    hc.hand_pwindows.argtypes = [P, P, Z, Z, I]
    hc.hand_prows.argtypes = [P, P, P, Z, Z, I]
    d = lambda arr: arr.ctypes.data  # noqa: E731
    t = threads
    cyc = lambda name: getattr(cy, "prange_kernels_" + name)  # noqa: E731
    rsc = lambda name: getattr(rs, "rs_" + name)  # noqa: E731
    table = {
        "sum of 10⁷ doubles": {
            "hand C": lambda: hc.hand_psum(d(a), n, t),
            "cytrus C": lambda: cyc("psum")(view(a), t),
            "cytrus Rust": lambda: rsc("psum")(view(a), t),
            "Cython": cython and (lambda: cython.psum(a, t)),
        },
        "dot": {
            "hand C": lambda: hc.hand_pdot(d(a), d(b), n, t),
            "cytrus C": lambda: cyc("pdot")(view(a), view(b), t),
            "cytrus Rust": lambda: rsc("pdot")(view(a), view(b), t),
            "Cython": cython and (lambda: cython.pdot(a, b, t)),
        },
        "saxpy": {
            "hand C": lambda: hc.hand_psaxpy(1.0001, d(a), d(y), n, t),
            "cytrus C": lambda: cyc("psaxpy")(1.0001, view(a), view(y), t),
            "cytrus Rust": lambda: rsc("psaxpy")(1.0001, view(a), view(y), t),
            "Cython": cython and (lambda: cython.psaxpy(1.0001, a, y, t)),
        },
        f"matmul {mm}, rows in prange": {
            "hand C": lambda: hc.hand_pmatmul(d(ma), d(mb), d(mc), mm, mm, mm, t),
            "cytrus C": lambda: cyc("pmatmul")(view(ma), view(mb), view(mc), t),
            "cytrus Rust": lambda: rsc("pmatmul")(view(ma), view(mb), view(mc), t),
            "Cython": cython and (lambda: cython.pmatmul(ma, mb, mc, t)),
        },
        "5-point stencil 2048²": {
            "hand C": lambda: hc.hand_pstencil(d(src), d(dst), g, g, t),
            "cytrus C": lambda: cyc("pstencil")(view(src), view(dst), t),
            "cytrus Rust": lambda: rsc("pstencil")(view(src), view(dst), t),
            "Cython": cython and (lambda: cython.pstencil(src, dst, t)),
        },
        f"window sums (`a[i:i+{w}]` to a nogil function)": {
            "hand C": lambda: hc.hand_pwindows(d(wa), d(wout), len(wa), w, t),
            "cytrus C": lambda: cyc("pwindows")(view(wa), view(wout), w, t),
            "cytrus Rust": lambda: rsc("pwindows")(view(wa), view(wout), w, t),
            "Cython": cython and (lambda: cython.pwindows(wa, wout, w, t)),
        },
        f"row slices (`x[i, :]`, {rows}×{cols}, Cython #2987)": {
            "hand C": lambda: hc.hand_prows(d(x), d(coef), d(rout), rows, cols, t),
            "cytrus C": lambda: cyc("prows")(view(x), view(coef), view(rout), t),
            "cytrus Rust": lambda: rsc("prows")(view(x), view(coef), view(rout), t),
            "Cython": cython and (lambda: cython.prows(x, coef, rout, t)),
        },
    }
    return table


VARIANTS = ["hand C", "cytrus C", "cytrus Rust", "Cython"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=7)
    ap.add_argument("--out")
    ap.add_argument("--settle", type=float, default=50.0, help="milliseconds to sleep between timed calls")
    args = ap.parse_args()
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as work:
        libs, cython = build(work)
        best = {}
        for threads in (1, 2):
            table = calls(libs, cython, threads)
            for kernel, variants in table.items():
                for _ in range(args.reps):
                    for name in VARIANTS:
                        f = variants.get(name)
                        if not f:
                            continue
                        time.sleep(args.settle / 1e3)
                        start = time.perf_counter()
                        f()
                        elapsed = time.perf_counter() - start
                        key = (kernel, name, threads)
                        best[key] = min(best.get(key, elapsed), elapsed)
    load_after = os.getloadavg()
    kernels = list(dict.fromkeys(k for k, _, _ in best))
    lines = [
        "## prange: 1 and 2 threads",
        "",
        f"Generated by `python3 benches/prange_bench.py` ({args.reps} interleaved repetitions, the fastest of each, "
        f"{args.settle:g} ms of sleep before each so that the last runtime's idle threads stop polling). "
        f"{machine()}. Load average (1, 5, 15 min) before the run: {', '.join(f'{x:.2f}' for x in load_before)}; "
        f"after: {', '.join(f'{x:.2f}' for x in load_after)} — the machine is shared, so a busy core makes the "
        "2-thread columns slower than they are on an idle machine.",
        "",
        "Times in ms at 1 thread / 2 threads, then the speed-up (1-thread time ÷ 2-thread time). "
        "cytrus's C output and Cython's are built with `-O3 -fwrapv -fopenmp`; the hand C is plain OpenMP without checks. "
        "Every kernel keeps Cython's default directives (bounds checks and wraparound on).",
        "",
        "| kernel | " + " | ".join(VARIANTS) + " |",
        "|---|" + "---:|" * len(VARIANTS),
    ]
    for kernel in kernels:
        cells = []
        for name in VARIANTS:
            one, two = best.get((kernel, name, 1)), best.get((kernel, name, 2))
            if one is None or two is None:
                cells.append("—")
            else:
                cells.append(f"{one * 1e3:.1f} / {two * 1e3:.1f} ({one / two:.2f}×)")
        lines.append(f"| {kernel} | " + " | ".join(cells) + " |")
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out:
        with open(args.out, "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()

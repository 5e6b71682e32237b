#!/usr/bin/env python3
"""Benchmark of Python extension modules: cytrus vs Cython, side by side.

    python3 benches/python_bench.py [--reps N] [--write]

1. Build time of benches/python_module.pyx (12 functions): `cytrus build
   --python` (C backend; the Rust backend too when it builds) against
   `cythonize -3 -i`, each in a fresh directory, the fastest of --builds runs.
2. Cost of one call from Python: `saxpy(2.0, x, y)` on 8-element float64
   arrays, `first(a)` with one 2-D view, `noop()` and `add(1, 2)`, the cytrus
   and Cython builds interleaved in one process, the fastest of --reps.
3. With --instructions (needs valgrind): the same calls' instructions per
   call under callgrind, whole process, (I(62,000 calls) - I(2,000 calls)) /
   60,000, after the same 2,000-call warm-up, collector off, with
   PYTHONHASHSEED=0: not disturbed by a busy machine, where times are (it
   counts the timing loop too, the same for every build).

Not a timed test: it only measures. With --write, replaces the "Python
extension modules" section of benches/RESULTS.md.
"""
import argparse
import importlib.machinery
import importlib.util
import os
import platform
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
import timeit

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "python_module.pyx")
NAME = "python_module"
EXT = sysconfig.get_config_var("EXT_SUFFIX")


def cytrus_bin():
    return os.path.abspath(os.environ.get("CYTRUS") or os.path.join(ROOT, "target", "release", "cytrus"))


def fresh(work, tag):
    d = os.path.join(work, tag)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    shutil.copy(SRC, d)
    return d


def build_cython(work):
    d = fresh(work, "cython")
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "Cython.Build.Cythonize", "-3", "-i", "-q", NAME + ".pyx"],
                   cwd=d, check=True, capture_output=True)
    return time.perf_counter() - t, os.path.join(d, NAME + EXT)


def build_cytrus(work, backend):
    d = fresh(work, "cytrus-" + backend)
    t = time.perf_counter()
    r = subprocess.run([cytrus_bin(), "build", "--python", NAME + ".pyx", "-o", d, "--backend", backend,
                        "--python-exe", sys.executable], cwd=d, capture_output=True, text=True)
    dt = time.perf_counter() - t
    so = os.path.join(d, NAME + EXT)
    if r.returncode != 0 or not os.path.exists(so):
        return None, (r.stderr or r.stdout).strip().splitlines()[-1:] or ["no output"]
    return dt, so


def load(so):
    loader = importlib.machinery.ExtensionFileLoader(NAME, so)
    spec = importlib.util.spec_from_file_location(NAME, so, loader=loader)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


DRIVER = """import gc, importlib.machinery, importlib.util, sys
import numpy as np
so, n, stmt = sys.argv[1], int(sys.argv[2]), sys.argv[3]
loader = importlib.machinery.ExtensionFileLoader("python_module", so)
spec = importlib.util.spec_from_file_location("python_module", so, loader=loader)
f = importlib.util.module_from_spec(spec)
spec.loader.exec_module(f)
x = np.arange(8, dtype=np.float64)
y = np.ones(8)
a2 = np.arange(12, dtype=np.float64).reshape(3, 4)
code = compile("for _ in range(n):\\n    " + stmt, "<bench>", "exec")
# The same warm-up in both runs (lazy initialisation, the interpreter's
# specialisation of the loop) and no collector: only the n calls differ.
gc.disable()
n_measured, n = n, 2000
exec(code)
n = n_measured
exec(code)
"""


def instructions(work, so, stmt):
    """Instructions per call of `stmt` under callgrind (see the module docstring)."""
    driver = os.path.join(work, "driver.py")
    with open(driver, "w") as fh:
        fh.write(DRIVER)
    counts = []
    for n in (2000, 62000):
        r = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
                            driver, so, str(n), stmt], capture_output=True, text=True,
                           env=dict(os.environ, PYTHONHASHSEED="0"))
        m = re.search(r"I\s+refs:\s+([\d,]+)", r.stderr)
        if r.returncode != 0 or not m:
            return None
        counts.append(int(m.group(1).replace(",", "")))
    return (counts[1] - counts[0]) / 60000


def fmt_s(t):
    return "—" if t is None else ("%.2f s" % t if t >= 1 else "%.0f ms" % (t * 1e3))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=9)
    ap.add_argument("--builds", type=int, default=3)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--instructions", action="store_true", help="also count instructions per call (valgrind)")
    ns = ap.parse_args()
    work = tempfile.mkdtemp(prefix="pybench-")
    load0 = os.getloadavg()[0]
    try:
        times = {"cython": [], "cytrus C": [], "cytrus Rust": []}
        so = {}
        errors = {}
        for _ in range(ns.builds):
            t, p = build_cython(work)
            times["cython"].append(t)
            so["Cython"] = p
            for label, backend in (("cytrus C", "c"), ("cytrus Rust", "rust")):
                if label in errors:
                    continue
                t, p = build_cytrus(work, backend)
                if t is None:
                    errors[label] = p
                else:
                    times[label].append(t)
                    so[label] = p
        best = {k: (min(v) if v else None) for k, v in times.items()}
        for k, e in errors.items():
            print(f"{k}: build failed: {e}", file=sys.stderr)
        # keep each build's .so in its own directory: three modules of one name
        mods = {}
        for label, p in so.items():
            keep = os.path.join(work, "keep-" + label.replace(" ", "_"))
            os.makedirs(keep, exist_ok=True)
            q = os.path.join(keep, os.path.basename(p))
            shutil.copy(p, q)
            mods[label] = load(q)

        x = np.arange(8, dtype=np.float64)
        y = np.ones(8)
        a2 = np.arange(12, dtype=np.float64).reshape(3, 4)
        stmts = {
            "`saxpy(2.0, x, y)`, 8-element arrays": "f.saxpy(2.0, x, y)",
            "`first(a)`, one 2-D view": "f.first(a2)",
            "`noop()`": "f.noop()",
            "`add(1, 2)`": "f.add(1, 2)",
            "`dot(x, x)`, two const views": "f.dot(x, x)",
        }
        labels = list(mods)
        calls = {}
        for desc, stmt in stmts.items():
            timers = {lab: timeit.Timer(stmt, globals={"f": mods[lab], "x": x, "y": y, "a2": a2})
                      for lab in labels}
            n = 200000
            res = {lab: [] for lab in labels}
            for _ in range(ns.reps):
                for lab in labels:
                    res[lab].append(timers[lab].timeit(n) / n * 1e9)
            calls[desc] = {lab: min(v) for lab, v in res.items()}
        counted = {}
        if ns.instructions and shutil.which("valgrind"):
            for desc, stmt in stmts.items():
                counted[desc] = {lab: instructions(work, os.path.join(work, "keep-" + lab.replace(" ", "_"),
                                                                       os.path.basename(so[lab])), stmt)
                                 for lab in labels}

        cpu = platform.processor() or platform.machine()
        try:
            with open("/proc/cpuinfo") as fh:
                m = re.search(r"model name\s*:\s*(.*)", fh.read())
                cpu = m.group(1) if m else cpu
        except OSError:
            pass
        lines = ["## Python extension modules", "",
                 f"Generated by `python3 benches/python_bench.py` on {cpu}, Python {platform.python_version()}, "
                 f"numpy {np.__version__}; Cython {__import__('Cython').__version__}; load average "
                 f"{load0:.1f} at the start, {os.getloadavg()[0]:.1f} at the end (2 cores shared: on a busy machine "
                 f"every time here is inflated, the ratios less so).", "",
                 f"Build: `benches/python_module.pyx` (12 functions) in a fresh directory, whole-process wall time, "
                 f"the fastest of {ns.builds} runs: `cythonize -3 -i` (translation and the C compiler with "
                 f"setuptools' flags) against `cytrus build --python`.", "",
                 "| build | time | speed-up vs Cython |", "|---|---:|---:|"]
        for k in ("cython", "cytrus C", "cytrus Rust"):
            t = best[k]
            sp = "" if k == "cython" or t is None else "%.1f×" % (best["cython"] / t)
            label = "`cythonize -3 -i`" if k == "cython" else f"`cytrus build --python` ({k.split()[1]} backend)"
            lines.append(f"| {label} | {fmt_s(t) if t is not None else 'failed: ' + ' '.join(errors.get(k, []))[:80]} | {sp} |")
        lines += ["", f"One call from Python (timeit, 200,000 calls, the fastest of {ns.reps} interleaved "
                      "repetitions), in ns per call:", "",
                  "| call | " + " | ".join(labels) + " | " +
                  " | ".join(f"{lab} / Cython" for lab in labels if lab != "Cython") + " |",
                  "|---|" + "---:|" * (len(labels) * 2 - 1)]
        for desc, r in calls.items():
            cells = ["%.0f" % r[lab] for lab in labels]
            ratios = ["%.2f" % (r[lab] / r["Cython"]) for lab in labels if lab != "Cython"]
            lines.append(f"| {desc} | " + " | ".join(cells + ratios) + " |")
        if counted:
            lines += ["", "Instructions per call (callgrind, whole process, PYTHONHASHSEED=0, after a 2,000-call warm-up, collector off: (I(62,000 calls) - "
                          "I(2,000 calls)) / 60,000, the timing loop included; not disturbed by a busy machine; what "
                          "still varies between runs of the interpreter is divided by 60,000 calls):", "",
                      "| call | " + " | ".join(labels) + " | " +
                      " | ".join(f"{lab} / Cython" for lab in labels if lab != "Cython") + " |",
                      "|---|" + "---:|" * (len(labels) * 2 - 1)]
            for desc, r in counted.items():
                cells = ["—" if r[lab] is None else "%.0f" % r[lab] for lab in labels]
                ratios = ["—" if None in (r[lab], r["Cython"]) else "%.2f" % (r[lab] / r["Cython"])
                          for lab in labels if lab != "Cython"]
                lines.append(f"| {desc} | " + " | ".join(cells + ratios) + " |")
        text = "\n".join(lines) + "\n"
        print(text)
        if ns.write:
            if "cytrus C" not in mods:
                print("not writing RESULTS.md: cytrus's C build failed", file=sys.stderr)
                return 1
            path = os.path.join(HERE, "RESULTS.md")
            with open(path) as fh:
                old = fh.read()
            start = old.find("## Python extension modules")
            if start >= 0:
                end = old.find("\n## ", start + 1)
                old = old[:start] + (old[end + 1:] if end >= 0 else "")
            with open(path, "w") as fh:
                fh.write(old.rstrip("\n") + "\n\n" + text)
            print("wrote", path)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

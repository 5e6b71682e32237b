#!/usr/bin/env python3
"""Leak check of the Python boundary: 10^6 calls per build, then reference
counts of the arguments, the number of live objects the garbage collector
tracks, traced Python memory and the process's RSS must be back where they
started.

    python3 tests/python/leakcheck.py [--calls N] [--builds cython,cytrus-c,cytrus-rust]

The calls mix accepted arguments, conversion errors (wrong dtype, wrong ndim,
None, overflow, read-only buffer for a writable view), errors raised in the
body, and returned views (which hold their buffer until dropped).  Exits 1
on a leak.
"""
import argparse
import array
import gc
import os
import sys
import tracemalloc

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from pydiff import builds  # noqa: E402


def rss_kib():
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


def workload(kern, ret, ints, fused):
    """(name, callable, arguments to watch) — each callable makes one call."""
    x = np.arange(8, dtype=np.float64)
    y = np.ones(8)
    a2 = np.arange(12, dtype=np.float64).reshape(3, 4)
    bad_dtype = np.zeros(8, dtype=np.int64)
    bad_ndim = np.zeros((2, 2, 2))
    ro = np.arange(8, dtype=np.float64)
    arr_d = array.array("d", [1.0, 2.0, 3.0])
    ro.setflags(write=False)
    f64c = np.linspace(-1, 2, 8)
    big = 2 ** 70

    def expect(exc, f, *args):
        def call():
            try:
                f(*args)
            except exc:
                return
            raise AssertionError(f"{f.__name__}{args!r} did not raise {exc.__name__}")
        return call

    def keep_view():
        v = ret.tail(x)
        m = memoryview(v)
        r = m[0] if len(m) else None
        m.release()
        return r

    def use_view():
        # what Python code does with a returned view: elements, sub-views,
        # iteration, .T, repr, an index out of bounds (not copy(): Cython
        # 3.3.1 leaks one object per memoryview slice copy())
        v = ret.tail(x)
        if len(v):
            v[0]
            v[1:][::-1].T
        list(v)
        repr(v)
        try:
            v[10 ** 6]
        except IndexError:
            pass

    return [
        ("saxpy ok", lambda: kern.saxpy(2.0, x, y), [x, y]),
        ("first ok", lambda: kern.first(a2), [a2]),
        ("dot const read-only", lambda: kern.dot(ro, ro), [ro]),
        ("norm2 ok", lambda: kern.norm2(x), [x]),
        ("saxpy wrong dtype", expect(ValueError, kern.saxpy, 2.0, bad_dtype, y), [bad_dtype, y]),
        ("first wrong ndim", expect(ValueError, kern.first, bad_ndim), [bad_ndim]),
        ("saxpy read-only", expect((ValueError, BufferError), kern.saxpy, 2.0, x, ro), [x, ro]),
        ("first None", expect(Exception, kern.first, None), []),
        ("raises in body", expect(ZeroDivisionError, kern.checked_div, 1.0, 0.0), []),
        ("clip defaults", lambda: kern.clip(f64c), [f64c]),
        ("int overflow", expect(OverflowError, ints.f_int, big), [big]),
        ("returned view", keep_view, [x]),
        ("returned view used", use_view, [x]),
        # fused dispatch: by dtype, by the memoryview fallback, by scalar
        # type, through f[key], and each of the dispatcher's own errors
        ("fused view dispatch", lambda: fused.vsum_2d(a2), [a2]),
        ("fused fallback", lambda: fused.vsum_1d(arr_d), [arr_d]),
        ("fused scalars", lambda: fused.two_types(x, 3), [x]),
        ("fused indexed", lambda: fused.s_floating["double"](2.5), []),
        ("fused no match", expect(TypeError, fused.vsum_1d, bad_ndim), [bad_ndim]),
        ("fused too few", expect(TypeError, fused.two_types, x), [x]),
        ("fused refused by specialisation", expect(ValueError, fused.vsum_2d_c, a2.T), [a2]),
    ]


def check(kind, so_kern, so_ret, so_ints, so_fused, calls):
    kern = builds.load(so_kern, "python_module")
    ret = builds.load(so_ret, "m_views_return")
    ints = builds.load(so_ints, "m_scalars_int")
    fused = builds.load(so_fused, "m_fused_dispatch")
    work = workload(kern, ret, ints, fused)
    per = max(1, calls // len(work))
    # warm up: first calls allocate caches (interned strings, type objects)
    for _, f, _ in work:
        for _ in range(2000):
            f()
    refs0 = [[sys.getrefcount(a) for a in args] for _, _, args in work]
    tracemalloc.start()
    snap0 = tracemalloc.take_snapshot()
    mem0 = tracemalloc.get_traced_memory()[0]
    rss0 = rss_kib()
    # Counted after the snapshot is taken and before the next one: the
    # snapshots' own objects are not the calls'.
    gc.collect()
    objs0 = len(gc.get_objects())
    for _, f, _ in work:
        for _ in range(per):
            f()
    gc.collect()
    objs1 = len(gc.get_objects())
    rss1 = rss_kib()
    mem1 = tracemalloc.get_traced_memory()[0]
    snap1 = tracemalloc.take_snapshot()
    tracemalloc.stop()
    refs1 = [[sys.getrefcount(a) for a in args] for _, _, args in work]
    problems = []
    for (name, _, _), r0, r1 in zip(work, refs0, refs1):
        if r0 != r1:
            problems.append(f"{name}: argument reference counts {r0} -> {r1}")
    if objs1 - objs0 > 100:
        problems.append(f"gc-tracked objects {objs0} -> {objs1}")
    if mem1 - mem0 > 256 * 1024:
        top = snap1.compare_to(snap0, "lineno")[:3]
        problems.append(f"traced Python memory +{(mem1 - mem0) // 1024} KiB: " + "; ".join(map(str, top)))
    if rss1 - rss0 > 16 * 1024:
        problems.append(f"RSS {rss0} KiB -> {rss1} KiB")
    total = per * len(work)
    print(f"{kind}: {total} calls over {len(work)} shapes; refcounts {'same' if refs0 == refs1 else 'CHANGED'}, "
          f"gc objects {objs0}->{objs1}, traced memory {mem0 // 1024}->{mem1 // 1024} KiB, "
          f"RSS {rss0}->{rss1} KiB")
    for p in problems:
        print("   LEAK?", p)
    return not problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--calls", type=int, default=10 ** 6)
    ap.add_argument("--builds", default="cython,cytrus-c,cytrus-rust")
    ns = ap.parse_args()
    mods = [os.path.join(HERE, "..", "..", "benches", "python_module.pyx")] + \
        [os.path.join(HERE, "modules", m + ".pyx") for m in ("m_views_return", "m_scalars_int", "m_fused_dispatch")]
    kinds = ns.builds.split(",")
    builds.build_all(mods, kinds)
    ok = True
    for kind in kinds:
        paths = [builds.built_path(m, kind) for m in mods]
        if not all(paths):
            print(f"{kind}: not built ({(builds.failure(mods[0], kind) or 'missing').strip().splitlines()[-1:]})")
            ok = False
            continue
        ok &= check(kind, *paths, ns.calls)
    print("leakcheck:", "no leak" if ok else "LEAK or missing build")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

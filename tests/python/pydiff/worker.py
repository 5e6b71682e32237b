"""Runs one module's differential checks in its own process.

    python -m pydiff.worker PYX --build KIND=SO ... --start K --progress FILE

Writes one JSON object a line on stdout's replacement (``--out FILE``):
``{"diff": ...}`` for every difference from the ``cython`` build, and a final
``{"tally": ...}``.  Before each call it writes ``INDEX BUILD`` to the
progress file, so the parent can tell which call crashed or hung and restart
the worker after it.
"""

from __future__ import annotations

import argparse
import contextlib
import inspect
import io
import json
import math
import os
import re
import sys
import tempfile
import traceback
import warnings
import zlib

import numpy as np

from . import builds, inputs, sigparse

SIZES = [0, 1, 2, 3, 5, 8]
RANDOM_COMBOS = 24


# ------------------------------------------------------------ normalising

def norm(v, depth=0):
    if depth > 6:
        return ["deep"]
    if v is None or isinstance(v, (bool, int, str, bytes)):
        return [type(v).__name__, repr(v)]
    if isinstance(v, float):
        return ["float", repr(v)]
    if isinstance(v, complex):
        return ["complex", repr(v)]
    if isinstance(v, (tuple, list)):
        return [type(v).__name__, [norm(x, depth + 1) for x in v]]
    if isinstance(v, dict):
        return ["dict", [[norm(k), norm(x, depth + 1)] for k, x in v.items()]]
    if isinstance(v, np.ndarray):
        return ["ndarray", v.dtype.str, list(v.shape), repr(v.tolist())]
    if isinstance(v, np.generic):
        return ["np." + type(v).__name__, repr(v.item())]
    try:
        m = memoryview(v)
    except TypeError:
        return ["object", type(v).__name__]
    fmt, shape, readonly = m.format, list(m.shape), m.readonly
    try:
        content = repr(np.asarray(v).tolist())
    except Exception as e:  # noqa: BLE001 - any failure is itself compared
        content = "np.asarray failed: %s: %s" % (type(e).__name__, e)
    m.release()

    def probe(f):
        try:
            # object addresses differ from run to run
            return re.sub(r" at 0x[0-9a-fA-F]+>", " at 0x…>", repr(f()))
        except Exception as e:  # noqa: BLE001
            return type(e).__name__
    # what Python code does with a returned memoryview besides np.asarray
    api = [probe(lambda: len(v)), probe(lambda: v[0] if len(v) else None),
           probe(lambda: tuple(v.shape)), probe(lambda: v.ndim)]
    return ["buffer", fmt, shape, readonly, content, api]


def state_of(v):
    """What a call may have changed in a mutable argument."""
    if isinstance(v, np.ndarray):
        if v.dtype.kind == "O" or v.dtype.itemsize > 8 and v.dtype.char in "gG":
            return repr(v.tolist())
        return v.tobytes().hex()
    if isinstance(v, (bytearray, inputs.array.array)):
        return bytes(v).hex()
    return None


def exc_name(e: BaseException) -> str:
    t = type(e)
    mod = t.__module__
    return t.__qualname__ if mod == "builtins" else f"{mod}.{t.__qualname__}"


def signatures_of(f):
    """A fused function's specialisations: each `__signatures__` key (in
    order) with the `__name__` of what `f[key]` gives; None if not fused."""
    sigs = getattr(f, "__signatures__", None)
    if sigs is None:
        return None
    out = []
    for key in sigs:
        try:
            out.append([key, f[key].__name__, f[tuple(key.split("|"))].__name__])
        except Exception as e:  # noqa: BLE001
            out.append([key, exc_name(e), str(e)])
    return out


def pyx_frame(tb):
    last = None
    while tb is not None:
        fn = tb.tb_frame.f_code.co_filename
        if fn.endswith((".pyx", ".pxd", ".pxi")):
            last = [os.path.basename(fn), tb.tb_lineno, tb.tb_frame.f_code.co_name]
        tb = tb.tb_next
    return last


class Capture:
    """Captures both sys.stdout and whatever is written to file descriptor 1."""

    def __init__(self):
        self.tmp = tempfile.TemporaryFile()

    @contextlib.contextmanager
    def __call__(self):
        buf = io.StringIO()
        sys.stdout.flush()
        saved = os.dup(1)
        self.tmp.seek(0)
        self.tmp.truncate()
        os.dup2(self.tmp.fileno(), 1)
        out = {"py": "", "fd": ""}
        try:
            with contextlib.redirect_stdout(buf):
                yield out
        finally:
            try:
                import ctypes
                ctypes.CDLL(None).fflush(None)
            except Exception:  # noqa: BLE001
                pass
            os.dup2(saved, 1)
            os.close(saved)
            self.tmp.seek(0)
            out["py"] = buf.getvalue()
            out["fd"] = self.tmp.read().decode("utf-8", "replace")


# ----------------------------------------------------------- call specs

def call_specs(fn: sigparse.Function, extremes: bool, base_seed: int, unchecked: bool = False):
    """Deterministic list of (label, n, seed, args, kwargs) where args and
    kwargs hold recipes (callables of a Ctx).

    ``unchecked`` (bounds checks off in the module): only inputs meant to
    fail in argument conversion, since a body run on made-up data may index
    out of bounds, which is undefined behaviour there."""
    params = [p for p in fn.params if not p.star]
    pools = [inputs.param_pool(p, extremes) for p in params]
    valid = [[r for r in pool if r[1]] or pool[:1] for pool in pools]
    specs = []
    k = 0

    def add(label, n, args, kwargs=None):
        nonlocal k
        specs.append((label, n, base_seed * 100003 + k, args, kwargs or {}))
        k += 1

    if not params:
        add("()", 3, [])
        return specs
    base = [v[0][2] for v in valid]
    base_labels = [v[0][0] for v in valid]
    for n in (3, 0):
        if not unchecked:
            add("base n=%d: %s" % (n, ", ".join(base_labels)), n, list(base))
    # one parameter at a time over its whole pool
    for i, pool in enumerate(pools):
        for label, ok, make in pool:
            if unchecked and (ok or label == "None"):
                continue
            args = list(base)
            args[i] = make
            add(f"{params[i].name}={label}", 3, args)
    # random combinations of accepted values with a common size
    rng = np.random.default_rng(base_seed)
    for j in range(0 if unchecked else RANDOM_COMBOS):
        n = SIZES[j % len(SIZES)]
        picks = [v[int(rng.integers(len(v)))] for v in valid]
        add("combo n=%d: %s" % (n, ", ".join(p[0] for p in picks)), n, [p[2] for p in picks])
    # argument passing
    names = [p.name for p in params]
    if not unchecked:
        add("all by keyword", 3, [], dict(zip(names, base)))
    add("no arguments", 3, [])
    add("one extra positional", 3, list(base) + [inputs.const(1)])
    add("unknown keyword", 3, list(base), {"zzz_unknown": inputs.const(1)})
    add("positional and keyword", 3, list(base), {names[0]: base[0]})
    required = [p for p in params if p.default is None]
    if len(required) < len(params) and not unchecked:
        add("required only", 3, list(base[: len(required)]))
        add("required only, by keyword", 3, [], dict(zip(names[: len(required)], base)))
    if len(required) > 0:
        add("missing last required", 3, list(base[: len(required) - 1]))
    return specs


# ------------------------------------------------------------- running

def run_call(func, spec, capture: Capture):
    label, n, seed, args, kwargs = spec
    ctx = inputs.Ctx(seed, n)
    a = [r(ctx) for r in args]
    kw = {key: r(ctx) for key, r in kwargs.items()}
    outcome = {}
    with capture() as out:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                res = func(*a, **kw)
        except BaseException as e:  # noqa: BLE001
            if isinstance(e, KeyboardInterrupt):
                raise
            outcome["raised"] = [exc_name(e), str(e)]
            outcome["traceback"] = pyx_frame(e.__traceback__)
            res = None
        else:
            outcome["result"] = norm(res)
    outcome["stdout"] = out["py"] + out["fd"]
    outcome["stdout_fd"] = bool(out["fd"])
    outcome["args_after"] = [state_of(x) for x in a] + [state_of(x) for x in kw.values()]
    del res
    return outcome


FIELDS = ("raised", "result", "stdout", "args_after", "traceback")


def compare(ref, got):
    diffs = []
    for f in FIELDS:
        if ref.get(f) != got.get(f):
            diffs.append((f, ref.get(f), got.get(f)))
    return diffs


def signature_of(f):
    try:
        return str(inspect.signature(f))
    except (TypeError, ValueError) as e:
        return "no signature: %s" % type(e).__name__


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("pyx")
    ap.add_argument("--build", action="append", default=[])
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--progress", required=True)
    ap.add_argument("--out", required=True)
    ns = ap.parse_args(argv)
    pyx = ns.pyx
    name = builds.module_name(pyx)
    with open(pyx, encoding="utf-8") as fh:
        text = fh.read()
    extremes = "pydiff: extremes" in text
    # a module with bounds checks off: an input that indexes out of bounds
    # is undefined behaviour there, so cytrus raising IndexError where
    # Cython silently read past the end is not a difference
    unchecked = bool(re.search(r"boundscheck\s*(=\s*False|\(\s*False)", text))
    kinds = dict(b.split("=", 1) for b in ns.build)
    outf = open(ns.out, "a", buffering=1)
    prog_fd = os.open(ns.progress, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)

    def emit(obj):
        outf.write(json.dumps(obj) + "\n")

    def progress(index, kind):
        os.lseek(prog_fd, 0, 0)
        os.ftruncate(prog_fd, 0)
        os.write(prog_fd, f"{index} {kind}".encode())

    capture = Capture()
    tally = {"inputs": 0, "calls": 0, "diffs": 0}

    def diff(index, func, label, kind, field, ref, got):
        tally["diffs"] += 1
        emit({"diff": {"index": index, "module": name, "function": func, "input": label,
                       "build": kind, "field": field, "expected": ref, "got": got}})

    # index 0: import (module-level code, its output, its exception)
    mods = {}
    import_outcomes = {}
    for kind, so in kinds.items():
        if ns.start > 0:
            # already compared by an earlier run; output suppressed
            with capture():
                try:
                    mods[kind] = builds.load(so, name)
                except BaseException:  # noqa: BLE001
                    mods[kind] = None
            continue
        progress(0, kind)
        oc = {}
        with capture() as out:
            try:
                mods[kind] = builds.load(so, name)
            except BaseException as e:  # noqa: BLE001
                mods[kind] = None
                oc["raised"] = [exc_name(e), str(e)]
                oc["traceback"] = pyx_frame(e.__traceback__)
        oc["stdout"] = out["py"] + out["fd"]
        import_outcomes[kind] = oc
    if ns.start == 0:
        ref = import_outcomes.get("cython", {})
        for kind, oc in import_outcomes.items():
            if kind == "cython":
                continue
            for field, a, b in compare(ref, oc):
                diff(0, "<import>", "import", kind, field, a, b)
        tally["inputs"] += 1
        tally["calls"] += len(import_outcomes)
    ref_mod = mods.get("cython")
    if ref_mod is None:
        emit({"tally": tally, "note": "cython build did not import"})
        progress(0, "done")
        return 0

    index = 1
    for fn in sigparse.parse_file(pyx):
        ref_f = getattr(ref_mod, fn.name, None)
        if not callable(ref_f):
            continue
        # the function object itself
        if index >= ns.start:
            for kind, mod in mods.items():
                if kind == "cython" or mod is None:
                    continue
                f = getattr(mod, fn.name, None)
                if not callable(f):
                    diff(index, fn.name, "exported", kind, "exported", True, False)
                    continue
                for field, a, b in (("signature", signature_of(ref_f), signature_of(f)),
                                    ("__doc__", ref_f.__doc__, f.__doc__),
                                    ("__name__", ref_f.__name__, getattr(f, "__name__", None)),
                                    ("__signatures__", signatures_of(ref_f), signatures_of(f))):
                    if a != b:
                        diff(index, fn.name, "function object", kind, field, a, b)
        index += 1
        specs = call_specs(fn, extremes, zlib.crc32(f"{name}.{fn.name}".encode()) % 1000003, unchecked)
        for spec in specs:
            if index < ns.start:
                index += 1
                continue
            outcomes = {}
            for kind, mod in mods.items():
                f = getattr(mod, fn.name, None) if mod is not None else None
                if f is None:
                    continue
                progress(index, kind)
                outcomes[kind] = run_call(f, spec, capture)
                tally["calls"] += 1
                if unchecked and kind == "cython" and "raised" not in outcomes[kind]:
                    # Meant to fail in argument conversion, but Cython took it
                    # (np.bool_ for an int, ...): the unchecked body ran on
                    # made-up data, which is undefined behaviour (Cython itself
                    # corrupts its heap on such inputs). Not an input: no other
                    # build runs it, and a fresh worker (a fresh heap) goes on.
                    emit({"invalid_input": {"index": index, "function": fn.name, "input": spec[0]}})
                    emit({"tally": dict(tally)})
                    progress(index, "restart")
                    outf.close()
                    os._exit(0)
            tally["inputs"] += 1
            ref = outcomes["cython"]
            for kind, oc in outcomes.items():
                if kind == "cython":
                    continue
                if (unchecked and "raised" not in ref and oc.get("raised")
                        and oc["raised"][0] == "IndexError"):
                    diff(index, fn.name, spec[0], kind, "ub_index", None, oc["raised"])
                    continue
                for field, a, b in compare(ref, oc):
                    if unchecked and field == "args_after":
                        # an earlier out-of-bounds write of an unchecked body
                        # may have changed memory either build reads
                        field = "ub_state"
                    diff(index, fn.name, spec[0], kind, field, a, b)
                if oc.get("stdout_fd") and not ref.get("stdout_fd"):
                    diff(index, fn.name, spec[0], kind, "stdout_fd", False, True)
            index += 1
        # counts so far (a later crash must not lose them)
        emit({"tally": dict(tally)})
        for key in tally:
            tally[key] = 0
    progress(index, "done")
    emit({"tally": tally})
    outf.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

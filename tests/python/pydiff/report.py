"""Groups the differences of a runner --json file by likely root cause.

    python -m pydiff.report RESULTS.json

A group is (build, field, the two values with numbers, quoted names and
dtype words blanked); each group shows its size, the modules it touches and
one example call.
"""
import collections
import json
import re
import sys

WORDS = r"\b(double|float|int|long|short|char|signed char|unsigned \w+|long long|bint|Py_ssize_t|size_t|" \
        r"int\d+_t|uint\d+_t|complex|bool|float\d+|int\d+|uint\d+|longdouble|complex\d+)\b"


def shape(v):
    s = json.dumps(v)
    s = re.sub(r"'[^']*'", "'…'", s)
    s = re.sub(r"-?\d+(\.\d+)?(e[-+]?\d+)?", "N", s)
    s = re.sub(WORDS, "T", s)
    return s[:160]


def key(d):
    f = d["field"]
    if f == "traceback":
        e, g = d["expected"], d["got"]
        if g is None:
            what = "no .pyx frame (Cython names the def line)" if e and e[1] else "no .pyx frame"
        elif e is None:
            what = "a .pyx frame Cython does not have"
        elif e[2] != g[2] and e[2].endswith("." + g[2]) and e[1] == g[1]:
            what = "frame names the function without its module (Cython: MODULE.F)"
        else:
            what = "frame line differs"
        return (d["build"], f, what, "")
    if f == "raised":
        return (d["build"], f, shape(d["expected"]), shape(d["got"]))
    if f in ("result", "args_after"):
        exp_raise = d["expected"] is None
        return (d["build"], f, "None" if d["expected"] is None else type(d["expected"]).__name__,
                "None" if d["got"] is None else shape(d["got"])[:40])
    return (d["build"], f, shape(d["expected"])[:60], shape(d["got"])[:60])


def main(path):
    with open(path) as fh:
        results = json.load(fh)
    groups = collections.defaultdict(list)
    for r in results:
        for kind, why in r["build_failures"].items():
            if kind != "cython":
                groups[(kind, "build failed", why.strip().splitlines()[-1][:150] if why.strip() else "", "")].append(
                    {"module": r["module"], "function": "", "input": "", "expected": "", "got": why[-600:]})
        for c in r["crashes"]:
            if c["build"] != "cython":
                groups[(c["build"], "crash", c["how"].splitlines()[0][:80], "")].append(
                    {"module": r["module"], "function": "?", "input": str(c["index"]), "expected": "", "got": c["how"]})
        for d in r["diffs"]:
            groups[key(d)].append(d)
    for k, ds in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        mods = sorted({d["module"] for d in ds})
        ex = ds[0]
        print(f"== {len(ds)} × {k[0]} {k[1]}  [{', '.join(mods[:6])}{' …' if len(mods) > 6 else ''}]")
        print(f"   e.g. {ex['module']}.{ex['function']}({ex['input']})")
        print(f"   expected: {json.dumps(ex['expected'])[:300]}")
        print(f"   got:      {json.dumps(ex['got'])[:300]}")




def cause(d):
    """A root-cause label for one difference (the report's grouping)."""
    f, e, g = d["field"], d["expected"], d["got"]
    if f == "traceback":
        if g is None and e is not None:
            return "T1 traceback: no .pyx frame for an error in argument conversion/parsing"
        if e and g and e[1] == g[1] and e[2].endswith("." + g[2]):
            return "T2 traceback: frame names the function without its module"
        if e and g and e[1] == g[1] and "__" in g[2]:
            return "T3 traceback: fused specialisation name in the frame"
        if e is None and g is not None:
            return "T5 traceback: frame where Cython raised nothing (follows another difference)"
        if e and g and e[2] == g[2] and e[1] != g[1] and not d.get("input", "").startswith(("base", "combo")):
            return "T6 traceback: frame line differs (Cython: a conversion error names the parameter's line, a parse error the first decorator's or the header's)"
        return "T4 traceback: re-raised exception keeps only the re-raise frame"
    if f == "stdout_fd":
        return "P1 print writes to C stdout, not sys.stdout"
    if f == "stdout":
        return "P2 printed text differs"
    if f == "raised" and e and g and e[0] == g[0] == "ValueError" and "Buffer dtype mismatch" in e[1]:
        if " in '" in e[1] or "but got end in" in e[1]:
            return "M2 dtype mismatch message for struct (packed record) views"
        return "M1 dtype mismatch message spells the C type, Cython the declared (typedef/const) name"
    if f == "result" and e and g and e[0] == "ndarray" and g[0] == "buffer":
        return "R1 `return np.asarray(view)` gives a cytrus.view, Cython an ndarray"
    if f == "result" and e and g and e[0] == g[0] == "buffer":
        if e[3] != g[3] and e[:3] == g[:3]:
            return "R3 a returned view of a const view is read-only (Cython: writable)"
        if len(e) > 5 and len(g) > 5 and e[:5] == g[:5]:
            return "R2 a returned view cannot be indexed (cytrus.view has no __getitem__)"
    if f == "result" and e and g and e[0] != g[0] and {e[0], g[0]} <= {"int", "float", "bool"}:
        return "R4 def result type unified over all returns (Cython converts each return on its own)"
    if f == "result" and e and g and e[0] == g[0] == "int" and int(g[1]) - int(e[1]) in (2 ** 64, 2 ** 32):
        return "R4 def result type unified over all returns (Cython converts each return on its own)"
    if f == "build failed":
        if "not available yet" in g or "no cytrus binary" in g:
            return "B0 backend not available in this cytrus binary"
        if "conflicting types" in g or "redeclaration" in g:
            return "B1 C compile error: a parameter named like a wrapper local (values, r, ...)"
        if "prefix `py_r` is unknown" in g:
            return "B4 Rust backend: a def named like a Rust keyword (mod, gen) spells py_r#NAME"
        if "doesn't satisfy" in g and "Element" in g:
            return "B5 Rust backend: a view of structs does not compile (struct is not an Element)"
        if "does not link C code" in g:
            return "B6 Rust backend: cdef extern C code not linked yet (diagnosed)"
        if "E0225" in g or "E0234" in g or "E0320" in g:
            return "B2 outside the subset (ctuple/str/None results, view.array result)"
        return "B3 build failed: other"
    if f == "exported":
        return "E1 fused def function not exported"
    if f == "crash":
        return "C1 cytrus build crashed (unchecked kernel on invalid input: may be UB)"
    if f == "raised" and e and g and "not contiguous in the same dimension" in e[1]:
        return "A1 view.strided/view.contiguous axis specs: message and what is accepted"
    if f in ("raised", "result") and d["function"] == "rows":
        return "A1 view.strided/view.contiguous axis specs: message and what is accepted"
    if f == "raised" and e and g and "read-only" in e[1]:
        return "A2 read-only checked after contiguity (Cython: read-only first)"
    if f == "signature":
        return "S1 signature spells a float default as its float32 value"
    if f in ("ub_index", "ub_state"):
        return "U0 (not a difference) IndexError where an unchecked Cython read out of bounds"
    return "X other: %s" % f


def causes(path):
    with open(path) as fh:
        results = json.load(fh)
    groups = collections.defaultdict(list)
    for r in results:
        for kind, why in r["build_failures"].items():
            if kind != "cython":
                groups[cause({"field": "build failed", "expected": "", "got": why, "function": ""})].append(
                    {"module": r["module"], "function": "", "input": "", "expected": "", "got": why[-300:],
                     "field": "build failed"})
        for c in r["crashes"]:
            if c["build"] not in ("cython", "exit"):
                groups[cause({"field": "crash", "expected": "", "got": "", "function": ""})].append(
                    {"module": r["module"], "function": "?", "input": str(c["index"]), "expected": "",
                     "got": c["how"][:200], "field": "crash"})
        for d in r["diffs"]:
            groups[cause(d)].append(d)
    for k in sorted(groups):
        ds = groups[k]
        mods = sorted({d["module"] for d in ds})
        ex = ds[0]
        print(f"{k}: {len(ds)} differences in {len(mods)} modules ({', '.join(mods[:5])}{' …' if len(mods) > 5 else ''})")
        print(f"    e.g. {ex['module']}.{ex['function']}({ex['input']}) {ex['field']}: "
              f"expected {json.dumps(ex['expected'])[:200]}, got {json.dumps(ex['got'])[:200]}")


if __name__ == "__main__":
    if sys.argv[1] == "--causes":
        causes(sys.argv[2])
    else:
        main(sys.argv[1])

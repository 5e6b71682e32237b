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


if __name__ == "__main__":
    main(sys.argv[1])

#!/usr/bin/env python3
"""Random programs for the check-removal analysis (compiler/src/lower/facts.rs).

Every generated kernel indexes views inside loop nests whose bounds, guards
and indices are the shapes the analysis reasons about -- range loops of every
form, while counters, chained-comparison guards, windows sliced from a view,
min() bounds -- with parameters that make some indices fall outside the view.
Cython (bounds checks on) raises IndexError there; cytrus must do the same:
an index the analysis wrongly proves in bounds prints a value instead (or
crashes). The driver (run.sh) records each module with real Cython and runs
both backends against the recording.

    python3 tools/checkfuzz/gen.py SEED [--kernels N] > FILE.pyx
"""
import argparse
import random

PARAMS = (-3, -1, 0, 1, 2, 3, 5, 7, 100)
VARS = ("i", "j", "k")


class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.has_e = False

    def const(self):
        return str(self.rng.choice((-2, -1, 0, 1, 2, 3)))

    def extent(self):
        return self.rng.choice(("a.shape[0]", "m.shape[0]", "m.shape[1]", "n") + (("e",) if self.has_e else ()))

    def bound(self, outer):
        """An integer expression a loop bound or guard may use."""
        r = self.rng
        choices = [
            lambda: self.const(),
            lambda: "p",
            lambda: "q",
            lambda: self.extent(),
            lambda: f"{self.extent()} - {r.choice(('1', '2', 'p', 'q'))}",
            lambda: f"p + {r.choice(('1', '2', 'q'))}",
            lambda: "-p",
            lambda: f"min(p, {self.extent()})",
            lambda: f"min({self.extent()}, q + 1)",
        ]
        if outer:
            v = r.choice(outer)
            choices += [
                lambda: v,
                lambda: f"{v} + {r.choice(('1', '2', 'p'))}",
                lambda: f"{v} - {r.choice(('1', 'p'))}",
                lambda: f"{self.extent()} - {v}",
            ]
        return r.choice(choices)()

    def bound_without_e(self):
        self.has_e = False
        b = self.bound([])
        self.has_e = True
        return b

    def index(self, live):
        r = self.rng
        v = r.choice(live) if live else None
        choices = [lambda: self.const(), lambda: "p", lambda: "-1 - q"]
        if v:
            w = r.choice(live)
            choices += [
                lambda: v,
                lambda: v,
                lambda: f"{v} + {self.const()}",
                lambda: f"{v} - {r.choice(('1', '2', 'p'))}",
                lambda: f"{v} + {w}",
                lambda: f"{v} - {w}",
                lambda: f"-1 - {v}",
                lambda: f"{v} + p",
            ]
        return r.choice(choices)()

    def access(self, live, windows):
        r = self.rng
        kind = r.random()
        if windows and kind < 0.3:
            return f"{r.choice(windows)}[{self.index(live)}]"
        if kind < 0.65:
            return f"a[{self.index(live)}]"
        return f"m[{self.index(live)}, {self.index(live)}]"

    def guard(self, live):
        r = self.rng
        n = r.choice((2, 2, 3, 4))
        operands = [self.bound(live) for _ in range(n)]
        # at least one loop variable (or the index parameter) in the chain
        operands[r.randrange(n)] = r.choice(live) if live else "p"
        ops = [r.choice(("<", "<=", ">", ">=")) for _ in range(n - 1)]
        text = operands[0]
        for op, o in zip(ops, operands[1:]):
            text += f" {op} {o}"
        if r.random() < 0.3:
            # a conjunction: each part adds its own facts
            text = f"{text} and {self.bound(live)} {r.choice(('<', '<=', '>', '>='))} {r.choice(live) if live else 'q'}"
        return text

    def loop_header(self, v, outer, lines, pad):
        """Opens a loop over `v`; returns the statement closing it (for while) or None."""
        r = self.rng
        form = r.random()
        if form < 0.22:
            lines.append(f"{pad}for {v} in range({self.bound(outer)}):")
        elif form < 0.5:
            lines.append(f"{pad}for {v} in range({self.bound(outer)}, {self.bound(outer)}):")
        elif form < 0.62:
            lines.append(f"{pad}for {v} in range({self.bound(outer)}, {self.bound(outer)}, -1):")
        elif form < 0.7:
            step = r.choice((2, 3, -2))
            lines.append(f"{pad}for {v} in range({self.bound(outer)}, {self.bound(outer)}, {step}):")
        elif form < 0.8:
            lines.append(f"{pad}for {v} in range(-r, r + 1):")
        else:
            step = r.choice((1, 2, 3))
            op = r.choice(("<", "<="))
            lines.append(f"{pad}{v} = {self.bound(outer)}")
            lines.append(f"{pad}while {v} {op} {self.bound(outer)}:")
            return f"{v} += {step}"
        return None

    def kernel(self, name):
        r = self.rng
        lines = [
            f"cdef double {name}(double[::1] a, double[:, ::1] m, Py_ssize_t p, Py_ssize_t q):",
            "    cdef double s = 0",
            "    cdef Py_ssize_t i, j, k",
            "    cdef Py_ssize_t n = a.shape[0]",
            "    cdef Py_ssize_t r = q",
            f"    cdef Py_ssize_t e = {self.bound_without_e()}",
            "    cdef double[::1] win",
            "    cdef double[::1] row",
        ]
        depth = r.choice((1, 2, 2, 3))
        live, windows, pad = [], [], "    "
        closers = []
        for d in range(depth):
            v = VARS[d]
            closer = self.loop_header(v, list(live), lines, pad)
            pad += "    "
            closers.append((pad, closer))
            live.append(v)
            if r.random() < 0.25:
                lo = self.bound(live)
                hi = r.choice((f"{lo} + {r.choice(('q', '2', 'p'))}", self.bound(live)))
                lines.append(f"{pad}win = a[{lo}:{hi}]")
                windows = ["win"]
            elif r.random() < 0.15:
                lines.append(f"{pad}row = m[{self.index(live)}]")
                windows = ["row"]
        if r.random() < 0.5:
            lines.append(f"{pad}if {self.guard(live)}:")
            lines.append(f"{pad}    s += {self.access(live, windows)}")
        else:
            lines.append(f"{pad}s += {self.access(live, windows)}")
        if r.random() < 0.4:
            lines.append(f"{pad}s += {self.access(live, windows)} * 0.5")
        for p, closer in reversed(closers):
            if closer:
                lines.append(f"{p}{closer}")
        lines.append("    return s")
        return "\n".join(lines)


def module(seed, kernels):
    rng = random.Random(seed)
    g = Gen(rng)
    out = [
        f"# Generated by tools/checkfuzz/gen.py {seed} --kernels {kernels}: check removal.",
        "from cython cimport view",
        "",
    ]
    names = [f"k{i}" for i in range(kernels)]
    for name in names:
        out.append(g.kernel(name))
        out.append("")
    out.append("cdef void call(int which, double[::1] a, double[:, ::1] m, Py_ssize_t p, Py_ssize_t q):")
    out.append("    cdef double s")
    out.append("    try:")
    for i, name in enumerate(names):
        out.append(f"        {'if' if i == 0 else 'elif'} which == {i}:")
        out.append(f"            s = {name}(a, m, p, q)")
    out.append("        print(which, p, q, s)")
    out.append("    except IndexError as e:")
    out.append("        print(which, p, q, 'IndexError')")
    out.append("")
    out.append("def main():")
    out.append('    cdef double[::1] a = view.array(shape=(6,), itemsize=sizeof(double), format="d")')
    out.append('    cdef double[:, ::1] m = view.array(shape=(4, 5), itemsize=sizeof(double), format="d")')
    out.append("    cdef Py_ssize_t i, j, w, t, u")
    out.append(f"    cdef Py_ssize_t[{len(PARAMS)}] values = [{', '.join(map(str, PARAMS))}]")
    out.append("    for i in range(6):")
    out.append("        a[i] = i + 1")
    out.append("    for i in range(4):")
    out.append("        for j in range(5):")
    out.append("            m[i, j] = 10 * (i + 1) + j")
    out.append(f"    for w in range({kernels}):")
    out.append(f"        for t in range({len(PARAMS)}):")
    out.append(f"            for u in range({len(PARAMS)}):")
    out.append("                call(w, a, m, values[t], values[u])")
    out.append("")
    out.append("main()")
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("seed", type=int)
    ap.add_argument("--kernels", type=int, default=40)
    args = ap.parse_args()
    print(module(args.seed, args.kernels), end="")


if __name__ == "__main__":
    main()

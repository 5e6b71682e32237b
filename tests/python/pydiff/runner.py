"""Drives the worker for one module: builds, runs, restarts after a crash or a
hang, and gathers the differences.

    python -m pydiff.runner [--builds cython,cytrus-c,cytrus-rust] FILE.pyx...

prints every difference and the tally (inputs, calls, modules, differences).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import signal
import subprocess
import sys
import tempfile
import time

from . import builds

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS_PY = os.path.dirname(HERE)
REPO = builds.REPO
CALL_TIMEOUT = float(os.environ.get("PYDIFF_CALL_TIMEOUT", "5"))


def default_modules() -> list[str]:
    """The suite: our own modules, then corpus modules whose def/cpdef
    functions take arguments (listed in corpus.txt)."""
    mods = sorted(glob.glob(os.path.join(TESTS_PY, "modules", "*.pyx")))
    listing = os.path.join(TESTS_PY, "corpus.txt")
    if os.path.exists(listing):
        with open(listing) as fh:
            for line in fh:
                line = line.split("#")[0].strip()
                if line:
                    mods.append(os.path.join(REPO, line))
    # PYDIFF_MODULES=a,b: only the modules whose names contain one of these
    # (CI runs a small fixed batch; the whole suite is for a developer's run).
    wanted = [w for w in os.environ.get("PYDIFF_MODULES", "").split(",") if w]
    if wanted:
        mods = [m for m in mods if any(w in os.path.basename(m) for w in wanted)]
    return mods


def wanted_builds() -> list[str]:
    env = os.environ.get("PYDIFF_BUILDS")
    if env:
        return [b for b in env.split(",") if b]
    return list(builds.BUILDS)


def run_module(pyx: str, kinds: list[str]) -> dict:
    """Returns {"diffs": [...], "tally": {...}, "build_failures": {...}, "crashes": [...]}."""
    builds.build_all([pyx], kinds)
    result = {"module": builds.module_name(pyx), "diffs": [], "build_failures": {},
              "crashes": [], "tally": {"inputs": 0, "calls": 0, "diffs": 0, "cython_crashes": 0}}
    so = {}
    for kind in kinds:
        p = builds.built_path(pyx, kind)
        if p:
            so[kind] = p
        else:
            why = builds.failure(pyx, kind)
            if why is None and kind.startswith("cytrus"):
                why = "no cytrus binary at " + builds.cytrus_binary()
            result["build_failures"][kind] = (why or "not built").strip()[-2000:]
    if "cython" not in so:
        return result
    with tempfile.TemporaryDirectory(prefix="pydiff-") as tmp:
        progress = os.path.join(tmp, "progress")
        out = os.path.join(tmp, "out.jsonl")
        start = 0
        restarts = 0
        while True:
            cmd = [sys.executable, "-m", "pydiff.worker", pyx, "--start", str(start),
                   "--progress", progress, "--out", out]
            for kind, p in so.items():
                cmd += ["--build", f"{kind}={p}"]
            env = dict(os.environ)
            env["PYTHONPATH"] = TESTS_PY + os.pathsep + env.get("PYTHONPATH", "")
            env.setdefault("PYTHONHASHSEED", "0")
            proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                    cwd=tmp, start_new_session=True)
            last, since = None, time.monotonic()
            hung = False
            while proc.poll() is None:
                time.sleep(0.05)
                try:
                    with open(progress) as fh:
                        cur = fh.read()
                except OSError:
                    cur = None
                if cur != last:
                    last, since = cur, time.monotonic()
                elif time.monotonic() - since > CALL_TIMEOUT:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait()
                    hung = True
                    break
            err = proc.stderr.read().decode("utf-8", "replace")
            proc.stderr.close()
            with open(progress) as fh:
                cur = fh.read().split()
            if cur and cur[-1] == "done":
                if proc.returncode != 0:
                    # every result was written; the process died on the way out
                    # (an unchecked kernel may have corrupted memory: note it)
                    result["crashes"].append({"index": int(cur[0]), "build": "exit",
                                              "how": "exit %s after the last call" % proc.returncode})
                break
            if not cur:
                result["crashes"].append({"index": -1, "build": "?", "how": err[-2000:]})
                break
            index, kind = int(cur[0]), cur[1]
            if kind == "restart" and proc.returncode == 0:
                # the worker left after an invalid input (see worker.py)
                start = index + 1
                continue
            how = "hang (> %gs)" % CALL_TIMEOUT if hung else "exit %s\n%s" % (proc.returncode, err[-1500:])
            result["crashes"].append({"index": index, "build": kind, "how": how})
            if kind == "cython":
                result["tally"]["cython_crashes"] += 1
            start = index + 1
            restarts += 1
            if restarts > 50:
                result["crashes"].append({"index": index, "build": kind, "how": "gave up after 50 restarts"})
                break
        with open(out) as fh:
            for line in fh:
                obj = json.loads(line)
                if "diff" in obj:
                    result["diffs"].append(obj["diff"])
                elif "invalid_input" in obj:
                    result.setdefault("invalid_inputs", []).append(obj["invalid_input"])
                elif "tally" in obj:
                    for k, v in obj["tally"].items():
                        result["tally"][k] = result["tally"].get(k, 0) + v
    return result


def problems(result: dict) -> list[str]:
    """Human-readable problems of one module's result (empty: no difference)."""
    out = []
    for kind, why in result["build_failures"].items():
        if kind == "cython":
            continue
        out.append(f"[{kind}] build failed: {why.splitlines()[-1] if why else ''}")
    for c in result["crashes"]:
        who = "Cython itself" if c["build"] == "cython" else c["build"]
        if c["build"] in ("cython", "exit"):
            continue  # an input Cython cannot survive tells nothing about cytrus
        out.append(f"[{who}] crash at input {c['index']}: {c['how'].strip()[:300]}")
    for d in result["diffs"]:
        if d["field"] in ("ub_index", "ub_state"):
            continue  # out of bounds in a module without bounds checks
        out.append("[{build}] {function}({input}) {field}: expected {expected!r}, got {got!r}".format(**d))
    return out


def problem_causes(result: dict) -> list[tuple[str, str]]:
    """(root-cause code, text) for every problem of one module's result."""
    from .report import cause
    out = []
    for kind, why in result["build_failures"].items():
        if kind == "cython":
            continue
        code = cause({"field": "build failed", "expected": "", "got": why, "function": ""}).split()[0]
        out.append((code, f"[{kind}] build failed: {why.strip().splitlines()[-1] if why.strip() else ''}"))
    for c in result["crashes"]:
        if c["build"] in ("cython", "exit"):
            continue
        out.append(("C1", f"[{c['build']}] crash at input {c['index']}: {c['how'].strip()[:300]}"))
    for d in result["diffs"]:
        if d["field"] in ("ub_index", "ub_state"):
            continue
        out.append((cause(d).split()[0],
                    "[{build}] {function}({input}) {field}: expected {expected!r}, got {got!r}".format(**d)))
    return out


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("modules", nargs="*")
    ap.add_argument("--builds", default=None)
    ap.add_argument("--json", default=None, help="write every module's result here")
    ns = ap.parse_args(argv)
    kinds = ns.builds.split(",") if ns.builds else wanted_builds()
    mods = [os.path.abspath(m) for m in ns.modules] or default_modules()
    if "cython" not in kinds:
        kinds = ["cython"] + kinds
    builds.build_all(mods, kinds)
    total = {"modules": 0, "inputs": 0, "calls": 0, "differences": 0}
    results = []
    for pyx in mods:
        r = run_module(pyx, kinds)
        results.append(r)
        probs = problems(r)
        total["modules"] += 1
        total["inputs"] += r["tally"]["inputs"]
        total["calls"] += r["tally"]["calls"]
        total["differences"] += len(probs)
        print(f"{r['module']}: {r['tally']['inputs']} inputs, {r['tally']['calls']} calls, "
              f"{len(probs)} differences", flush=True)
        for p in probs[:20]:
            print("    " + p[:400])
        if len(probs) > 20:
            print(f"    ... {len(probs) - 20} more")
    if ns.json:
        with open(ns.json, "w") as fh:
            json.dump(results, fh, indent=1)
    print("pydiff total: {modules} modules, {inputs} generated inputs, {calls} calls, "
          "{differences} differences (builds: {b})".format(b=",".join(kinds), **total))
    return 0 if total["differences"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

"""Differential suite: every module of tests/python/modules and the corpus
modules of corpus.txt, built with Cython and with cytrus (both backends),
called with the same generated inputs; any difference fails the module.

PYDIFF_BUILDS=cython,cytrus-c (say) narrows the builds compared;
tests/python/known_differences.txt lists modules expected to differ (xfail).
"""
import os

import pytest

import conftest
from pydiff import runner

HERE = os.path.dirname(os.path.abspath(__file__))


def _known():
    known = {}
    path = os.path.join(HERE, "known_differences.txt")
    if os.path.exists(path):
        with open(path) as fh:
            for line in fh:
                body, _, why = line.partition("#")
                if body.strip():
                    known[body.strip()] = why.strip()
    return known


KNOWN = _known()
MODULES = runner.default_modules()


@pytest.mark.parametrize("pyx", MODULES, ids=[os.path.splitext(os.path.basename(m))[0] for m in MODULES])
def test_module(pyx):
    kinds = runner.wanted_builds()
    if "cython" not in kinds:
        kinds = ["cython"] + kinds
    r = runner.run_module(pyx, kinds)
    if "cython" in r["build_failures"]:
        pytest.skip("Cython cannot build this module: " + r["build_failures"]["cython"].splitlines()[-1])
    probs = runner.problems(r)
    conftest.TALLY["modules"] += 1
    conftest.TALLY["inputs"] += r["tally"]["inputs"]
    conftest.TALLY["calls"] += r["tally"]["calls"]
    conftest.TALLY["differences"] += len(probs)
    conftest.TALLY["cython_crashes"] += r["tally"].get("cython_crashes", 0)
    name = r["module"]
    if probs and name in KNOWN:
        pytest.xfail(f"known: {KNOWN[name]} ({len(probs)} differences)")
    assert not probs, f"{len(probs)} differences from Cython:\n" + "\n".join(p[:500] for p in probs[:30])

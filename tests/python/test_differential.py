"""Differential suite: every module of tests/python/modules and the corpus
modules of corpus.txt, built with Cython and with cytrus (both backends),
called with the same generated inputs; any difference fails the module.

PYDIFF_BUILDS=cython,cytrus-c (say) narrows the builds compared;
tests/python/known_differences.txt lists the root causes (codes of
pydiff/report.py) known today: a module whose differences all have known
causes is xfail, any other difference fails. With PYDIFF_REQUIRE_CLEAN=1
(CI's batch, tests/python/ci_modules.txt) every difference fails.
"""
import os

import pytest

import conftest
from pydiff import builds, runner

HERE = os.path.dirname(os.path.abspath(__file__))


def _known():
    """Root-cause codes (see pydiff/report.py) that are known and tracked."""
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


@pytest.fixture(scope="module", autouse=True)
def _built():
    """Builds every module of the run up front, $PYDIFF_JOBS at a time
    (each test then finds its builds in the cache)."""
    kinds = runner.wanted_builds()
    builds.build_all(MODULES, ["cython"] + [k for k in kinds if k != "cython"])


@pytest.mark.parametrize("pyx", MODULES, ids=[os.path.splitext(os.path.basename(m))[0] for m in MODULES])
def test_module(pyx):
    kinds = runner.wanted_builds()
    if "cython" not in kinds:
        kinds = ["cython"] + kinds
    r = runner.run_module(pyx, kinds)
    if "cython" in r["build_failures"]:
        pytest.skip("Cython cannot build this module: " + r["build_failures"]["cython"].splitlines()[-1])
    causes = runner.problem_causes(r)
    conftest.TALLY["modules"] += 1
    conftest.TALLY["inputs"] += r["tally"]["inputs"]
    conftest.TALLY["calls"] += r["tally"]["calls"]
    conftest.TALLY["differences"] += len(causes)
    conftest.TALLY["cython_crashes"] += r["tally"].get("cython_crashes", 0)
    known = {} if os.environ.get("PYDIFF_REQUIRE_CLEAN") else KNOWN
    new = [text for code, text in causes if code not in known]
    assert not new, f"{len(new)} differences from Cython of no known cause:\n" + "\n".join(p[:500] for p in new[:30])
    if causes:
        codes = sorted({code for code, _ in causes})
        pytest.xfail(f"{len(causes)} known differences ({', '.join(codes)})")


def test_frame_lines_module_is_generated():
    """modules/m_frame_lines.pyx is what gen_frame_lines.py writes today."""
    import subprocess
    import sys

    gen = os.path.join(HERE, "gen_frame_lines.py")
    done = subprocess.run([sys.executable, gen, "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_fused_dispatch_module_is_generated():
    """modules/m_fused_dispatch.pyx is what gen_fused_dispatch.py writes today."""
    import subprocess
    import sys

    gen = os.path.join(HERE, "gen_fused_dispatch.py")
    done = subprocess.run([sys.executable, gen, "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr

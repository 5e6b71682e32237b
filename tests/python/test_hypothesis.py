"""Property tests with hypothesis: scalar conversions and arithmetic of the
cytrus builds agree with Cython's for any value, in range or not."""
import math
import os

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import conftest
from pydiff import builds, runner
from pydiff.worker import exc_name, norm

HERE = os.path.dirname(os.path.abspath(__file__))
MODS = {}


def _builds(stem):
    if stem in MODS:
        return MODS[stem]
    pyx = os.path.join(HERE, "modules", stem + ".pyx")
    kinds = ["cython"] + [k for k in runner.wanted_builds() if k != "cython"]
    builds.build_all([pyx], kinds)
    loaded = {}
    for kind in kinds:
        so = builds.built_path(pyx, kind)
        if so:
            loaded[kind] = builds.load(so, stem)
    MODS[stem] = loaded
    return loaded


def outcome(f, *args):
    try:
        return ["ok", norm(f(*args))]
    except Exception as e:  # noqa: BLE001
        return ["raised", exc_name(e), str(e)]


def same_everywhere(stem, fname, *args):
    mods = _builds(stem)
    if "cython" not in mods:
        pytest.skip("Cython build missing")
    if len(mods) < 2:
        pytest.skip("no cytrus build to compare (set CYTRUS)")
    ref = outcome(getattr(mods["cython"], fname), *args)
    for kind, m in mods.items():
        conftest.TALLY["hypothesis_calls"] += 1
        if kind != "cython":
            assert outcome(getattr(m, fname), *args) == ref, (kind, fname, args)


big_ints = st.one_of(st.integers(-2 ** 70, 2 ** 70), st.integers(-300, 300),
                     st.sampled_from([2 ** 31 - 1, 2 ** 31, -2 ** 31, -2 ** 31 - 1, 2 ** 63 - 1, 2 ** 63,
                                      -2 ** 63, -2 ** 63 - 1, 2 ** 64 - 1, 2 ** 64, 255, 256, -129]))
floats = st.floats(allow_nan=True, allow_infinity=True)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.mark.parametrize("fname", ["f_char", "f_schar", "f_uchar", "f_short", "f_ushort", "f_int", "f_uint",
                                   "f_long", "f_ulong", "f_llong", "f_ullong", "f_ssize", "f_size"])
@SETTINGS
@given(x=big_ints)
def test_int_conversion(fname, x):
    same_everywhere("m_scalars_int", fname, x)


@SETTINGS
@given(a=big_ints, b=big_ints)
def test_floordiv_mod(a, b):
    same_everywhere("m_arith_int", "floordiv", a, b)
    same_everywhere("m_arith_int", "mod", a, b)


@SETTINGS
@given(a=floats, b=floats)
def test_float_ops(a, b):
    same_everywhere("m_arith_float", "div", a, b)
    same_everywhere("m_arith_float", "floordiv", a, b)
    same_everywhere("m_arith_float", "mod", a, b)


@SETTINGS
@given(x=st.one_of(floats, st.integers(-2 ** 1100, 2 ** 1100)))
def test_float_conversion(x):
    same_everywhere("m_scalars_float", "f_double", x)
    same_everywhere("m_scalars_float", "f_float", x)


@SETTINGS
@given(data=st.lists(st.floats(-1e6, 1e6), max_size=20), step=st.sampled_from([1, 2, -1, -3]))
def test_view_sum(data, step):
    mods = _builds("m_views_1d_sum")
    a = np.array(data, dtype=np.float64)[::step]
    same_everywhere("m_views_1d_sum", "sum_double", a)

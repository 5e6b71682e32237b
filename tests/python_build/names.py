"""Imports kwdefs and kwglobals (from the directory given), modules whose
functions, parameters and globals are named like keywords of C and Rust and
like every name the Python wrappers use, and prints each attribute: globals
by value, functions by signature and by the answers to a few calls.
tests/python_build.rs compares the lines of cytrus builds with Cython's."""
import importlib
import inspect
import sys

import numpy as np

sys.path.insert(0, sys.argv[1])
for mod in ("kwdefs", "kwglobals"):
    m = importlib.import_module(mod)
    for name in sorted(dir(m)):
        if name.startswith("__"):
            continue
        v = getattr(m, name)
        if not callable(v):
            print(mod, name, repr(v))
            continue
        params = list(inspect.signature(v).parameters)
        n = len(params)
        calls = [[3] * n, [3] * (n - 1) + [np.ones(2)] if n > 1 else ["x"]]
        for args in calls:
            try:
                r = repr(v(*args))
            except Exception as e:
                r = type(e).__name__ + ": " + str(e)
            print(mod, name, inspect.signature(v), r)
        try:
            r = repr(v(**{params[0]: 5})) if n else repr(v())
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(mod, name, "by keyword", r)

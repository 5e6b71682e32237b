# `@cython.nosuch` is not a directive
cimport cython
@cython.nosuch(True)
def f():
    return 0

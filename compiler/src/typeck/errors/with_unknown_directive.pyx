# `with cython.nosuch(False):` is not a directive
cimport cython
with cython.nosuch(False):
    pass

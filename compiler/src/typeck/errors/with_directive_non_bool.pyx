# `with cython.boundscheck(...)` given a string
cimport cython
with cython.boundscheck("off"):
    pass

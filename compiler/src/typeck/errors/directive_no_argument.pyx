# `@cython.boundscheck` without an argument
cimport cython
@cython.boundscheck
cdef int f():
    return 0

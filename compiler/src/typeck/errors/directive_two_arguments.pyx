# `@cython.wraparound` with two arguments
cimport cython
@cython.wraparound(False, True)
cdef int f():
    return 0

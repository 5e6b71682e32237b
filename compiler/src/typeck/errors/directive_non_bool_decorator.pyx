# `@cython.boundscheck` given a string
cimport cython
@cython.boundscheck("no")
cdef int f():
    return 0

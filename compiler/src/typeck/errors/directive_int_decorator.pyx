# `@cython.cdivision` given an int
cimport cython
@cython.cdivision(1)
cdef int f():
    return 0

# `@cython.nosuch` on a cdef function is not a directive
cimport cython
@cython.nosuch(True)
cdef int f():
    return 0

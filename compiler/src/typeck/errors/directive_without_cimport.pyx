# uses `@cython.boundscheck` without `cimport cython`
@cython.boundscheck(False)
cdef int f():
    return 0

# `x` is a parameter and is declared again with `cdef`
cdef int f(int x):
    cdef double x
    return 0

# `x` is declared twice with different types
cdef int f():
    cdef int x
    cdef double x
    return 0

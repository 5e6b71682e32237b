# `f` is defined twice with different signatures
cdef int f():
    return 0
cdef double f():
    return 1.0

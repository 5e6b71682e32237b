# `x` is declared twice in the same function
cdef int f():
    cdef int x = 1
    cdef int x = 2
    return x

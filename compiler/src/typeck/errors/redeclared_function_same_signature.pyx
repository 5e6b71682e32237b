# `f` is defined twice with the same signature
cdef int f():
    return 0
cdef int f():
    return 1

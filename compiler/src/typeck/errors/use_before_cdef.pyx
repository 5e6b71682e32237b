# `x` is assigned before its `cdef` declaration in the same function
cdef int f():
    x = 1
    cdef int x
    return x

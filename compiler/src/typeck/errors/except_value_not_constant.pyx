# `except n` where `n` is a variable, not a constant
cdef int n = 1
cdef int f() except n:
    return 0

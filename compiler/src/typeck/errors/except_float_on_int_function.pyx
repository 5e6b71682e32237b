# `except 1.5` on a function returning `int`
cdef int f() except 1.5:
    return 0

# `total` is used but never defined
cdef int f():
    return total

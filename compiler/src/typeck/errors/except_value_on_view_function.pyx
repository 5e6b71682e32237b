# `except -1` on a function returning a memoryview
cdef double[:] f(double[:] v) except -1:
    return v

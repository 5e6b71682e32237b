# returns a memoryview from a function declared to return `int`
cdef int f(double[:] v):
    return v

# returns an `int` from a function declared to return `double[:]`
cdef double[:] f():
    return 1

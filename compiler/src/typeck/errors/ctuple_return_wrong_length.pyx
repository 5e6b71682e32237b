# returns three values from a function returning a C tuple of two
cdef (int, double) f():
    return 1, 2, 3

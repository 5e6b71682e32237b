# an enum value that is not a constant
cdef int n = 3
cdef enum Size:
    SMALL = n

include "consts.pxi"

cdef long scaled(long n):
    return n * FACTOR + OFFSET

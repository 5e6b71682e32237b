# declares the same field twice
cdef struct Point:
    double x
    double x

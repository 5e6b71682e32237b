# a struct (not in the subset yet)
cdef struct Point:
    double x

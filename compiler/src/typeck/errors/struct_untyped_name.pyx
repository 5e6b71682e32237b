# an untyped name holding a struct (a Python dict in Cython)
cdef struct Point:
    double x
    double y
p = Point(1.0, 2.0)

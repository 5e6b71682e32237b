# a struct literal giving one field twice
cdef struct Point:
    double x
    double y
cdef Point p = Point(1.0, x=2.0)

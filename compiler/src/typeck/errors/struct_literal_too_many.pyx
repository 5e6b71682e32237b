# a struct literal with more values than fields
cdef struct Point:
    double x
    double y
cdef Point p = Point(1.0, 2.0, 3.0)

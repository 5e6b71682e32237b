# a struct literal naming a field the struct does not have
cdef struct Point:
    double x
    double y
cdef Point p = Point(x=1.0, z=2.0)

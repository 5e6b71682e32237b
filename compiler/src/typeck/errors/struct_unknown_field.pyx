# reads a field the struct does not have
cdef struct Point:
    double x
    double y
cdef double f(Point p):
    return p.z

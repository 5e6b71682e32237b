# assigns to a field of a call's result
cdef struct Point:
    double x
cdef Point origin():
    return Point(0.0)
origin().x = 1.0

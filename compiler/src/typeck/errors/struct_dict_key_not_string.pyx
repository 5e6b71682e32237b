# a dict literal for a struct whose key is not a field name
cdef struct Point:
    double x
cdef Point p = {1: 2.0}

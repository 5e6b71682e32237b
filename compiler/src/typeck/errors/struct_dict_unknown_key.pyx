# a dict literal for a struct with a key that is not a field
cdef struct Point:
    double x
    double y
cdef Point p = {'x': 1.0, 'q': 2.0}

# an int assigned to a struct variable
cdef struct Point:
    double x
cdef Point p
p = 1

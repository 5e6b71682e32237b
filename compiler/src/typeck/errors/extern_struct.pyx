# a struct declared in an extern block (cytrus has no C structs yet)
cdef extern from "geometry.h":
    ctypedef struct point:
        double x
        double y
    double norm(double x, double y)

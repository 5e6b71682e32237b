# a cdef extern block (not in the subset)
cdef extern from "math.h":
    double hypot(double, double)

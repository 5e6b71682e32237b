# `**` on floats is powf, on doubles pow; Python's // and % on doubles.
cdef float fpow(float a, float b):
    return a ** b

cdef double dfloor(double a, double b):
    return a // b + a % b

# returning two values from a cdef function whose result is not a C tuple
cdef double f(double x):
    return x, 1

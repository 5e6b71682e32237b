# a fused local in a function without fused parameters
from cython cimport floating
cdef double f(double y):
    cdef floating x = y
    return x

# `not None` on a parameter of a cdef function
cdef double f(double[:] v not None):
    return v[0]

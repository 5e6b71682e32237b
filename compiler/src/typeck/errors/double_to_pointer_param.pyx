# passes a `double` where a `double*` is expected
cdef double f(double* p):
    return p[0]
f(1.0)

# passes an `int*` where a `double*` is expected
cdef double f(double* p):
    return p[0]
cdef int i = 0
f(&i)

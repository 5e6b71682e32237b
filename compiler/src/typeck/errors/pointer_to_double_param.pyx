# passes a `double*` where a `double` is expected
cdef double f(double x):
    return x
cdef double y = 1.0
f(&y)

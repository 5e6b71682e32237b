# returns a `double` from a function declared to return `double*`
cdef double* f(double x):
    return x

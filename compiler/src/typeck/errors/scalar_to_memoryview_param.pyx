# passes a `double` where a `double[:]` is expected
cdef double f(double[:] v):
    return v[0]
f(1.0)

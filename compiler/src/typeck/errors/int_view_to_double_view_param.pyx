# passes an `int[:]` where a `double[:]` is expected
cdef double f(double[:] v):
    return v[0]
cdef int buf[4]
cdef int[:] v = buf
f(v)

# passes a `double[:]` where a `double` is expected
cdef double f(double x):
    return x
cdef double buf[4]
cdef double[:] v = buf
f(v)

# passes a strided view to a `double[::1]` parameter of a cdef function
cdef double first(double[::1] v):
    return v[0]
cdef double buf[4]
cdef double[:] s = buf
first(s)

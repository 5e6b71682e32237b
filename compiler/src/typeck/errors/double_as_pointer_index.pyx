# a `double` is used to index a pointer
cdef double buf[4]
cdef double* p = buf
cdef double x = p[1.0]

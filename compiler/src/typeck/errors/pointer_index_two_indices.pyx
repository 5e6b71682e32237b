# a pointer is indexed with two indices
cdef double buf[4]
cdef double* p = buf
cdef double x = p[0, 1]

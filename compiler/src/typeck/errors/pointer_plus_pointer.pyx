# adds two pointers
cdef double d = 1.0
cdef double* p = &d
cdef double* q = p + p

# multiplies a pointer
cdef double d = 1.0
cdef double* p = &d
p = p * 2

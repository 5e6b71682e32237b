# casts a double to a pointer
cdef double d = 1.0
cdef double* p = <double*>d

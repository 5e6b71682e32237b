cdef double *p
cdef double[:] v = <double[:]>p

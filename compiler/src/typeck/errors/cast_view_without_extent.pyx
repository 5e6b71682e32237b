# casts a pointer to a memoryview without the extent of its axis
cdef double *p
cdef double[:] v = <double[:]>p

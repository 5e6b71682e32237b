# casts a pointer to a memoryview without giving its extent
cdef double buf[4]
cdef double* p = buf
cdef double[:] v = <double[:]>p

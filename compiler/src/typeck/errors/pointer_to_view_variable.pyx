# assigns a pointer to a memoryview variable without a cast
cdef double buf[4]
cdef double* p = buf
cdef double[:] v = p

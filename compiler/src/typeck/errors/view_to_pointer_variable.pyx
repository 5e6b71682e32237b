# assigns a memoryview to a pointer variable
cdef double buf[4]
cdef double[:] v = buf
cdef double* p = v

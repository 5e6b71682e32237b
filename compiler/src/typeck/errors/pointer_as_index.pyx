# a pointer is used as a memoryview index
cdef double buf[4]
cdef double[:] v = buf
cdef int* p = NULL
cdef double x = v[p]

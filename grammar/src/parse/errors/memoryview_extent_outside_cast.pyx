cdef int n = 3
cdef double[:n] v

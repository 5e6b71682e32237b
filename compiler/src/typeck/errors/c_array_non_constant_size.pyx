# a C array with a non-constant size
cdef int n = 3
cdef double buf[n]

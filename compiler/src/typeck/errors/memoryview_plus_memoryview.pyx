# two memoryviews added
cdef double buf[3]
cdef double[:] v = buf
cdef double[:] w = v + v

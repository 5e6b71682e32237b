# `.sum()` is not a memoryview method
cdef double buf[3]
cdef double[:] v = buf
cdef double s = v.sum()

# unary minus on a memoryview
cdef double buf[3]
cdef double[:] v = buf
w = -v

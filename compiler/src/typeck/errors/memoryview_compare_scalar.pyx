# a memoryview compared with a number
cdef double buf[3]
cdef double[:] v = buf
print(v < 1.0)

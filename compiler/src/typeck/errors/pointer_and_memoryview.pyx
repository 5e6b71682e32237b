# `and` between a pointer and a memoryview
cdef double buf[4]
cdef double[:] v = buf
cdef double* p = buf
print(p and v)

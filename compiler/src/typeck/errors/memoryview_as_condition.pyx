# a memoryview used as an `if` condition
cdef double buf[3]
cdef double[:] v = buf
if v:
    pass

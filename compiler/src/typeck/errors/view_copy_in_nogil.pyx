# `.copy()` of a memoryview inside `with nogil:`
cdef double buf[3]
cdef double[:] v = buf
cdef double[:] w
with nogil:
    w = v.copy()

# assigns to an element of `.shape`
cdef double buf[3]
cdef double[:] v = buf
v.shape[0] = 2

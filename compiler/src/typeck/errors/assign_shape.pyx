# assigns to `.shape`
cdef double buf[3]
cdef double[:] v = buf
v.shape = None

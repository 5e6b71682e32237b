# assigns to `.ndim`
cdef double buf[3]
cdef double[:] v = buf
v.ndim = 2

# a 1-D view indexed with two items (`v[:, 0]`)
cdef double buf[3]
cdef double[:] v = buf
cdef double x = v[:, 0]

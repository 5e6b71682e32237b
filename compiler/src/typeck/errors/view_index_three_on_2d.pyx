# a 2-D view indexed with three indices
cdef double buf[2][3]
cdef double[:, :] m = buf
cdef double x = m[0, 1, 2]

# two ellipses in one index
cdef double buf[2][3]
cdef double[:, :] m = buf
cdef double[:, :] w = m[..., ...]

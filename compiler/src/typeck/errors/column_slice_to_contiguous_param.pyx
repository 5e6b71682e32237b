# passes a column `m[:, 0]` (strided) to a `double[::1]` parameter
cdef double first(double[::1] v):
    return v[0]
cdef double buf[2][3]
cdef double[:, ::1] m = buf
first(m[:, 0])

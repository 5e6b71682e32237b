# `v` has one dimension but is indexed with two
cdef double buf[4]
cdef double[:] v = buf
cdef double x = v[0, 1]

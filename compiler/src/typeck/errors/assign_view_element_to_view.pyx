# assigns a 1-D view to an element of a 1-D view
cdef double buf[4]
cdef double[:] v = buf
v[0] = v

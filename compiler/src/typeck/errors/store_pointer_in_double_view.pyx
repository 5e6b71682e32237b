# stores a pointer into a double[:] element
cdef double buf[3]
cdef double[:] v = buf
v[0] = &buf[0]

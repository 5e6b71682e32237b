# broadcasts into a const view
cdef double buf[4]
cdef const double[:] cv = buf
cv[:] = 0.0

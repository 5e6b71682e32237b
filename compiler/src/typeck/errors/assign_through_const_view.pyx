# writes through a `const double[:]`
cdef double buf[4]
cdef const double[:] cv = buf
cv[0] = 1.0

# casts to an unknown type
cdef double d = 1.0
cdef int x = <nosuch_t>d

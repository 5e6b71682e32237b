# `~` on a double
cdef double d = 1.0
cdef double y = ~d

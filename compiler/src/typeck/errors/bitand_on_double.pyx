# `&` on a double
cdef double d = 1.0
cdef int x = d & 1

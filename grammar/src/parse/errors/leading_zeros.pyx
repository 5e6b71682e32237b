cdef int x = 0123

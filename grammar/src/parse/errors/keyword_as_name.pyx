cdef int class = 1

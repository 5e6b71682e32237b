cdef int x = 1__000

cdef int x = 0o78

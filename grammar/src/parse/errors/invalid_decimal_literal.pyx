cdef int x = 12abc

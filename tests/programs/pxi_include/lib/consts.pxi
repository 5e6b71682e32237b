cdef long FACTOR = 10
cdef long OFFSET = 7

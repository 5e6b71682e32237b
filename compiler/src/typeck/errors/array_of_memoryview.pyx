# a C array of memoryviews
cdef double[:] vs[3]

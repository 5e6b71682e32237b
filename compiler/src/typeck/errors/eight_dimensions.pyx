# an 8-dimensional memoryview (Cython allows at most 7)
cdef int[:, :, :, :, :, :, :, :] a

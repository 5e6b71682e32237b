# a C tuple member cannot be a memoryview
cdef (double[:], int) t

# a memoryview as a field of a struct
cdef struct Holder:
    double[:] values

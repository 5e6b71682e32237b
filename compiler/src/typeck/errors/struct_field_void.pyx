# a void field
cdef struct S:
    void nothing

# an axis spec step of -1
cdef double[::-1] v

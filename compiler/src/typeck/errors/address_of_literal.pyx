# takes the address of a literal
cdef int* p = &5

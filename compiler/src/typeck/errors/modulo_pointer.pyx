# `%` on a pointer
cdef int n = 0
cdef int* p = &n
cdef int x = p % 2

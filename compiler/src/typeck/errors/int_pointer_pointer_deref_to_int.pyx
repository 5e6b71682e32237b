# assigns `p[0]` of an `int**` (an `int*`) to an `int`
cdef int n = 0
cdef int* q = &n
cdef int** p = &q
cdef int x = p[0]

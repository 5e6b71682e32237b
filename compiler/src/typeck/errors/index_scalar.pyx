# indexes an `int`, which is not an array
cdef int n = 3
cdef int x = n[0]

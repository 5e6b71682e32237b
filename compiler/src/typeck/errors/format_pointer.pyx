# a pointer formatted
cdef int n = 3
cdef int *p = &n
print(f"{p}")

# reversed of a pointer slice
cdef int carr[3]
cdef int *p = carr
for x in reversed(p[0:2]):
    print(x)

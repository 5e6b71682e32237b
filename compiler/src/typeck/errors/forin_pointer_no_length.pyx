# a loop over a pointer, which has no length
cdef int carr[3]
cdef int *p = carr
for x in p:
    print(x)

# a pointer slice without its end
cdef int carr[3]
cdef int *p = carr
for x in p[1:]:
    print(x)

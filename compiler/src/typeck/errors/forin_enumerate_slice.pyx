# enumerate of a C array slice (a pointer for Cython)
cdef int carr[3]
for i, x in enumerate(carr[:2]):
    print(i, x)

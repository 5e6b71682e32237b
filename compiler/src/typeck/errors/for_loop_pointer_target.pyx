# the range() loop variable is a pointer
cdef int* p
for p in range(3):
    pass

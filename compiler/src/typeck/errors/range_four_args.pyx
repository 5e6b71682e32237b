# range() with four arguments
cdef int i
for i in range(0, 10, 1, 1):
    pass

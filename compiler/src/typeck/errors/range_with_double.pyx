# range() with a double bound
cdef int i
for i in range(2.5):
    pass

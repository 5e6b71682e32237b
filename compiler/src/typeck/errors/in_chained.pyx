# membership chained with a comparison
cdef int n = 2
print(0 < n in (1, 2))

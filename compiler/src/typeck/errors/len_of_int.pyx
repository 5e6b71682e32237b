# `len()` of an int
cdef int n = 3
print(len(n))

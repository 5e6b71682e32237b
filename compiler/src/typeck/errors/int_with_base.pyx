# int() with a base
cdef int n = 3
print(int(n, 2))

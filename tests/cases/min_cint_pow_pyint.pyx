# C int ** Python int is Python power in Cython: an exact int, not a double.
py = 3
cdef int c = -3
cdef int k = 3
print(c ** py, k ** (py * 20))

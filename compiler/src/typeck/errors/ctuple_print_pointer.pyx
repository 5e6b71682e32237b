# printing a C tuple holding a pointer (no Python conversion)
cdef int x = 3
cdef (int*, int) t = (&x, 1)
print(t)

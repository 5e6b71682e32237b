# a width from a nested field
cdef int w = 8
cdef double x = 1.5
print(f"{x:{w}.2f}")

# abs() of a pointer
cdef double d = 1.0
print(abs(&d))

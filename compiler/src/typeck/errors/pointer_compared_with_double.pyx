# compares a pointer with a double
cdef double d = 1.0
cdef double* p = &d
print(p == d)

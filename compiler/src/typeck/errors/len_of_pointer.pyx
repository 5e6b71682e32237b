# `len()` of a pointer
cdef double d = 1.0
cdef double* p = &d
print(len(p))

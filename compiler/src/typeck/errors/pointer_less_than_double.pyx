# orders a pointer against a double
cdef double d = 1.0
cdef double* p = &d
print(p < 2.0)

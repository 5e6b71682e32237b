# a cpdef function returns a pointer
cpdef double* f(double* p):
    return p

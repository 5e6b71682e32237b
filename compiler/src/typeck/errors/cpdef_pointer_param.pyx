# a cpdef function takes a pointer parameter
cpdef double f(double* p):
    return p[0]

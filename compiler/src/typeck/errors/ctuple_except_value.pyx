# an except value for a function returning a C tuple
cdef (int, double) f(int a) except? -1:
    return a, 0.5

# a def function returning a struct that holds a pointer
cdef struct Buffer:
    double *data
    int n
def make():
    cdef Buffer b
    b.n = 0
    return b

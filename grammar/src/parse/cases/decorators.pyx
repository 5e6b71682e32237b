cimport cython

@cython.boundscheck(False)
@cython.wraparound(False)
cdef double first(double[:] v):
    return v[0]

@cython.cdivision(True)
def div(int a, int b):
    return a // b

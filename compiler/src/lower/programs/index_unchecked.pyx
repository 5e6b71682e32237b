# boundscheck(False): the indices are the program's promise.
cimport cython

@cython.boundscheck(False)
@cython.wraparound(False)
cdef void put(double[:, ::1] m, int i, int j, double x):
    m[i, j] = x

# Uncaught IndexError: negative index with wraparound off, 2-D, last failing axis.
cimport cython
from cython.view cimport array as cvarray
@cython.wraparound(False)
def get(double[:, :] m, int i, int j):
    return m[i, j]
cdef double[:, :] m = cvarray(shape=(2, 2), itemsize=sizeof(double), format="d")
m[:, :] = 1.5
print(get(m, 1, 1))
print(get(m, -1, -1))

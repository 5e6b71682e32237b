# m[i] sub-view with a negative i under wraparound(False) raises IndexError in Cython.
cimport cython
from cython.view cimport array as cvarray
cdef int[:, :] m = cvarray(shape=(3, 2), itemsize=sizeof(int), format="i")
m[:, :] = 7
cdef int i = -1
with cython.wraparound(False):
    r = m[i]
print(r.shape[0], r[0])

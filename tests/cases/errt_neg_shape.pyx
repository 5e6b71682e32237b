# Uncaught ValueError: cvarray with a negative extent computed at run time.
from cython.view cimport array as cvarray
cdef int n = 2
cdef double[:, :] a = cvarray(shape=(n, n), itemsize=sizeof(double), format="d")
print(a.shape[0])
n = -3
a = cvarray(shape=(2, n), itemsize=sizeof(double), format="d")
print("unreached")

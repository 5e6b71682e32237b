# Uncaught IndexError from a sub-view index out of bounds.
from cython.view cimport array as cvarray
cdef int[:, :, :] a = cvarray(shape=(2, 3, 4), itemsize=sizeof(int), format="i")
a[:, :, :] = 0
cdef int[:] r = a[1, 2]
print(r.shape[0])
cdef int[:] s = a[1, :, 4]
print("unreached")

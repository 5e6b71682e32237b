# Uncaught ValueError: differing extents in a 3-D copy, dimension 2.
from cython.view cimport array as cvarray
cdef int[:, :, :] a = cvarray(shape=(2, 3, 4), itemsize=sizeof(int), format="i")
cdef int[:, :, :] b = cvarray(shape=(2, 3, 5), itemsize=sizeof(int), format="i")
a[...] = 1
b[:, :, :4] = a
print(b[1, 2, 3])
b[...] = a

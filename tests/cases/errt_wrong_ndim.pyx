# Uncaught ValueError: cvarray with the wrong number of dimensions for the view.
from cython.view cimport array as cvarray
cdef int[:] ok = cvarray(shape=(3,), itemsize=sizeof(int), format="i")
print(ok.shape[0])
cdef int[:, :] m = cvarray(shape=(3,), itemsize=sizeof(int), format="i")
print("unreached")

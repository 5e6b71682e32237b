# Uncaught ValueError: cvarray itemsize not matching the view's dtype.
from cython.view cimport array as cvarray
print("start")
cdef int[:] m = cvarray(shape=(3,), itemsize=8, format="i")
print("unreached")

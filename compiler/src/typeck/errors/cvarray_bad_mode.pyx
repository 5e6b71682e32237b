# cython.view.array with an unknown mode
from cython.view cimport array as cvarray
cdef double[:] v = cvarray(shape=(3,), itemsize=8, format="d", mode="x")

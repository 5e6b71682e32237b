# cython.view.array given an unknown keyword argument
from cython.view cimport array as cvarray
cdef double[:] v = cvarray(shape=(3,), itemsize=8, format="d", nosuch=1)

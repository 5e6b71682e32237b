# creates a cython.view.array inside `with nogil:`
from cython.view cimport array as cvarray
cdef double[:] v
with nogil:
    v = cvarray(shape=(3,), itemsize=sizeof(double), format="d")

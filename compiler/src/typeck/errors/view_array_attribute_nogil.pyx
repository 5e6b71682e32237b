# reads a cython.view.array attribute without the GIL
from cython.view cimport array as cvarray
def f():
    cdef cvarray a = cvarray(shape=(2, 3), itemsize=4, format="i")
    cdef Py_ssize_t n
    with nogil:
        n = a.shape[0]
    return n

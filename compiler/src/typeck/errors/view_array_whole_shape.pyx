# reads the whole shape tuple of a cython.view.array
from cython.view cimport array as cvarray
def f():
    cdef cvarray a = cvarray(shape=(2, 3), itemsize=4, format="i")
    print(a.shape)

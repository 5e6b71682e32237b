# reads an attribute a cython.view.array does not have
from cython.view cimport array as cvarray
def f():
    cdef cvarray a = cvarray(shape=(2, 3), itemsize=4, format="i")
    print(a.size)

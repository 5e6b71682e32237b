# a cython.view.array acquired as a view of structs
from cython cimport view
cdef struct Point:
    double x
    double y
cdef Point[:] v = view.array(shape=(3,), itemsize=sizeof(Point), format="T{d:x:d:y:}")

# `view.nosuch` is not in cython.view
from cython cimport view
cdef int x = view.nosuch

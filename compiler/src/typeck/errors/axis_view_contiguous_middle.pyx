# `view.contiguous` in the middle axis of a 3-D view
from cython cimport view
cdef double[:, ::view.contiguous, :] a

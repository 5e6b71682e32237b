# `view.contiguous` before an indirect axis
from cython cimport view
cdef double[::view.contiguous, ::view.indirect, :] a

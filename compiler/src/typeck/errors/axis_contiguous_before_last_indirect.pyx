# `view.contiguous` in the first axis, before an indirect last axis
from cython cimport view
cdef double[::view.contiguous, ::view.indirect] m

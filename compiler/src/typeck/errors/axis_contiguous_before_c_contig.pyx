# `view.contiguous` first and `::1` last
from cython cimport view
cdef double[::view.contiguous, :, ::1] a

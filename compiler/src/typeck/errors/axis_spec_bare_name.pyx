# `contiguous` used without `view.` and never cimported
cdef double[::contiguous] v

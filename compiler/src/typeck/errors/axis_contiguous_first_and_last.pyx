# `::1` in the first and the last axis of a 3-D view
cdef double[::1, :, ::1] a

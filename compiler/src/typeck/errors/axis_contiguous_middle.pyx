# `::1` in the middle axis of a 3-D view
cdef double[:, ::1, :] a

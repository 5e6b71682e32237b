# two `::1` axes: both C and Fortran contiguous
cdef double[::1, ::1] m

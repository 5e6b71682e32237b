# a C array (C-contiguous) assigned to a Fortran-contiguous view
cdef double buf[2][3]
cdef double[::1, :] f = buf

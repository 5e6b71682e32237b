# assigns a Fortran-contiguous view to a C-contiguous variable
cdef void g(double[::1, :] f):
    cdef double[:, ::1] c = f

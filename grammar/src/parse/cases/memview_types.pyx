cimport cython
from cython cimport view
cdef double[:] a
cdef double[::1] b
cdef double[:, :] c
cdef double[:, ::1] d
cdef double[::1, :] e
cdef int[:, :, :, :, :, :, :] seven
cdef const double[:] f
cdef const int[:, ::1] g
cdef double[::view.contiguous] h
cdef double[::view.generic, :] i
cdef double[::view.strided] j
cdef double[::view.indirect, ::1] k
cdef double[::view.indirect_contiguous, ::1] l
cdef double[::cython.view.contiguous] m
cdef real_t[:] n
cdef unsigned char[:, :] o
cdef double[:,] trailing_comma

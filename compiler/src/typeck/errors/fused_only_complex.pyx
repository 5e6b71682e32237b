# a fused type of complex members only: cytrus leaves them out, no specialisation is left
cimport numpy as cnp
ctypedef fused cplx:
    cnp.complex64_t
    cnp.complex128_t
cdef double f(cplx[:] v):
    return 0.0

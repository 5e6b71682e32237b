# numpy's functions are outside the subset
cimport numpy as cnp
cdef double[:] v = cnp.zeros(3)

# numpy's long double typedef: cytrus has no long double
cimport numpy as cnp
cdef cnp.longdouble_t x = 1

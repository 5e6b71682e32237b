# sqrt of a pointer
from libc.math cimport sqrt
cdef double d = 4.0
cdef double r = sqrt(&d)

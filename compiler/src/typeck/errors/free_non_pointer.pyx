# passes a double to free()
from libc.stdlib cimport free
cdef double d = 1.0
free(d)

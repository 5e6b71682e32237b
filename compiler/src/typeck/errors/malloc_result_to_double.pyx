# assigns malloc's void* to a double
from libc.stdlib cimport malloc
cdef double d = malloc(8)

# malloc called with two arguments
from libc.stdlib cimport malloc
cdef void* p = malloc(8, 8)

# PyMem_Malloc needs the GIL (Cython: Calling gil-requiring function not allowed without gil)
from cpython.mem cimport PyMem_Malloc
cdef void *p
with nogil:
    p = PyMem_Malloc(8)

# a fused type for a module-level variable (Cython: Fused types not allowed here)
from cython cimport floating
cdef floating x = 1

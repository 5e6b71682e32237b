# module-level `n` is declared twice with different types
cdef int n
cdef double n

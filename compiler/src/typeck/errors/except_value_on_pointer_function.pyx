# `except -1` on a function returning `double*`
cdef double* f() except -1:
    return NULL

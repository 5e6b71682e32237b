# reads `.ndim` of a memoryview inside a nogil function (a Python attribute in Cython)
cdef int f(double[:] v) nogil:
    return v.ndim

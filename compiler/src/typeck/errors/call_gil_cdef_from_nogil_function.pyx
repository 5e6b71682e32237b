# a nogil function calls a cdef function that is not nogil
cdef int g():
    return 0
cdef int f() nogil:
    return g()

# calls a cdef function that is not nogil inside `with nogil:`
cdef int g():
    return 0
with nogil:
    g()

# calls a cpdef function that is not nogil inside `with nogil:`
cpdef int g():
    return 0
with nogil:
    g()

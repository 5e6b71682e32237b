# a nogil function's body may release the GIL once, not inside `with nogil:`
cdef int f(int x) nogil:
    with nogil:
        with nogil:
            x = x + 1
    return x

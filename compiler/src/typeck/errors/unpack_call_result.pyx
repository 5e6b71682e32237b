# unpacking the result of a call (a C tuple in Cython)
cdef int f():
    return 1
cdef int a, b
a, b = f()

# takes the address of a function's result
cdef int f():
    return 0
cdef int* p = &f()

# assigns to the name of a cdef function
cdef int f():
    return 0
f = 1

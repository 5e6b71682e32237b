# uses the result of a void function
cdef void f():
    pass
cdef int x = f()

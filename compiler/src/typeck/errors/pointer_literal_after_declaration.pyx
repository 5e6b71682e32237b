# a list literal assigned to a pointer after its declaration, in a function
def f():
    cdef int *p
    p = [1, 2]

# a function without a return type returns a Python object: it cannot be nogil
cdef f(int x) nogil:
    return x

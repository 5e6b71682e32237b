# a function without a return type returns a Python object: no exception value
cdef f(int x) except -1:
    return x

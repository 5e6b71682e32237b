# returns a value from a `void` function
cdef void f():
    return 1

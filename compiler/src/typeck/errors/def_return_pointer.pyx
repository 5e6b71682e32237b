# a def function returns a pointer
cdef double x = 1.0
def f():
    return &x

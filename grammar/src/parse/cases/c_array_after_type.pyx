cdef double[10] v
cdef const int[4] w
def f(double[3] a):
    pass

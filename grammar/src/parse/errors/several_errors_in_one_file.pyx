cdef int a = 0b2
def f(int x)
    return x
y = (1,
z = 3 +
cdef double[::3] v

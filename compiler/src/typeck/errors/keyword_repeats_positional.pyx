# `a` is given both positionally and by keyword
cdef int f(int a, int b):
    return a + b
f(1, a=2)

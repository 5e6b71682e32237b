# keyword `b` is not a parameter of `f`
cdef int f(int a):
    return a
f(a=1, b=2)

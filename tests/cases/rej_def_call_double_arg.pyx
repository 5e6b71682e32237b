# Cython accepts a double argument to a def function's int/bint parameter (truncating).
def f(int x):
    return x * 2
def h(bint b):
    return b
cdef double d = 2.5
print(f(d), h(d), h(0.0))

# passes a pointer to a def function
def f(double x):
    return x
cdef double d = 1.0
f(&d)

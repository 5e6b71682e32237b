# passes a string where a `double` is expected
cdef double f(double x):
    return x
f("abc")

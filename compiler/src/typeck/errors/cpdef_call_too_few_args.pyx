# cpdef function takes 2 arguments, called with none
cpdef double f(double x, double y):
    return x + y
f()

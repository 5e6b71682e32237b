# cpdef function takes 1 argument, called with 3
cpdef double f(double x):
    return x
f(1.0, 2.0, 3.0)

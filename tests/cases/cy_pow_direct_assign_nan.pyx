# A double ** double assigned straight to a C double is C pow in Cython
# (it assumes cpow): a negative base with a fractional exponent gives nan,
# not an error. Inspired by Cython's tests/run/cpow.pyx
# (pow_double_double_coerced_directly).
from libc.math cimport isnan

cdef double id_double(double x):
    return x

def direct(double a, double b):
    cdef double c = a ** b
    cdef double d = id_double(a ** b) + c
    print(c, d, isnan(c))

direct(2, 2)
direct(-2, 3)
direct(-2, 0.5)
print("done")

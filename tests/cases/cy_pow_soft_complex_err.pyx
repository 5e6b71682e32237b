# A double ** double whose result is complex, coerced to a double, raises
# TypeError in Cython. Inspired by Cython's tests/run/cpow.pyx
# (soft_complex_coerced_to_double).
def to_double(double a, double b):
    c = a ** b
    cdef double d = c
    return d

print(to_double(4, 0.5))
print(to_double(-2, 0.25))

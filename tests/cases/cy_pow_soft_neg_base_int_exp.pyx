# A negative double to a run-time double exponent goes through complex pow
# in Cython even when the exponent is integral, and coercing the result to
# a double raises TypeError. Inspired by Cython's tests/run/cpow.pyx
# (soft_complex_coerced_to_double).
def f(double a, double b):
    c = a ** b
    cdef double d = c
    return d

print(f(2.0, 2.0))
try:
    print(f(-2.0, 2.0))
except TypeError:
    print("TypeError for -2.0 ** 2.0")
try:
    print(f(-1.0, 3.0))
except TypeError:
    print("TypeError for -1.0 ** 3.0")

# double ** double with a run-time exponent and a positive base prints as
# a float, also when computed inside nogil into a double.
# Inspired by Cython's tests/run/cpow.pyx (pow_double_double,
# power_coercion_in_nogil_*).
def soft(double a, double b):
    c = a ** b
    print(c, c + 1)

def in_nogil(double a, double b, double c):
    cdef double r
    with nogil:
        r = a ** b
        c /= a ** b
    print(r, c)

soft(2, 2)
soft(4, 0.5)
soft(2, -1)
soft(0.25, 0.5)
soft(1, 1e300)
in_nogil(2.0, 2.0, 1.0)
in_nogil(16.0, 0.25, 3.0)

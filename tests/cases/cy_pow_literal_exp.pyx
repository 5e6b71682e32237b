# A C integer to a non-negative literal power stays a C integer (0..4 and
# larger, negative bases); a negative literal exponent gives a double.
# Inspired by Cython's tests/run/powop.pyx (small_int_pow) and
# tests/run/cpow.pyx (pow_double_int).
def powers(long s):
    print(s ** 0, s ** 1, s ** 2, s ** 3, s ** 4, s ** 5)

def neg_powers(double a, int n):
    print(a ** n, a ** 2.0, a ** -2.0, a ** 5, a ** -5)

powers(3)
powers(-5)
powers(0)
powers(-1)
powers(2)
neg_powers(2.0, 3)
neg_powers(-0.5, -1)

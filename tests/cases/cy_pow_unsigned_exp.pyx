# int ** unsigned int is an integer in Cython (the exponent cannot be
# negative), computed in the unsigned type, so a negative base wraps.
# Inspired by Cython's tests/run/cpow.pyx (pow_int_int_non_negative).
def upow(int a, unsigned int b):
    c1 = a ** b
    c2 = a ** 5
    print(c1, c2)

upow(5, 3)
upow(2, 0)
upow(-2, 3)
upow(-1, 7)
upow(3, 20)

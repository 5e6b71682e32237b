# ** of two C integers with a run-time exponent is a double (also for
# negative exponents and short operands). Inspired by Cython's
# tests/run/cpow.pyx (pow_int_int) and tests/run/powop.pyx (int_pow).
def show(int a, int b):
    r = a ** b
    print(r, r / 2)

def short_pow(short a, short b):
    return a ** b

show(2, 2)
show(2, -2)
show(-3, 3)
show(7, 0)
show(0, 0)
print(short_pow(7, 2), short_pow(5, 3), short_pow(2, 10), short_pow(2, -2), short_pow(-2, -1))

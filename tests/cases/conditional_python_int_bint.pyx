# A conditional expression of a bint and a Python int is a Python int in
# Cython: the bint is boxed as an int (prints 1), while `and`/`or` give the
# operand picked (a bool stays True).
def f(bint c, bint b, double d):
    print((b if c else 0x10000000000))
    print((b if c else 0x10000000000) + 1)
    print(b and 0x10000000000, 0x10000000000 and b)
    print((d > 1) if c else 0x10000000000)
    x = (b if c else 0x10000000000)
    print(x)
f(True, True, 2.0)
f(True, False, 2.0)
f(False, False, 2.0)

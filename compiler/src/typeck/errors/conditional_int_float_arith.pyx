# arithmetic on a conditional expression that is a Python int or a float by branch
def f(bint c, double d, long n):
    print(n - (2**40 if c else d))
f(True, 0.5, 3)

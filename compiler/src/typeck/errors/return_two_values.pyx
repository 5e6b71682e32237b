# returning two values (a Python tuple from a def function)
def f(double x):
    return x, 1

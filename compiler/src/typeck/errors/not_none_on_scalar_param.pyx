# `not None` on a scalar parameter of a def function
def f(double x not None):
    return x

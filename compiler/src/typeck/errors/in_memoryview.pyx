# membership in a view
def f(double[:] v, double x):
    return x in v

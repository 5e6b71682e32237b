# a def returns a tuple holding a memoryview (a Python tuple in Cython)
def f(double[:] v):
    return v, 1

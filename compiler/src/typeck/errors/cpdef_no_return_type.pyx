# cpdef function without a return type (returns a Python object in Cython)
cpdef f(int x):
    return x

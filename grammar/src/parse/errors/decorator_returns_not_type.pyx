import cython
@cython.cfunc
@cython.returns(1)
def f(int x):
    return x

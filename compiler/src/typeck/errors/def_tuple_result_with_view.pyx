# a def returning a tuple that holds a view (Cython's tuple holds objects)
def f(double[:] a):
    return a, a.shape[0]

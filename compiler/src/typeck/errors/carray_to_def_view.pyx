# a C array passed to a def function's view parameter (Cython passes a list)
def f(double[:] a):
    return a.shape[0]

cdef double[3] arr = [1, 2, 3]
print(f(arr))

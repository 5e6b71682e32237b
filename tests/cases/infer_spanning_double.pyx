# Untyped names given an integer first and a floating-point value later are
# doubles throughout (Cython infers the type spanning all their values).
from libc.math cimport sqrt

def mean(double[:] xs):
    total = 0
    for i in range(xs.shape[0]):
        total += xs[i]
    return total / xs.shape[0]

def main():
    cdef int n = 7
    cdef double d = 0.25
    a = n
    print(a)
    a = d
    print(a)
    b = 1
    b /= 4
    print(b)
    c = 2
    for k in range(3):
        c = c * 1.5
    print(c)
    e = 10
    if n > 3:
        e = sqrt(e)
    print(e)
    f = n // 2
    f = f + 0.5
    print(f, f * 2)
    g = 3
    print(g, g / 2, g // 2)

from cython.view cimport array as cvarray
cdef double[:] xs = cvarray(shape=(4,), itemsize=sizeof(double), format="d")
xs[0] = 1.0
xs[1] = 2.0
xs[2] = 4.0
xs[3] = 8.0
print(mean(xs))
main()

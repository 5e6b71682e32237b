# `**` on doubles as Cython computes it: C's pow where the value goes straight
# into a C double, C99 cpow ("soft complex") elsewhere, TypeError for a
# complex result converted to a double.
cdef double a = 9.0, h = 0.5, e = 3.0
cdef double d1 = a ** h
print(d1, a ** h, 25.0 ** h, 3.0 ** (e - 1.0), 10.0 ** e)
cdef double r(double x, double y):
    return x ** y
def rd(double x, double y):
    return x ** y
print(r(9.0, 0.5), rd(9.0, 0.5))
cdef double neg = -2.0
cdef double n1 = neg ** h
print(n1 != n1)
cdef double acc = 1.0
acc += a ** h
print(acc)
cdef int k = 2
print(a ** k, a ** 2.0)
cdef double t
try:
    t = 1.0 + neg ** e
except TypeError as ex:
    print("TypeError", ex)

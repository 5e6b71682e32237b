# `v[i] //= x` on a floating-point element: Cython computes C's `/=`
# (true division, and inf rather than ZeroDivisionError for a zero divisor).
from cython.view cimport array as cvarray
cdef double[:] d = cvarray(shape=(3,), itemsize=sizeof(double), format="d")
cdef float[:] f = cvarray(shape=(2,), itemsize=sizeof(float), format="f")
d[0] = 7.0
d[1] = -7.0
d[2] = 1.0
f[0] = 5.0
f[1] = 3.0
d[0] //= 2
d[1] //= 2.5
f[0] //= 2
print(d[0], d[1], f[0])
d[2] //= 0.0
print(d[2])
f[1] //= 0
print(f[1])

# `v[i] //= x` on a float element is C's `/=`, while divisions inside `x`
# keep Python's rules (true division, ZeroDivisionError).
from cython.view cimport array as cvarray
cdef double[:] d = cvarray(shape=(3,), itemsize=sizeof(double), format="d")
cdef int two = 2
cdef int zero = 0
d[0] = 9.0
d[1] = 9.0
d[2] = 9.0
d[0] //= 7 / two
d[1] //= 7 // two
print(d[0], d[1])
try:
    d[2] //= 1 / zero
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(d[2])

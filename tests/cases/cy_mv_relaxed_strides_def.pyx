# A def function taking double[::1] accepts a strided view whose extent is
# 1 or 0 (one- and zero-sized axes count as contiguous whatever their
# stride), and refuses a genuinely strided one at run time.
# Inspired by Cython's tests/memoryview/relaxed_strides.pyx.
from cython.view cimport array as cvarray

def bump(double[::1] a):
    if a.shape[0] > 0:
        a[0] += 1.0
    return a.shape[0]

def zero3(double[:, :, ::1] a):
    return a.shape[0] * 100 + a.shape[1] * 10 + a.shape[2]

cdef double[::1] v = cvarray(shape=(10,), itemsize=sizeof(double), format="d")
cdef int k
for k in range(10):
    v[k] = k
print(bump(v[::100]), v[0])
print(bump(v[3:4:7]), v[3])
print(bump(v[100:200:10]), bump(v[5:2]))
cdef double[:, :, ::1] z = cvarray(shape=(4, 4, 4), itemsize=sizeof(double), format="d")
print(zero3(z[::2, 2:2, :]))
try:
    bump(v[::2])
except ValueError as e:
    print("ValueError:", e)

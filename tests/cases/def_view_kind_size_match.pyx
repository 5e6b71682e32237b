# A view passed to a def function goes through the buffer protocol, whose format
# check matches by kind and size: a long long view fills a long parameter, also
# when a fused def dispatches (cython.integral takes long for an int64 view).
cimport cython
import numpy as np
def total(const long[::1] a):
    cdef long s = 0
    for i in range(a.shape[0]):
        s += a[i]
    return s
def utotal(unsigned long[:] a):
    a[0] += 1
    return a[0] + a[1]
def first(cython.integral[::1] a):
    return a[0] * 2
cdef long long[::1] q = np.arange(5, dtype=np.int64)
cdef unsigned long long[:] uq = np.arange(3, dtype=np.uint64)
cdef int[::1] i32 = np.arange(4, dtype=np.int32)
print(total(q), utotal(uq), utotal(uq[::2]), first(q), first(i32), uq[0])

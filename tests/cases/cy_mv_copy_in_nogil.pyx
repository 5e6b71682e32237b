# A whole-view copy between two views of equal shape inside with nogil,
# including a reversed source and a 2-D strided destination.
# Inspired by Cython's tests/memoryview/memoryview_no_withgil_check.pyx.
from cython.view cimport array as cvarray

def assign(double[:] a, double[:] b):
    with nogil:
        a[:] = b[:]

cdef double[:] x = cvarray(shape=(6,), itemsize=sizeof(double), format="d")
cdef double[:] y = cvarray(shape=(6,), itemsize=sizeof(double), format="d")
cdef int k
for k in range(6):
    x[k] = 0
    y[k] = k * 0.5
assign(x, y)
print(x[0], x[5])
assign(x, y[::-1])
print(x[0], x[5])
cdef double[:, :] m = cvarray(shape=(4, 6), itemsize=sizeof(double), format="d")
cdef int i
for i in range(4):
    for k in range(6):
        m[i, k] = i * 10 + k
with nogil:
    m[::2, ::2] = m[1::2, 1::2]
    m[1] = y
print(m[0, 0], m[0, 2], m[0, 1], m[1, 3], m[2, 4], m[2, 1], m[3, 5])
try:
    with nogil:
        m[0] = y[1:]
except ValueError as e:
    print("ValueError:", e)

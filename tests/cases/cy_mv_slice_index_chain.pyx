# A slice mixing an index, a negative start and a step; a reversed slice of
# that; an index plus slice of the result: shapes, element strides, values.
# Inspired by Cython's tests/memoryview/memslice.pyx
# (test_slicing_and_indexing).
from cython.view cimport array as cvarray

cdef int[:, :, ::1] a = cvarray(shape=(10, 3, 5), itemsize=sizeof(int), format="i")
cdef int i, j, k
for i in range(10):
    for j in range(3):
        for k in range(5):
            a[i, j, k] = i * 15 + j * 5 + k
cdef int[:, :] b = a[-5:, 1, 1::2]
cdef int[:, :] c = b[4:1:-1, ::-1]
cdef int[:] d = c[2, 1:2]
print(b.shape[0], b.shape[1], b.strides[0] // 4, b.strides[1] // 4)
print(c.shape[0], c.shape[1], c.strides[0] // 4, c.strides[1] // 4)
print(c[1, 1], c[2, 0], d.shape[0], d[0])
cdef int bad = 0
for i in range(b.shape[0]):
    for j in range(b.shape[1]):
        if a[-5 + i, 1, 1 + 2 * j] != b[i, j]:
            bad += 1
print(bad, b[0, 0], b[4, 1])

# Slicing a 3-D view with a stepped start:stop:step, a negative-step range
# starting from a negative index, and a plain range, on a large array and
# on a (1, 2, 3) one where the first two slices are empty.
# Inspired by Cython's tests/memoryview/memslice.pyx (test_direct_slicing,
# test_generic_slicing).
from cython cimport view
from cython.view cimport array as cvarray

def show(int d0, int d1, int d2):
    cdef int[:, :, ::1] a = cvarray(shape=(d0, d1, d2), itemsize=sizeof(int), format="i")
    cdef int i, j, k
    for i in range(d0):
        for j in range(d1):
            for k in range(d2):
                a[i, j, k] = (i * d1 + j) * d2 + k
    cdef int[:, :, :] b = a[2:8:2, -4:1:-1, 1:3]
    cdef int[::view.generic, ::view.generic, :] g = a[2:8:2, -4:1:-1, 1:3]
    print(b.shape[0], b.shape[1], b.shape[2])
    print(b.strides[0] // 4, b.strides[1] // 4, b.strides[2] // 4)
    print(b.suboffsets[0], b.suboffsets[1], b.suboffsets[2])
    cdef long total = 0, bad = 0
    for i in range(b.shape[0]):
        for j in range(b.shape[1]):
            for k in range(b.shape[2]):
                total += b[i, j, k]
                if b[i, j, k] != a[2 + 2 * i, -4 - j, 1 + k] or g[i, j, k] != b[i, j, k]:
                    bad += 1
    print(total, bad)

show(8, 14, 11)
show(1, 2, 3)

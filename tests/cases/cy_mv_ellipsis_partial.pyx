# Partial indexing of a 3-D view (a[4], a[4, :]) and ellipsis forms
# (a[..., 4], a[4, ...], a[2:8, ..., 2], a[..., 5, 6]): shapes, element
# strides and elements. Inspired by Cython's
# tests/memoryview/numpy_memoryview.pyx (test_partial_slicing, test_ellipsis).
from cython.view cimport array as cvarray

cdef int[:, :, ::1] a = cvarray(shape=(10, 8, 7), itemsize=sizeof(int), format="i")
cdef int i, j, k
for i in range(10):
    for j in range(8):
        for k in range(7):
            a[i, j, k] = i * 100 + j * 10 + k

cdef void show(int[:, :] v):
    print(v.shape[0], v.shape[1], v.strides[0] // 4, v.strides[1] // 4, v[0, 0], v[v.shape[0] - 1, v.shape[1] - 1])

show(a[4, :])
show(a[4])
show(a[..., 4])
show(a[4, ...])
show(a[2:8, ..., 2])
cdef int[:] e = a[..., 5, 6]
print(e.shape[0], e.strides[0] // 4, e[0], e[9])
